import { type PageReading, readRolePage } from './page-adapter';
import { watchScreenChanges } from './screen-locator';
import { manageVocabulary } from './vocabulary';

/**
 * Runs in: the content script, on a role screen only. The first reading of the screen, taken
 * while the checker script is still on its way: its request is I/O, so the page's thread is free
 * to read the rows meanwhile and the first verdict does not wait for both one after the other.
 * The reading is handed over only if the screen did not change in between (a level picked, a
 * module expanded, rows added); otherwise the checker reads the page again itself.
 */
export interface EarlyReading {
  /** The reading if it still holds, once; null when the screen changed or it was not a read. */
  take(): PageReading | null;
}

export function takeEarlyReading(screen: Document): EarlyReading {
  const reading = readRolePage(screen, manageVocabulary);
  if (reading.status !== 'read' || !screen.body) return { take: () => null };
  let changed = false;
  const markChanged = () => {
    changed = true;
  };
  const watch = watchScreenChanges(screen, { mutation: markChanged, levelEvent: markChanged });
  let taken = false;
  return {
    take() {
      if (taken) return null;
      taken = true;
      // Records not yet delivered count too.
      watch.flush();
      watch.stop();
      return changed ? null : reading;
    },
  };
}
