import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { StartedOverlayFeature } from '@/lib/overlay/features';
import { readStoredCatalogue } from '@/lib/role-checker/catalogue-item';
import {
  FIRST_RESULT_MEASURE,
  loadRoleCheckerChunk,
  loadRoleCheckerPanelChunk,
  type RoleCheckerSession,
  type RoleCheckerStartOptions,
  requestCheckerDefaults,
  SCREEN_FOUND_MARK,
  SCRIPT_LOADED_MARK,
} from '@/lib/role-checker/page/chunk-bridge';
import { startEarlyScan } from '@/lib/role-checker/page/early-scan';
import { roleCheckerSites } from '@/lib/role-checker/page/preferences-item';
import { watchRoleScreen } from '@/lib/role-checker/page/screen-locator';

// When this content script started: the start of the "first result" timing the bench reads.
const scriptStartedAt = performance.now();

const LOAD_ERROR = 'The security role checker could not load on this page.';
const PANEL_LOAD_ERROR =
  "The role checker's panel could not load on this page; the badges next to the rows still show the check.";

/**
 * The role checker's part of the always-loaded content script: a small detector. It watches the
 * top document and its same-origin frames for the security-role screen and loads the checker
 * (a separate script) only when one appears, so other pages never pay for it; while it loads,
 * this script scans the screen and reads the stored preferences and catalogue. The panel (a
 * third script) is asked for once the first verdict is on the page.
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
  // Kept, not drawn once: the overlay usually mounts after the load failed.
  let checkerLoadFailed = false;
  // Each draw supersedes one whose panel script is still loading.
  let draws = 0;
  const showLoadError = (into: HTMLElement, message: string) => {
    const error = document.createElement('p');
    error.className = 'mpc-rc-load-error';
    error.setAttribute('role', 'alert');
    error.textContent = message;
    into.append(error);
  };
  // What the overlay shows: the running session's panel, or the load error.
  const draw = () => {
    const drawn = ++draws;
    unrender?.();
    unrender = null;
    if (!container) return;
    const into = container;
    into.replaceChildren();
    if (checkerLoadFailed) showLoadError(into, LOAD_ERROR);
    const shown = session;
    if (!shown) return;
    loadRoleCheckerPanelChunk(location.href).then(
      (panel) => {
        if (drawn === draws && ctx.isValid) unrender = panel.render(into, shown);
      },
      () => {
        if (drawn === draws) showLoadError(into, PANEL_LOAD_ERROR);
      },
    );
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
    // A new screen (or none) is a new attempt: the last one's failure no longer holds.
    checkerLoadFailed = false;
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
    // The script is requested first: its request leaves while this task goes on.
    const checker = loadRoleCheckerChunk(location.href);
    // These take a while: the preferences (the site's, the policy's) are read while the checker script loads.
    const storedPreferences = roleCheckerSites.read(location.host);
    // The catalogue's index and the picked profiles, from storage.local too (not the worker).
    const storedCatalogue = readStoredCatalogue(storedPreferences);
    // The screen's heading and level controls, found here in the next task while the script is
    // on its way; the checker reads the rest of the rows from them.
    const scan = startEarlyScan(screen, (callback, ms) => ctx.setTimeout(callback, ms), marker);
    checker.then(
      (chunk) => {
        performance.mark(SCRIPT_LOADED_MARK);
        if (current !== generation || !ctx.isValid) {
          scan?.changes.stop();
          return;
        }
        session = chunk.start({
          screen,
          scan,
          site: location.host,
          storedPreferences,
          storedCatalogue,
          checkerDefaults: requestCheckerDefaults,
          scheduler,
          onFirstResult: () => {
            performance.measure(FIRST_RESULT_MEASURE, { start: scriptStartedAt });
            settleFirstLook();
            // The panel is on its way while the overlay mounts (it waits for this result).
            loadRoleCheckerPanelChunk(location.href).catch(() => {});
          },
        });
        draw();
      },
      () => {
        scan?.changes.stop();
        settleFirstLook();
        if (current !== generation) return;
        checkerLoadFailed = true;
        draw();
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
