import type { Result } from '@/lib/messaging';

/** The line at the top of Options › Connections: what the last action did. */
export interface Banner {
  ok: boolean;
  text: string;
}

export type ShowBanner = (banner: Banner) => void;

/** The connection is gone either way; data that could not be deleted is said plainly. */
export const removalBanner = (result: Result<{ syncedDataCleared: boolean }>): Banner =>
  !result.ok
    ? { ok: false, text: result.error.message }
    : result.data.syncedDataCleared
      ? { ok: true, text: 'Connection removed with its secrets and synced data.' }
      : {
          ok: false,
          text: 'Connection removed with its secrets, but its synced data could not be deleted from this browser.',
        };
