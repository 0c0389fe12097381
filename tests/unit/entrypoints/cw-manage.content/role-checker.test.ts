import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startRoleChecker } from '@/entrypoints/cw-manage.content/role-checker';
import type {
  RoleCheckerChunk,
  RoleCheckerPanelChunk,
  RoleCheckerSession,
  RoleCheckerStartOptions,
} from '@/lib/role-checker/page/chunk-bridge';
import { loadPage, mutationObserverOf } from '../../role-checker/dom';

// The two scripts the detector loads, stood in for: the checker (everything the first verdict
// needs) and its panel (asked for once that verdict is on the page).
const scripts = vi.hoisted(() => ({
  checker: null as null | (() => Promise<unknown>),
  panel: null as null | (() => Promise<unknown>),
  panelRequests: 0,
}));
vi.mock('@/lib/role-checker/page/chunk-bridge', async (original) => ({
  ...(await original<typeof import('@/lib/role-checker/page/chunk-bridge')>()),
  loadRoleCheckerChunk: () => scripts.checker!(),
  loadRoleCheckerPanelChunk: () => {
    scripts.panelRequests++;
    return scripts.panel!();
  },
}));

/** The content script context, with timers the test runs by hand. */
function fakeContext() {
  const timers: (() => void)[] = [];
  const ctx = {
    isValid: true,
    setTimeout: (callback: () => void) => timers.push(callback),
    requestAnimationFrame: () => 0,
    addEventListener: () => {},
    onInvalidated: () => {},
  } as unknown as ContentScriptContext;
  const runTimers = () => {
    for (const run of timers.splice(0)) run();
  };
  return { ctx, runTimers };
}

function checkerScript() {
  let options: RoleCheckerStartOptions | undefined;
  const session = {
    checker: {},
    reader: {},
    setScreen: vi.fn(),
    stop: vi.fn(),
  } as unknown as RoleCheckerSession;
  const chunk: RoleCheckerChunk = {
    start: (given) => {
      options = given;
      return session;
    },
  };
  return { chunk, session, options: () => options! };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

let doc: Document;
beforeEach(() => {
  doc = loadPage('role-missing.html');
  vi.stubGlobal('document', doc);
  vi.stubGlobal('window', doc.defaultView);
  vi.stubGlobal('location', new URL('https://na.myconnectwise.net/v4_6_release/ConnectWise.aspx'));
  vi.stubGlobal('MutationObserver', mutationObserverOf(doc));
  scripts.panelRequests = 0;
});
afterEach(() => vi.unstubAllGlobals());

describe("the content script's role checker", () => {
  it('starts the checker from its scan, and asks for the panel only once the first verdict is in', async () => {
    const checker = checkerScript();
    scripts.checker = async () => checker.chunk;
    const render = vi.fn<RoleCheckerPanelChunk['render']>(() => () => {});
    scripts.panel = async () => ({ render });
    const { ctx, runTimers } = fakeContext();
    const feature = startRoleChecker(ctx);
    runTimers();
    await settled();

    const options = checker.options();
    expect(options.screen).toBe(doc);
    // The scan found the screen's level drop-downs before the checker script arrived.
    expect(options.scan?.take()?.controls.length).toBe(doc.querySelectorAll('select').length);
    expect(scripts.panelRequests).toBe(0);

    options.onFirstResult?.();
    await feature.ready;
    expect(scripts.panelRequests).toBe(1);
    const container = doc.createElement('div');
    feature.mount(container);
    await settled();
    expect(render).toHaveBeenCalledTimes(1);
    expect(render.mock.calls[0]?.[0]).toBe(container);
    expect(render.mock.calls[0]?.[1]).toBe(checker.session);
  });

  it('says the panel could not load when its script fails, and keeps the badges running', async () => {
    const checker = checkerScript();
    scripts.checker = async () => checker.chunk;
    scripts.panel = async () => {
      throw new Error('blocked');
    };
    const { ctx, runTimers } = fakeContext();
    const feature = startRoleChecker(ctx);
    runTimers();
    await settled();
    checker.options().onFirstResult?.();
    const container = doc.createElement('div');
    feature.mount(container);
    await settled();
    expect(container.querySelector('[role="alert"]')?.textContent).toBe(
      "The role checker's panel could not load on this page; the badges next to the rows still show the check.",
    );
    expect(checker.session.stop).not.toHaveBeenCalled();
  });

  it('says so when the checker script itself fails, in the overlay mounted after that', async () => {
    scripts.checker = async () => {
      throw new Error('blocked');
    };
    const { ctx, runTimers } = fakeContext();
    const feature = startRoleChecker(ctx);
    runTimers();
    await feature.ready;
    const container = doc.createElement('div');
    feature.mount(container);
    expect(container.querySelector('[role="alert"]')?.textContent).toBe(
      'The security role checker could not load on this page.',
    );
    expect(scripts.panelRequests).toBe(0);
  });
});
