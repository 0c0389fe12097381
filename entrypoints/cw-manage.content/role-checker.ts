import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { StartedOverlayFeature } from '@/lib/overlay/features';
import { readStoredCatalogue } from '@/lib/role-checker/catalogue-item';
import {
  EARLY_READING_MEASURE,
  FIRST_RESULT_MEASURE,
  loadRoleCheckerChunk,
  loadRoleReaderChunk,
  type RoleCheckerSession,
  type RoleCheckerStartOptions,
  requestCheckerDefaults,
  SCREEN_FOUND_MARK,
  SCRIPT_LOADED_MARK,
} from '@/lib/role-checker/page/chunk-bridge';
import type { EarlyReading } from '@/lib/role-checker/page/early-reading';
import { startEarlyScan } from '@/lib/role-checker/page/early-scan';
import { roleCheckerSites } from '@/lib/role-checker/page/preferences-item';
import { watchRoleScreen } from '@/lib/role-checker/page/screen-locator';

// When this content script started: the start of the "first result" timing the bench reads.
const scriptStartedAt = performance.now();

const LOAD_ERROR = 'The security role checker could not load on this page.';

/**
 * The role checker's part of the always-loaded content script: a small detector. It watches the
 * top document and its same-origin frames for the security-role screen and loads the checker
 * (a separate script) only when one appears, so other pages never pay for it; the page reader
 * (another, smaller script) comes at the same time, to read the rows while the checker loads.
 * It starts before the overlay is mounted; `mount` shows the checker's panel inside the overlay,
 * and `stop` (the overlay dismissed) removes the checker and its badges from the page.
 * `ready` settles when the first verdict is on the page (or there is no role screen, or the
 * checker failed to load).
 */
export function startRoleChecker(ctx: ContentScriptContext): StartedOverlayFeature {
  const scheduler: RoleCheckerStartOptions['scheduler'] = {
    requestAnimationFrame: (callback) => ctx.requestAnimationFrame(callback),
    setTimeout: (callback, ms) => ctx.setTimeout(callback, ms),
    clearTimeout: (id) => clearTimeout(id),
  };
  let session: RoleCheckerSession | null = null;
  let container: HTMLElement | null = null;
  let unrender: (() => void) | null = null;
  // What the overlay shows: the running session's panel, or the load error.
  const draw = (loadFailed = false) => {
    unrender?.();
    unrender = null;
    if (!container) return;
    container.replaceChildren();
    if (loadFailed) {
      const error = document.createElement('p');
      error.className = 'mpc-rc-load-error';
      error.setAttribute('role', 'alert');
      error.textContent = LOAD_ERROR;
      container.append(error);
    }
    if (session) unrender = session.renderInto(container);
  };

  // Settles once the page's first look is done: no role screen, the first result, or a failed load.
  let settleFirstLook = () => {};
  const firstLook = new Promise<void>((resolve) => {
    settleFirstLook = resolve;
  });

  // Each change of screen supersedes a load still in flight for the previous one.
  let generation = 0;
  const onScreen = (screen: Document | null, marker: Node | null) => {
    const current = ++generation;
    if (!screen) {
      session?.stop();
      session = null;
      draw();
      return;
    }
    if (session) {
      session.setScreen(screen);
      return;
    }
    performance.mark(SCREEN_FOUND_MARK);
    // The scripts are requested first: their requests leave when this task ends.
    const reader = loadRoleReaderChunk(location.href);
    const checker = loadRoleCheckerChunk(location.href);
    // These take a while: the preferences (the site's, the policy's) are read while the checker script loads.
    const storedPreferences = roleCheckerSites.read(location.host);
    // The catalogue's index and the picked profiles, from storage.local too (not the worker).
    const storedCatalogue = readStoredCatalogue(storedPreferences);
    // The rows are read while the checker script loads: the heading and the level controls
    // found here in the next task (while the scripts are on their way), the rest by the reader
    // script (it is smaller, so it arrives first).
    const scan = startEarlyScan(screen, (callback, ms) => ctx.setTimeout(callback, ms), marker);
    let earlyReading: EarlyReading | null = null;
    reader.then(
      (loaded) => {
        if (current !== generation) {
          scan?.changes.stop();
          return;
        }
        const readingStartedAt = performance.now();
        earlyReading = loaded.takeEarlyReading(screen, scan);
        performance.measure(EARLY_READING_MEASURE, { start: readingStartedAt });
      },
      () => scan?.changes.stop(),
    );
    // The checker reads the page with the reader's script (it has no copy of its own).
    Promise.all([checker, reader]).then(
      ([chunk, loadedReader]) => {
        performance.mark(SCRIPT_LOADED_MARK);
        if (current !== generation || !ctx.isValid) return;
        session = chunk.start({
          screen,
          reader: loadedReader,
          site: location.host,
          storedPreferences,
          storedCatalogue,
          checkerDefaults: requestCheckerDefaults,
          earlyReading: () => earlyReading?.take() ?? null,
          scheduler,
          onFirstResult: () => {
            performance.measure(FIRST_RESULT_MEASURE, { start: scriptStartedAt });
            settleFirstLook();
          },
        });
        draw();
      },
      () => {
        settleFirstLook();
        if (current === generation) draw(true);
      },
    );
  };
  const watch = watchRoleScreen(document, onScreen, scheduler);
  // The first look is synchronous: no screen found means nothing is loading.
  if (generation === 0) settleFirstLook();
  ctx.addEventListener(window, 'wxt:locationchange', () => watch.check());

  const stop = () => {
    generation++;
    watch.stop();
    session?.stop();
    session = null;
    draw();
  };
  ctx.onInvalidated(stop);

  return {
    mount(into) {
      container = into;
      draw();
    },
    ready: firstLook,
    stop,
  };
}
