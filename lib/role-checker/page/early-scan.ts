import { type FoundControl, findLevelControls } from './level-controls';
import { OWN_CONTENT_SELECTOR } from './own-content';
import { screenMarker } from './page-adapter';
import { type ScreenChangeWatch, watchScreenChanges } from './screen-locator';

/**
 * Runs in: the content script, on a role screen only. The first part of a reading, done while
 * the reader script is still on its way: finding the screen's heading and its level controls
 * takes a third of a reading, and needs only what the detector already knows (what a level
 * control is). It runs in a task of its own, after the content script's, so the scripts' requests
 * leave first and the scan fills the wait for them. The reader takes the scan only if the screen
 * did not change since it began (see early-reading.ts, which keeps the same watch).
 */
export interface ScanOfScreen {
  /** The "Security Modules for Role" heading's text node, or null. */
  marker: Node | null;
  controls: FoundControl[];
}

export interface EarlyScan {
  /** The scan (taken now if its task has not run yet), or null once the screen changed. */
  take(): ScanOfScreen | null;
  /** The change watch, running since just before the scan; the early reading keeps it. */
  watch: ScreenChangeWatch;
  /** Whether the screen changed since the watch began (records not yet delivered count too). */
  changed(): boolean;
}

export function startEarlyScan(
  screen: Document,
  setTimeout: (callback: () => void, ms: number) => unknown,
): EarlyScan | null {
  if (!screen.body) return null;
  let changed = false;
  const markChanged = () => {
    changed = true;
  };
  const watch = watchScreenChanges(screen, { mutation: markChanged, levelEvent: markChanged });
  let scan: ScanOfScreen | null = null;
  const run = () => {
    scan ??= { marker: screenMarker(screen), controls: findLevelControls(screen.body, OWN_CONTENT_SELECTOR) };
    return scan;
  };
  setTimeout(run, 0);
  const hasChanged = () => {
    watch.flush();
    return changed;
  };
  return {
    take: () => (hasChanged() ? null : run()),
    watch,
    changed: hasChanged,
  };
}
