import { afterEach, describe, expect, it, vi } from 'vitest';
import { readRoleSettings } from '@/lib/permissions';
import { CATALOGUE_VERSION } from '@/lib/permissions/catalogue';
import { CATALOGUE_INDEX_KEY, catalogueProfileKey } from '@/lib/role-checker/catalogue-item';
import { handChangeText } from '@/lib/role-checker/page/apply';
import {
  type CheckerDeps,
  createRoleChecker,
  MUTATION_DELAY_MS,
  SETTLE_MS,
} from '@/lib/role-checker/page/checker';
import { readControlLabel, readRolePage, setControl } from '@/lib/role-checker/page/page-adapter';
import { CATALOGUE_UNAVAILABLE, openPageCatalogue } from '@/lib/role-checker/page/page-catalogue';
import type { SitePreferences } from '@/lib/role-checker/page/preferences';
import { roleReader } from '@/lib/role-checker/page/reader-api';
import { BACKGROUND_UNREACHABLE } from '@/lib/role-checker/page/server-comparison';
import type { SavedRole } from '@/lib/role-checker/page-commands';
import { apiSettings } from '../api-fixtures';
import { openTestCatalogue, storageOver, storedCatalogue } from '../catalogue';
import { flushMutations, loadPage, mutationObserverOf, vocabulary } from '../dom';
import { MISSING_ROLE, PASSING_ROLE } from '../role-pages';
import { manualScheduler } from '../scheduler';

const WATCHGUARD: SitePreferences = { profiles: ['watchguard-cloud-psa'], mode: 'minimum' };
const NO_CONNECTION: SavedRole = { status: 'no-connection' };

function start(
  page: string | Document,
  preferences: SitePreferences = WATCHGUARD,
  loadSavedRole: (roleName: string) => Promise<SavedRole> = async () => NO_CONNECTION,
) {
  const doc = typeof page === 'string' ? loadPage(page) : page;
  vi.stubGlobal('MutationObserver', mutationObserverOf(doc));
  const clock = manualScheduler();
  const deps = {
    catalogue: openTestCatalogue(),
    reader: roleReader,
    vocabulary,
    scheduler: clock.scheduler,
    loadPreferences: vi.fn(async () => preferences),
    savePreferences: vi.fn(async () => {}),
    loadSavedRole: vi.fn(loadSavedRole),
    onFirstResult: vi.fn(),
    onRecheck: vi.fn(),
    now: clock.now,
  } satisfies CheckerDeps;
  const checker = createRoleChecker(doc, deps);
  return { doc, clock, deps, checker };
}

const settled = () => flushMutations();
const baseDeps = () => ({
  catalogue: openTestCatalogue(),
  reader: roleReader,
  vocabulary,
  scheduler: manualScheduler().scheduler,
  loadPreferences: async () => WATCHGUARD,
  savePreferences: async () => {},
  loadSavedRole: async () => NO_CONNECTION,
});
const select = (doc: Document, id: string) => doc.getElementById(id) as HTMLSelectElement;
const badges = (doc: Document) => Array.from(doc.querySelectorAll('[data-mpc-badge]'));

afterEach(() => vi.unstubAllGlobals());

