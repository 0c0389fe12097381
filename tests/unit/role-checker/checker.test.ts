import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type CheckerDeps,
  createRoleChecker,
  MUTATION_DELAY_MS,
  SETTLE_MS,
} from '@/lib/role-checker/checker';
import { readControlLabel, setControl } from '@/lib/role-checker/page-adapter';
import type { SitePreferences } from '@/lib/role-checker/preferences';
import { flushMutations, loadPage, mutationObserverOf, vocabulary } from './dom';
import { manualScheduler } from './scheduler';

const WATCHGUARD: SitePreferences = { profiles: ['watchguard-cloud-psa'], mode: 'minimum' };

function start(page: string | Document, preferences: SitePreferences = WATCHGUARD) {
  const doc = typeof page === 'string' ? loadPage(page) : page;
  vi.stubGlobal('MutationObserver', mutationObserverOf(doc));
  const clock = manualScheduler();
  const deps = {
    vocabulary,
    scheduler: clock.scheduler,
    loadPreferences: vi.fn(async () => preferences),
    savePreferences: vi.fn(async () => {}),
    onFirstResult: vi.fn(),
    onRecheck: vi.fn(),
    now: clock.now,
  } satisfies CheckerDeps;
  const checker = createRoleChecker(doc, deps);
  return { doc, clock, deps, checker };
}

const settled = () => flushMutations();
const select = (doc: Document, id: string) => doc.getElementById(id) as HTMLSelectElement;
const badges = (doc: Document) => Array.from(doc.querySelectorAll('[data-mpc-badge]'));

afterEach(() => vi.unstubAllGlobals());

