/** Why a region lookup failed; callers branch on `code`, people read `message`. */
export type RegionErrorCode = 'unknown-vendor' | 'unknown-region';

export class RegionError extends Error {
  override readonly name = 'RegionError';
  constructor(
    readonly code: RegionErrorCode,
    message: string,
    readonly vendor: string,
    readonly region?: string,
  ) {
    super(message);
  }
}
