import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuditReportView } from '@/components/role-checker/AuditReportView';
import { RoleCheckerPanel, type RoleCheckerPanelProps } from '@/components/role-checker/RoleCheckerPanel';
import { auditRole } from '@/lib/permissions';
import { type CheckerState, initialCheckerState } from '@/lib/role-checker/page/checker';
import type { ServerComparison } from '@/lib/role-checker/page/server-comparison';
import { apiSettings } from '../api-fixtures';
import { judgePage } from '../catalogue';
import { parseHtml, readFixture } from '../dom';
import { MISSING_ROLE } from '../role-pages';

const option = (id: string, name: string) =>
  ({
    id,
    name,
    note: '',
    vendor: name,
    kind: 'security',
    partial: false,
    adminRecommended: false,
    features: [],
  }) as const;
const INTEGRATIONS = [
  option('watchguard-cloud-psa', 'WatchGuard Cloud'),
  option('ninjaone-psa', 'NinjaOne'),
  option('threatlocker-psa', 'ThreatLocker'),
];

function baseState(patch: Partial<CheckerState> = {}): CheckerState {
  return { ...initialCheckerState(), phase: 'read', roleName: 'API Integrations', ...patch };
}

/** Renders the panel into a linkedom document (Preact creates nodes through the global document). */
function renderPanel(state: CheckerState, handlers: Partial<RoleCheckerPanelProps> = {}) {
  const doc = parseHtml('<body><div id="root"></div></body>');
  vi.stubGlobal('document', doc);
  const props: RoleCheckerPanelProps = {
    state,
    integrations: INTEGRATIONS,
    status: null,
    onProfilesChange: vi.fn(),
    onModeChange: vi.fn(),
    onFeaturesChange: vi.fn(),
    onNextProblem: vi.fn(),
    onCopyFixList: vi.fn(),
    onExportCsv: vi.fn(),
    onApply: vi.fn(),
    onUndo: vi.fn(),
    onSaveSnapshot: vi.fn(),
    onRefreshServer: vi.fn(),
    ...handlers,
  };
  const root = doc.getElementById('root')!;
  render(<RoleCheckerPanel {...props} />, root);
  const button = (name: string) =>
    Array.from(root.querySelectorAll('button')).find((candidate) => candidate.textContent?.startsWith(name));
  return { root, props, button, text: () => root.textContent ?? '' };
}

afterEach(() => vi.unstubAllGlobals());