describe('the in-page checker', () => {
  it("judges the page once the site's preferences are in, and badges every audited row", async () => {
    const { doc, checker, deps } = start('role-missing.html');
    expect(checker.getState().phase).toBe('starting');
    await settled();
    const state = checker.getState();
    expect(state).toMatchObject({ phase: 'read', roleName: 'API Integrations', applicable: 5 });
    expect(state.verdict?.counts).toMatchObject({ missing: 5, ok: 43 });
    expect(badges(doc)).toHaveLength(12);
    expect(deps.onFirstResult).toHaveBeenCalledTimes(1);
  });

  it('with no integration picked, reads the page but gives no verdict and no badge', async () => {
    const { doc, checker } = start('role-missing.html', { profiles: [], mode: 'minimum' });
    await settled();
    expect(checker.getState()).toMatchObject({ phase: 'read', verdict: null });
    expect(checker.getState().rows).toHaveLength(25);
    expect(badges(doc)).toHaveLength(0);
  });

  it('re-checks a level change in the next animation frame, a burst of changes once', async () => {
    const { doc, clock, checker, deps } = start('role-missing.html');
    await settled();
    setControl(select(doc, 'gwt-uid-companies-configurations-2'), 'All');
    setControl(select(doc, 'gwt-uid-finance-reports-3'), 'All');
    expect(clock.pendingFrames()).toBe(1);
    expect(checker.getState().verdict?.counts.missing).toBe(5);
    clock.runFrames();
    expect(checker.getState().verdict?.counts.missing).toBe(3);
    expect(deps.onRecheck).toHaveBeenCalledTimes(1);
    const configurations = doc.getElementById('gwt-uid-companies-configurations-0')!.closest('tr')!;
    expect(configurations.querySelector('[data-mpc-badge]')?.getAttribute('data-mpc-badge')).toBe('ok');
  });

  it('shows no verdict while the page loads, and reads it when the rows arrive', async () => {
    const { doc, clock, checker } = start('role-loading.html');
    await settled();
    expect(checker.getState()).toMatchObject({ phase: 'reading', verdict: null });

    const pending = doc.querySelector('script[data-cw-deferred-grid]')!;
    doc.querySelector('[data-cw-loading]')!.remove();
    pending.insertAdjacentHTML('afterend', pending.textContent ?? '');
    pending.remove();
    await flushMutations();
    clock.advance(MUTATION_DELAY_MS);
    expect(checker.getState().phase).toBe('read');
    expect(checker.getState().verdict?.counts.missing).toBe(5);
  });

  it('says the layout is not recognised only after the page has been still for a while', async () => {
    const { clock, checker, deps } = start('unrecognised.html');
    await settled();
    expect(checker.getState().phase).toBe('reading');
    expect(deps.onFirstResult).not.toHaveBeenCalled();
    clock.advance(SETTLE_MS);
    expect(checker.getState()).toMatchObject({
      phase: 'unrecognised',
      roleName: 'Helpdesk Tier 1',
      message: 'No level drop-downs were found on this page.',
      verdict: null,
    });
    expect(deps.onFirstResult).toHaveBeenCalledTimes(1);
  });

  it('re-reads the page after other DOM changes, such as a module expanding', async () => {
    const { doc, clock, checker } = start('partly-expanded.html');
    await settled();
    expect(checker.getState().verdict?.counts).toMatchObject({ missing: 3, unread: 11 });
    const store = doc.querySelector('script[data-cw-deferred-rows="Finance"]')!;
    doc.querySelector('[data-cw-module="Finance"]')!.insertAdjacentHTML('afterend', store.textContent ?? '');
    doc.querySelector('[data-cw-module="Finance"] [aria-expanded]')!.setAttribute('aria-expanded', 'true');
    store.remove();
    await flushMutations();
    clock.advance(MUTATION_DELAY_MS);
    expect(checker.getState().verdict?.counts).toMatchObject({ missing: 4, unread: 7 });
  });

  it('applies the required levels, lists them, and undoes them', async () => {
    const { doc, clock, checker } = start('role-missing.html');
    await settled();
    checker.apply();
    clock.runFrames();
    expect(
      checker
        .getState()
        .applied.map((change) => `${change.function} ${change.action} ${change.from}→${change.to}`),
    ).toEqual([
      'Configurations delete None→All',
      'Reports inquire My→All',
      'Products edit None→All',
      'Service Tickets delete My→All',
      'Table Setup add None→All',
    ]);
    expect(checker.getState()).toMatchObject({ applicable: 0 });
    expect(checker.getState().verdict?.pass).toBe(true);
    expect(checker.getState().notice).toBe('Set 5 drop-downs; review and save the role in ConnectWise.');

    checker.undo();
    clock.runFrames();
    expect(checker.getState().applied).toEqual([]);
    expect(checker.getState().verdict?.counts.missing).toBe(5);
    expect(readControlLabel(select(doc, 'gwt-uid-finance-reports-3'))).toBe('My');
  });

  it('"next problem" focuses each failing row\'s first failing drop-down in turn, then starts over', async () => {
    const { doc, checker } = start('role-missing.html');
    await settled();
    const focused: string[] = [];
    for (const control of Array.from(doc.querySelectorAll('select'))) {
      control.focus = () => focused.push(control.id);
    }
    for (let i = 0; i < 6; i++) checker.nextProblem();
    expect(focused).toEqual([
      'gwt-uid-companies-configurations-2',
      'gwt-uid-finance-reports-3',
      'gwt-uid-procurement-products-1',
      'gwt-uid-service-desk-service-tickets-2',
      'gwt-uid-system-table-setup-0',
      'gwt-uid-companies-configurations-2',
    ]);
  });

  it('saves a change of integrations or mode and re-judges at once', async () => {
    const { checker, deps } = start('role-missing.html');
    await settled();
    checker.setMode('least-privilege');
    expect(deps.savePreferences).toHaveBeenLastCalledWith({
      profiles: ['watchguard-cloud-psa'],
      mode: 'least-privilege',
    });
    expect(checker.getState().verdict?.counts.excess).toBe(7);
    checker.setProfiles([]);
    expect(checker.getState().verdict).toBeNull();
  });

  it("shows the audit engine's refusal as an error, not a verdict", async () => {
    const { checker } = start('role-missing.html');
    await settled();
    checker.setProfiles(['rewst-automate']);
    expect(checker.getState()).toMatchObject({ phase: 'error', verdict: null });
    expect(checker.getState().message).toMatch(
      /^The role could not be checked: Profile "rewst-automate" is for ConnectWise automate/,
    );
    checker.setProfiles(['watchguard-cloud-psa']);
    expect(checker.getState().phase).toBe('read');
  });

  it('follows the screen to another document, and leaves no badge behind when disposed', async () => {
    const { doc, checker } = start('role-missing.html');
    await settled();
    const next = loadPage('role-passing.html');
    checker.setScreen(next);
    expect(badges(doc)).toHaveLength(0);
    expect(checker.getState().verdict?.pass).toBe(true);
    expect(badges(next)).toHaveLength(12);
    checker.dispose();
    expect(badges(next)).toHaveLength(0);
  });
});
