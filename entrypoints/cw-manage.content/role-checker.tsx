import { useEffect, useRef, useState } from 'preact/hooks';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  FIRST_RESULT_MEASURE,
  loadRoleCheckerChunk,
  type RoleCheckerSession,
  type RoleCheckerStartOptions,
  requestCheckerDefaults,
  SCREEN_FOUND_MARK,
  SCRIPT_LOADED_MARK,
} from '@/lib/role-checker/page/chunk-bridge';
import { type EarlyReading, takeEarlyReading } from '@/lib/role-checker/page/early-reading';
import { roleCheckerSites } from '@/lib/role-checker/page/preferences-item';
import { watchRoleScreen } from '@/lib/role-checker/page/screen-locator';

// When this content script started: the start of the "first result" timing the bench reads.
const scriptStartedAt = performance.now();

interface FeatureState {
  session: RoleCheckerSession | null;
  loadFailed: boolean;
}

/**
 * The role checker's part of the always-loaded content script: a small detector. It watches the
 * top document and its same-origin frames for the security-role screen and loads the checker
 * (a separate script) only when one appears, so other pages never pay for it. It starts before
 * the overlay is mounted; `View` shows the checker's panel inside the overlay, and `stop` (the
 * overlay dismissed) removes the checker and its badges from the page. `firstLook` settles when
 * the first verdict is on the page (or there is no role screen, or the checker failed to load).
 */
export function startRoleChecker(ctx: ContentScriptContext) {
  const scheduler: RoleCheckerStartOptions['scheduler'] = {
    requestAnimationFrame: (callback) => ctx.requestAnimationFrame(callback),
    setTimeout: (callback, ms) => ctx.setTimeout(callback, ms),
    clearTimeout: (id) => clearTimeout(id),
  };
  let state: FeatureState = { session: null, loadFailed: false };
  const listeners = new Set<(state: FeatureState) => void>();
  const set = (patch: Partial<FeatureState>) => {
    state = { ...state, ...patch };
    for (const listener of listeners) listener(state);
  };

  // Settles once the page's first look is done: no role screen, the first result, or a failed load.
  let settleFirstLook = () => {};
  const firstLook = new Promise<void>((resolve) => {
    settleFirstLook = resolve;
  });

  // Each change of screen supersedes a load still in flight for the previous one.
  let generation = 0;
  const onScreen = (screen: Document | null) => {
    const current = ++generation;
    if (!screen) {
      state.session?.stop();
      set({ session: null });
      return;
    }
    if (state.session) {
      state.session.setScreen(screen);
      return;
    }
    performance.mark(SCREEN_FOUND_MARK);
    // These take a while: the preferences (the site's, the policy's) are read while the checker script loads.
    const storedPreferences = roleCheckerSites.read(location.host);
    const checkerDefaults = requestCheckerDefaults();
    // The rows are read while the checker script loads: in a task of their own, since the
    // script's request goes out only once this one ends.
    let earlyReading: EarlyReading | null = null;
    ctx.setTimeout(() => {
      if (current === generation) earlyReading = takeEarlyReading(screen);
    }, 0);
    loadRoleCheckerChunk(location.href).then(
      (chunk) => {
        performance.mark(SCRIPT_LOADED_MARK);
        if (current !== generation || !ctx.isValid) return;
        const session = chunk.start({
          screen,
          site: location.host,
          storedPreferences,
          checkerDefaults,
          earlyReading: () => earlyReading?.take() ?? null,
          scheduler,
          onFirstResult: () => {
            performance.measure(FIRST_RESULT_MEASURE, { start: scriptStartedAt });
            settleFirstLook();
          },
        });
        set({ session, loadFailed: false });
      },
      () => {
        settleFirstLook();
        if (current === generation) set({ loadFailed: true });
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
    state.session?.stop();
    set({ session: null });
  };
  ctx.onInvalidated(stop);

  function View() {
    const [{ session, loadFailed }, setView] = useState(state);
    const container = useRef<HTMLDivElement>(null);
    useEffect(() => {
      listeners.add(setView);
      setView(state);
      return () => {
        listeners.delete(setView);
      };
    }, []);
    useEffect(() => {
      if (session && container.current) return session.renderInto(container.current);
    }, [session]);
    return (
      <>
        {loadFailed && (
          <p class="mpc-rc-load-error" role="alert">
            The security role checker could not load on this page.
          </p>
        )}
        <div ref={container} />
      </>
    );
  }

  return { View, stop, firstLook };
}