describe('RoleCheckerPanel', () => {
  it('says when the page is still loading, and shows no verdict', () => {
    const { text, button } = renderPanel(baseState({ phase: 'reading', roleName: null }));
    expect(text()).toContain('Reading the role… (the page is still loading)');
    expect(button('Copy fix list')).toBeUndefined();
  });

  it('says plainly when the layout is not recognised and offers a snapshot', () => {
    const { text, button, props } = renderPanel(
      baseState({ phase: 'unrecognised', message: 'No security level controls were found on this page.' }),
    );
    expect(text()).toContain("This page's layout is not recognised.");
    expect(text()).toContain('No security level controls were found on this page.');
    button('Save page snapshot')!.click();
    expect(props.onSaveSnapshot).toHaveBeenCalledTimes(1);
  });

  it('asks for integrations, and reports picks in catalogue order', () => {
    const page = readFixture('role-missing.html');
    expect(renderPanel(baseState({ rows: page.rows })).text()).toContain(
      'Pick the integrations this role is for.',
    );

    const { root, props } = renderPanel(
      baseState({ rows: page.rows, preferences: { profiles: ['threatlocker-psa'], mode: 'minimum' } }),
    );
    const boxes = root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
    // linkedom keeps a checkbox's state in its attribute.
    expect(Array.from(boxes, (box) => box.hasAttribute('checked'))).toEqual([false, false, true]);
    boxes[0]!.checked = true;
    boxes[0]!.dispatchEvent(
      new (root.ownerDocument.defaultView as unknown as typeof globalThis).Event('change'),
    );
    expect(props.onProfilesChange).toHaveBeenCalledWith(['watchguard-cloud-psa', 'threatlocker-psa']);
  });

  it("shows the verdict's counts and offers the actions that apply", () => {
    const page = readFixture('role-missing.html');
    const verdict = judgePage(page, ['watchguard-cloud-psa'], 'minimum');
    const { root, button, props } = renderPanel(
      baseState({
        rows: page.rows,
        verdict,
        applicable: 5,
        preferences: { profiles: ['watchguard-cloud-psa'], mode: 'minimum' },
      }),
    );
    expect(root.querySelector('[data-verdict]')?.textContent).toBe('Fails: 5 missing.');
    const counts = Object.fromEntries(
      Array.from(root.querySelectorAll('[data-count]'), (item) => [
        item.getAttribute('data-count'),
        item.querySelector('.mpc-rc__count-value')?.textContent,
      ]),
    );
    expect(counts).toEqual({ missing: '5', excess: '0', ok: '43', unread: '0', manual: '0' });
    expect(button('Apply required levels (5)')?.disabled).toBe(false);
    button('Next problem')!.click();
    button('Copy fix list')!.click();
    button('Export CSV')!.click();
    expect(
      [props.onNextProblem, props.onCopyFixList, props.onExportCsv].map(
        (fn) => vi.mocked(fn).mock.calls.length,
      ),
    ).toEqual([1, 1, 1]);
  });

  it('names what keeps a verdict incomplete', () => {
    const page = readFixture('partly-expanded.html');
    const verdict = judgePage(page, ['watchguard-cloud-psa'], 'minimum');
    const { text } = renderPanel(
      baseState({
        rows: page.rows,
        modules: page.modules,
        verdict,
        preferences: { profiles: ['watchguard-cloud-psa'], mode: 'minimum' },
      }),
    );
    expect(text()).toContain('Collapsed: Finance, System. Expand them to read their rows.');
  });

  it('lists applied changes with Undo, and disables Apply when nothing is left to set', () => {
    const page = readFixture('role-passing.html');
    const verdict = judgePage(page, ['watchguard-cloud-psa'], 'minimum');
    const control = page.rows[0]!.cells.add.control;
    const { root, button, props } = renderPanel(
      baseState({
        rows: page.rows,
        verdict,
        preferences: { profiles: ['watchguard-cloud-psa'], mode: 'minimum' },
        applied: [
          { module: 'System', function: 'Table Setup', action: 'add', from: 'None', to: 'All', control },
        ],
      }),
    );
    expect(root.querySelector('[aria-label="Changed drop-downs"]')?.textContent).toBe(
      'System › Table Setup › Add: None → All',
    );
    expect(button('Apply required levels')?.disabled).toBe(true);
    expect(button('Next problem')?.disabled).toBe(true);
    button('Undo changes')!.click();
    expect(props.onUndo).toHaveBeenCalledTimes(1);
  });
});

describe("the panel's comparison with the server", () => {
  const page = readFixture('role-missing.html');
  const showing = (server: Partial<ServerComparison>, patch: Partial<CheckerState> = {}) =>
    renderPanel(
      baseState({
        rows: page.rows,
        server: { state: 'compared', connectionName: 'Production', changes: [], message: null, ...server },
        ...patch,
      }),
    );

  it('says the page matches, naming the connection read through, and re-reads on request', () => {
    const { text, button, props } = showing({});
    expect(text()).toContain('Matches what ConnectWise holds (read through “Production”).');
    button('Re-read from server')!.click();
    expect(props.onRefreshServer).toHaveBeenCalledTimes(1);
    const partial = showing({}, { modules: [{ name: 'Finance', expanded: false, rowCount: 0 }] });
    expect(partial.text()).toContain('The expanded modules match what ConnectWise holds');
  });

  it('counts and lists the unsaved changes', () => {
    const { root, text } = showing({
      changes: [
        { module: 'Companies', function: 'Company Maintenance', action: 'edit', saved: 'None', shown: 'All' },
        { module: 'System', function: 'Security', action: 'inquire', saved: 'All', shown: 'My' },
      ],
    });
    expect(root.querySelector('summary')?.textContent).toBe(
      '2 unsaved changes compared with the server (read through “Production”)',
    );
    expect(
      Array.from(root.querySelectorAll('[aria-label="Unsaved changes"] li'), (li) => li.textContent),
    ).toEqual([
      'Companies › Company Maintenance › Edit: saved None, page All',
      'System › Security › Inquire: saved All, page My',
    ]);
    expect(text()).not.toContain('Matches');
  });

  it('says why it could not compare, and claims nothing without a connection or rows', () => {
    const failed = showing({ state: 'failed', message: 'The credential vault is locked.' });
    expect(failed.root.querySelector('[role="alert"]')?.textContent).toBe(
      'Could not compare with the server: The credential vault is locked.',
    );
    expect(failed.button('Re-read from server')).toBeDefined();

    const none = showing({ state: 'none', connectionName: null });
    expect(none.text()).toContain('Save a ConnectWise Manage connection for this site');
    expect(none.text()).not.toMatch(/Matches|compared with the server/);
    expect(none.button('Re-read from server')).toBeUndefined();

    const noRows = showing({}, { rows: [] });
    expect(noRows.text()).not.toMatch(/Matches|ConnectWise holds/);
  });
});

