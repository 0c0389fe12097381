import type { EarlyScan } from './early-scan';
import { type PageReading, readRolePage } from './page-adapter';
import { trackScreenChanges } from './screen-locator';
import { manageVocabulary } from './vocabulary';

/**
 * Runs in: the content script, in the checker script (on a role screen only). The first reading
 * of the screen, taken as the checker starts, before its preferences and catalogue data have
 * arrived. It starts from the content script's early scan (early-scan.ts) when the screen has
 * not changed since. The reading is handed over only if the screen did not change in between (a
 * level picked, a module expanded, rows added); otherwise the checker reads the page again itself.
 */
export interface EarlyReading {
  /** The reading if it still holds, once; null when the screen changed or it was not a read. */
  take(): PageReading | null;
}

export function takeEarlyReading(screen: Document, scan?: EarlyScan | null): EarlyReading {
  // A scan of a screen that changed since is of no use, and neither is its tracker.
  const start = scan?.take() ?? null;
  if (scan && !start) scan.changes.stop();
  const reading = readRolePage(screen, manageVocabulary, start ?? undefined);
  if (reading.status !== 'read' || !screen.body) {
    if (start) scan?.changes.stop();
    return { take: () => null };
  }
  // The scan's tracker has run since before the scan; without one, tracking starts now.
  const changes = start && scan ? scan.changes : trackScreenChanges(screen);
  let taken = false;
  return {
    take() {
      if (taken) return null;
      taken = true;
      const stale = changes.changed();
      changes.stop();
      return stale ? null : reading;
    },
  };
}
