import { keyedRecord } from '../../extension/keyed-record';

/**
 * The role checker's one storage item: per-site preferences (preferences.ts validates them).
 * Plain `storage.local` rather than WXT's storage wrapper, which would add ~3 KB (gzip) to the
 * content script on every ConnectWise page; the content script starts reading it the moment a
 * role screen appears, while the checker script is still loading.
 */
export const roleCheckerSites = keyedRecord('roleChecker.sites');
