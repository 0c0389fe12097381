/**
 * Why an audit refused its input. An audit never guesses around bad data: a malformed role could
 * otherwise read as "nothing missing" and show a false pass.
 */
export type PermissionsInputErrorCode =
  | 'not-an-array'
  | 'not-an-object'
  | 'missing-name'
  | 'unknown-level'
  | 'invalid-value'
  | 'duplicate-row'
  | 'unknown-profile'
  | 'wrong-product'
  | 'no-profiles'
  | 'unknown-mode'
  | 'unknown-feature';

export interface PermissionsInputErrorDetail {
  /** Position of the offending row in the input array. */
  index?: number;
  /** The offending field (or profile id, for profile errors). */
  field?: string;
  /** A short, printable rendering of the offending value. */
  value?: string;
}

export class PermissionsInputError extends Error {
  override readonly name = 'PermissionsInputError';
  constructor(
    readonly code: PermissionsInputErrorCode,
    message: string,
    readonly detail: PermissionsInputErrorDetail = {},
  ) {
    super(message);
  }
}

/**
 * Renders an offending value for a message: short, single-line and typed, so `"All "` and
 * `null` read differently. Input here is role data, never a credential, but it is still cut
 * short so a huge or hostile value cannot flood a log.
 */
export function describeValue(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = JSON.stringify(value);
  else if (value === undefined) text = 'undefined';
  else if (typeof value === 'function' || typeof value === 'symbol') text = typeof value;
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = Object.prototype.toString.call(value);
    }
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