describe('the in-page checker', () => {
  it('starts from the reading taken while its script loaded, and reads the page itself without one', async () => {
    // The early reading is of the passing role: a verdict of 0 missing proves it was used.
    const passing = readRolePage(loadPage('role-passing.html'), vocabulary);
    const { doc } = start('role-missing.html');
    vi.stubGlobal('MutationObserver', mutationObserverOf(doc));
    const early = createRoleChecker(doc, { ...baseDeps(), initialReading: () => passing });
    await settled();
    expect(early.getState().verdict?.counts).toMatchObject({ missing: 0 });

    const stale = createRoleChecker(doc, { ...baseDeps(), initialReading: () => null });
    await settled();
    expect(stale.getState().verdict?.counts).toMatchObject({ missing: 5 });
  });

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

  it('says so in the panel when the catalogue cannot be had, and gives no verdict', async () => {
    const doc = loadPage('role-missing.html');
    vi.stubGlobal('MutationObserver', mutationObserverOf(doc));
    const unavailable = Promise.reject(new Error(CATALOGUE_UNAVAILABLE));
    const checker = createRoleChecker(doc, { ...baseDeps(), catalogue: unavailable });
    await settled();
    expect(checker.getState()).toMatchObject({ phase: 'error', verdict: null, integrations: [] });
    expect(checker.getState().message).toBe(CATALOGUE_UNAVAILABLE);
  });

  it("reads a newly picked integration's data from storage, then judges with it", async () => {
    const stored = storedCatalogue();
    const read = vi.fn(storageOver(stored));
    const first = Object.fromEntries(
      [CATALOGUE_INDEX_KEY, catalogueProfileKey('watchguard-cloud-psa')].map((key) => [key, stored[key]]),
    );
    const catalogue = openPageCatalogue(Promise.resolve(first), CATALOGUE_VERSION, {
      read,
      restore: async () => false,
    });
    const doc = loadPage('role-missing.html');
    vi.stubGlobal('MutationObserver', mutationObserverOf(doc));
    const checker = createRoleChecker(doc, { ...baseDeps(), catalogue });
    await settled();
    expect(read).not.toHaveBeenCalled();
    expect(checker.getState().integrations.map((option) => option.id)).toContain('ninjaone-psa');
    checker.setProfiles(['watchguard-cloud-psa', 'ninjaone-psa']);
    await settled();
    expect(read).toHaveBeenCalledWith([catalogueProfileKey('ninjaone-psa')]);
    expect(checker.getState().verdict?.profiles).toEqual(['watchguard-cloud-psa', 'ninjaone-psa']);
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
      message: 'No security level controls were found on this page.',
      verdict: null,
      diagnosis: expect.objectContaining({ rowsFound: 0, moduleHeadings: ['Companies'] }),
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

  it('audits levels shown in read-only toolkit boxes, and names the ones only the admin can change', async () => {
    const { doc, clock, checker } = start('generated/toolkit-div-grid.html');
    await settled();
    const state = checker.getState();
    expect(state.verdict?.counts.missing).toBe(5);
    expect(doc.querySelectorAll('[data-mpc-badge]')).toHaveLength(12);
    expect(state.applicable).toBe(0);
    expect(state.byHand.map(handChangeText)).toEqual([
      'Companies › Configurations: Delete → All',
      'Finance › Reports: Inquire → All',
      'Procurement › Products: Edit → All',
      'Service Desk › Service Tickets: Delete → All',
      'System › Table Setup: Add → All',
    ]);
    checker.apply();
    clock.runFrames();
    expect(checker.getState().applied).toEqual([]);
    expect(checker.getState().notice).toBe(
      'Set 0 drop-downs; review and save the role in ConnectWise. Change by hand: Companies › Configurations: Delete → All; Finance › Reports: Inquire → All; Procurement › Products: Edit → All; Service Desk › Service Tickets: Delete → All; System › Table Setup: Add → All.',
    );
  });

  it('re-checks a toolkit box the page sets to a word that is not a level ("Mine")', async () => {
    const { doc, clock, checker } = start('generated/toolkit-div-grid.html');
    await settled();
    expect(checker.getState().verdict?.counts.missing).toBe(5);
    // The page's own widget sets the box and fires change, as a person's pick would.
    const box = doc.getElementById('lvl-system-table-setup-0') as HTMLInputElement;
    box.value = 'Mine';
    box.dispatchEvent(
      new (doc.defaultView as unknown as typeof globalThis).Event('change', { bubbles: true }),
    );
    clock.runFrames();
    expect(
      checker.getState().verdict?.unread.map((item) => `${item.function} ${item.action} "${item.label}"`),
    ).toEqual(['Table Setup add "Mine"']);
    expect(checker.getState().verdict?.counts.missing).toBe(4);
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
    // The page's catalogue holds Manage profiles only: an Automate one is unknown to it.
    checker.setProfiles(['rewst-automate']);
    expect(checker.getState()).toMatchObject({ phase: 'error', verdict: null });
    expect(checker.getState().message).toMatch(
      /^The role could not be checked: Unknown profile id "rewst-automate"/,
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

/** The role as "Production" holds it on the server. */
const saved = (levels: typeof MISSING_ROLE): SavedRole => ({
  status: 'found',
  connectionName: 'Production',
  roleName: 'API Integrations',
  settings: readRoleSettings(apiSettings(levels)),
});

/** A promise the test settles by hand. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('the page against what the server holds', () => {
  it('reads the saved role once and counts unsaved changes again on every re-check, locally', async () => {
    // The page shows MISSING_ROLE; the server still holds PASSING_ROLE: 12 levels differ.
    const { doc, clock, checker, deps } = start('role-missing.html', WATCHGUARD, async () =>
      saved(PASSING_ROLE),
    );
    await settled();
    expect(deps.loadSavedRole).toHaveBeenCalledExactlyOnceWith('API Integrations', false);
    expect(checker.getState().server).toMatchObject({ state: 'compared', connectionName: 'Production' });
    expect(checker.getState().server.changes).toHaveLength(12);
    expect(checker.getState().server.changes).toContainEqual({
      module: 'Companies',
      function: 'Configurations',
      action: 'delete',
      saved: 'All',
      shown: 'None',
    });

    setControl(select(doc, 'gwt-uid-companies-configurations-2'), 'All');
    clock.runFrames();
    expect(checker.getState().server.changes).toHaveLength(11);
    expect(checker.getState().verdict?.counts.missing).toBe(4);

    // A module expanding re-reads the page, for the same role: no new request.
    doc.body.append(doc.createElement('div'));
    await flushMutations();
    clock.advance(MUTATION_DELAY_MS);
    expect(checker.getState().server.changes).toHaveLength(11);
    expect(deps.loadSavedRole).toHaveBeenCalledTimes(1);
  });

  it('gives the verdict without waiting for the server, and says it matches when nothing differs', async () => {
    const reply = deferred<SavedRole>();
    const { checker } = start('role-missing.html', WATCHGUARD, () => reply.promise);
    await settled();
    expect(checker.getState()).toMatchObject({ phase: 'read', server: { state: 'loading' } });
    expect(checker.getState().verdict?.counts.missing).toBe(5);
    reply.resolve(saved(MISSING_ROLE));
    await settled();
    expect(checker.getState().server).toEqual({
      state: 'compared',
      connectionName: 'Production',
      changes: [],
      message: null,
    });
  });

  it('never lets a failed read touch the verdict', async () => {
    const { checker } = start('role-missing.html', WATCHGUARD, async () => {
      throw new Error('Extension context invalidated.');
    });
    await settled();
    expect(checker.getState()).toMatchObject({
      phase: 'read',
      server: { state: 'failed', message: BACKGROUND_UNREACHABLE, changes: [] },
    });
    expect(checker.getState().verdict?.counts.missing).toBe(5);

    const refused = start('role-missing.html', WATCHGUARD, async () => ({
      status: 'failed',
      connectionName: 'Production',
      message: 'ConnectWise Manage refused the request.',
    }));
    await settled();
    expect(refused.checker.getState().server).toMatchObject({
      state: 'failed',
      connectionName: 'Production',
      message: 'ConnectWise Manage refused the request.',
    });
  });

  it('claims nothing without a connection for the site, or a role of that name on it', async () => {
    const { checker } = start('role-missing.html');
    await settled();
    expect(checker.getState().server).toEqual({
      state: 'none',
      connectionName: null,
      changes: [],
      message: null,
    });
    const unknown = start('role-missing.html', WATCHGUARD, async () => ({
      status: 'not-found',
      connectionName: 'Production',
    }));
    await settled();
    expect(unknown.checker.getState().server).toMatchObject({
      state: 'not-found',
      connectionName: 'Production',
    });
  });

  it('reads again on request and for another screen, and keeps only the latest answer', async () => {
    const first = deferred<SavedRole>();
    const answers = [
      first.promise,
      Promise.resolve(saved(MISSING_ROLE)),
      Promise.resolve(saved(PASSING_ROLE)),
    ];
    const { checker, deps } = start('role-missing.html', WATCHGUARD, () => answers.shift()!);
    await settled();
    checker.refreshServer();
    // A person's "Re-read from server": past the background's short-lived cache.
    expect(deps.loadSavedRole).toHaveBeenLastCalledWith('API Integrations', true);
    expect(checker.getState().server.state).toBe('loading');
    await settled();
    expect(checker.getState().server).toMatchObject({ state: 'compared', changes: [] });
    // The first, slower answer arrives late: it no longer counts.
    first.resolve(saved(PASSING_ROLE));
    await settled();
    expect(checker.getState().server.changes).toEqual([]);

    checker.setScreen(loadPage('role-passing.html'));
    await settled();
    expect(deps.loadSavedRole).toHaveBeenLastCalledWith('WatchGuard Cloud API', false);
    expect(deps.loadSavedRole).toHaveBeenCalledTimes(3);
    expect(checker.getState().server).toMatchObject({ state: 'compared', changes: [] });

    // A screen whose role name cannot be read is compared with nothing, not with the last role.
    const unnamed = loadPage('role-missing.html');
    unnamed.getElementById('gwt-uid-14')!.remove();
    checker.setScreen(unnamed);
    await settled();
    expect(checker.getState()).toMatchObject({ phase: 'read', roleName: null, server: { state: 'idle' } });
    expect(deps.loadSavedRole).toHaveBeenCalledTimes(3);
  });
});
