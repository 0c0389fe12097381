import { type ReadingStart, startReading } from './page-adapter';
import { type ScreenChangeTracker, trackScreenChanges } from './screen-locator';

/** A User Timing measure of the scan, for the bench (bench/role-checker.bench.ts). */
export const EARLY_SCAN_MEASURE = 'mpc:role-checker:early-scan';

/**
 * Runs in: the content script, on a role screen only. The first part of a reading, done while
 * the checker script is still on its way: finding the screen's heading and its level controls
 * takes a third of a reading, and needs only what the detector already knows (what a level
 * control is). It runs in a task of its own, after the content script's, so the script's request
 * leaves first and the scan fills the wait for it. The reader takes the scan only if the screen
 * did not change since it began (see early-reading.ts, which keeps the same tracker).
 */
export interface EarlyScan {
  /** The scan (taken now if its task has not run yet), or null once the screen changed. */
  take(): ReadingStart | null;
  /** The screen's changes, tracked since just before the scan; the early reading keeps them. */
  changes: ScreenChangeTracker;
}

/** `marker`: the screen's heading as the detector found it (null: none), in the same task. */
export function startEarlyScan(
  screen: Document,
  setTimeout: (callback: () => void, ms: number) => unknown,
  marker?: Node | null,
): EarlyScan | null {
  const doc = screen.body ? (screen as Document & { body: HTMLElement }) : null;
  if (!doc) return null;
  const changes = trackScreenChanges(doc);
  let scan: ReadingStart | null = null;
  const run = () => {
    if (scan) return scan;
    const startedAt = performance.now();
    // The heading found by the detector still holds: the tracker has watched since then.
    scan = startReading(doc, marker);
    performance.measure(EARLY_SCAN_MEASURE, { start: startedAt });
    return scan;
  };
  setTimeout(run, 0);
  return {
    take: () => (changes.changed() ? null : run()),
    changes,
  };
}