describe('AuditReportView', () => {
  it('lists what to change and the manual checks with their saved ticks', () => {
    const report = auditRole(apiSettings(MISSING_ROLE), ['watchguard-cloud-psa', 'ninjaone-psa']);
    const doc = parseHtml('<body><div id="root"></div></body>');
    vi.stubGlobal('document', doc);
    const onTick = vi.fn();
    const root = doc.getElementById('root')!;
    const noop = () => {};
    render(
      <AuditReportView
        subject="Security role API Integrations"
        report={report}
        ticks={{ [report.manualChecks[0]!.id]: true }}
        status={null}
        onTick={onTick}
        onCopyMarkdown={noop}
        onDownloadCsv={noop}
        onDownloadJson={noop}
      />,
      root,
    );
    expect(root.querySelector('h3')?.textContent).toBe('Security role API Integrations: fails');
    expect(root.querySelectorAll('[aria-label="To change"] li')).toHaveLength(report.summary.missing);
    expect(root.textContent).toContain('2 manual checks (1 ticked)');
    const boxes = root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
    expect(Array.from(boxes, (box) => box.hasAttribute('checked'))).toEqual([true, false]);
    boxes[1]!.checked = true;
    boxes[1]!.dispatchEvent(new (doc.defaultView as unknown as typeof globalThis).Event('change'));
    expect(onTick).toHaveBeenCalledWith(report.manualChecks[1]!.id, true);
  });

  it('folds plain excess rights under a summary and names the sensitive ones among what to change', () => {
    const settings = [
      ...apiSettings(MISSING_ROLE),
      {
        id: 900,
        moduleName: 'Companies',
        moduleFunctionName: 'Configuration - Display Passwords',
        addLevel: 'None',
        editLevel: 'None',
        deleteLevel: 'None',
        inquireLevel: 'All',
      },
    ];
    const report = auditRole(settings, ['watchguard-cloud-psa'], { mode: 'least-privilege' });
    const doc = parseHtml('<body><div id="root"></div></body>');
    vi.stubGlobal('document', doc);
    const root = doc.getElementById('root')!;
    const noop = () => {};
    render(
      <AuditReportView
        subject="Security role Admin copy"
        report={report}
        ticks={{}}
        status={null}
        onTick={noop}
        onCopyMarkdown={noop}
        onDownloadCsv={noop}
        onDownloadJson={noop}
      />,
      root,
    );
    const toChange = Array.from(root.querySelectorAll('[aria-label="To change"] li'), (li) => li.textContent);
    const sensitive = toChange.filter((text) => text?.startsWith('Sensitive: '));
    expect(sensitive).toHaveLength(1);
    expect(sensitive[0]).toContain('Display Passwords');
    expect(toChange).toHaveLength(report.summary.missing + 1);
    const folded = root.querySelectorAll('details [aria-label="Excess rights"] li');
    expect(folded).toHaveLength(report.summary.excess - 1);
    expect(root.querySelector('details summary')?.textContent).toBe(
      `${report.summary.excess - 1} more rights beyond what the integrations need`,
    );
  });
});
