/**
 * Builds the fixture pages that model ConnectWise Manage's "Security Modules for Role" screen.
 * The committed HTML under tests/fixtures/pages/na.myconnectwise.net/v4_6_release/security-roles/
 * is this module's output (fixture-pages.test.ts keeps them in sync; UPDATE_ROLE_FIXTURES=1
 * rewrites them), so every variant shares one markup model.
 *
 * The model follows what vendor documents say about the screen, not captured HTML (nobody here
 * has it): System → Security Roles → a role opens "Security Modules for Role" with a Role ID
 * field; modules (Companies, Finance, …) expand to list their functions; each function has Add,
 * Edit, Delete and Inquire levels picked from a drop-down; Table Setup has a Customize link
 * (WatchGuard Cloud: ConnectWise Manage PSA Tool Integration Settings (seeds/001); NinjaOne:
 * ConnectWise Manage REST API Key Setup Guide (seeds/003); module and function names from
 * reference/vendor-apis.md §1.10). Class names imitate the obfuscated ones a GWT application
 * such as ConnectWise Manage generates, so nothing may rely on them.
 */

export type FixtureLevel = 'All' | 'My' | 'None' | 'Mine';
/** Add, Edit, Delete, Inquire. */
export type FixtureLevels = readonly [FixtureLevel, FixtureLevel, FixtureLevel, FixtureLevel];

export interface FixtureFunction {
  name: string;
  description?: string;
  customize?: boolean;
}

/** The modules and functions the fixture screen lists (names from the documents above). */
export const FIXTURE_MODULES: readonly { name: string; functions: readonly FixtureFunction[] }[] = [
  {
    name: 'Companies',
    functions: [
      { name: 'Company Maintenance', description: 'Company records and sites' },
      { name: 'Configurations', description: 'Configuration records' },
      { name: 'Contacts', description: 'Contact records' },
      { name: 'Notes' },
      { name: 'Reports', description: 'Company reports' },
      { name: 'Team Members' },
    ],
  },
  {
    name: 'Finance',
    functions: [
      { name: 'Agreements', description: 'Agreements and additions' },
      { name: 'Billing View Time' },
      { name: 'Invoicing' },
      { name: 'Reports', description: 'Finance reports' },
    ],
  },
  {
    name: 'Procurement',
    functions: [
      { name: 'Inventory Adjustments' },
      { name: 'Product Catalog', description: 'Catalog items' },
      { name: 'Products', description: 'Products on tickets and agreements' },
    ],
  },
  {
    name: 'Service Desk',
    functions: [
      { name: 'Close Service Tickets' },
      { name: 'Reports', description: 'Service reports' },
      { name: 'Resource Scheduling' },
      { name: 'Service Tickets', description: 'Service tickets' },
      { name: 'SLA Dashboard' },
    ],
  },
  {
    name: 'System',
    functions: [
      { name: 'API Reports' },
      { name: 'Member Maintenance' },
      { name: 'My Company', description: 'Company setup' },
      { name: 'Security' },
      { name: 'Table Setup', description: 'Setup tables', customize: true },
    ],
  },
  {
    name: 'Time & Expense',
    functions: [{ name: 'Time Entry' }, { name: 'Time Entry Billable Option' }],
  },
];

export type RoleLevels = Record<string, FixtureLevels>;

/** WatchGuard Cloud's minimum table (seeds/001), exactly; every other function None. */
export const PASSING_ROLE: RoleLevels = {
  'Companies > Company Maintenance': ['None', 'None', 'None', 'All'],
  'Companies > Configurations': ['All', 'All', 'All', 'All'],
  'Finance > Agreements': ['All', 'All', 'None', 'All'],
  'Finance > Reports': ['None', 'None', 'None', 'All'],
  'Procurement > Product Catalog': ['None', 'None', 'None', 'All'],
  'Procurement > Products': ['None', 'All', 'None', 'All'],
  'Service Desk > Close Service Tickets': ['All', 'All', 'All', 'All'],
  'Service Desk > Reports': ['None', 'None', 'None', 'All'],
  'Service Desk > Service Tickets': ['All', 'All', 'All', 'All'],
  'System > API Reports': ['All', 'All', 'None', 'All'],
  'System > My Company': ['None', 'None', 'None', 'All'],
  'System > Table Setup': ['All', 'All', 'None', 'All'],
};

/**
 * Against WatchGuard Cloud's table: five rows short (Configurations Delete, Finance Reports
 * Inquire, Products Edit, Service Tickets Delete, Table Setup Add) and, in least-privilege
 * mode, extra rights on Company Maintenance, Contacts and Member Maintenance.
 */
export const MISSING_ROLE: RoleLevels = {
  ...PASSING_ROLE,
  'Companies > Company Maintenance': ['None', 'None', 'All', 'All'],
  'Companies > Configurations': ['All', 'All', 'None', 'All'],
  'Companies > Contacts': ['All', 'None', 'None', 'All'],
  'Finance > Reports': ['None', 'None', 'None', 'My'],
  'Procurement > Products': ['None', 'None', 'None', 'All'],
  'Service Desk > Service Tickets': ['All', 'All', 'My', 'All'],
  'System > Member Maintenance': ['All', 'All', 'All', 'All'],
  'System > Table Setup': ['None', 'All', 'None', 'All'],
};

export interface PageOptions {
  roleName: string;
  levels: RoleLevels;
  modules?: typeof FIXTURE_MODULES;
  /** Modules shown collapsed: heading only, rows kept for the page script to insert. */
  collapsed?: readonly string[];
  /** Inside the portal's content frame: no site navigation of its own. */
  framed?: boolean;
  /** Rows arrive after a delay (the page is still loading when the content script starts). */
  loading?: boolean;
  /** Options offered by each drop-down. */
  options?: readonly FixtureLevel[];
}

const DEFAULT_OPTIONS: readonly FixtureLevel[] = ['All', 'My', 'None'];
const ACTION_TITLES = ['Add Level', 'Edit Level', 'Delete Level', 'Inquire Level'];

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

function levelSelect(level: FixtureLevel, options: readonly FixtureLevel[], id: string): string {
  const items = options
    .map((option, index) => {
      const selected = option === level ? ' selected' : '';
      return `<option value="${index + 1}"${selected}>${option}</option>`;
    })
    .join('');
  return `<select class="gwt-ListBox GEWB4LHCKE" id="${id}">${items}</select>`;
}

function functionRow(
  module: string,
  fn: FixtureFunction,
  levels: FixtureLevels,
  options: readonly FixtureLevel[],
): string {
  const base = `gwt-uid-${slug(module)}-${slug(fn.name)}`;
  const customize = fn.customize
    ? ' <a href="#customize" class="GEWB4LHCLE" data-cw-customize="">Customize</a>'
    : '';
  const cells = levels
    .map((level, index) => `<td class="GEWB4LHCME">${levelSelect(level, options, `${base}-${index}`)}</td>`)
    .join('');
  return [
    `<tr class="GEWB4LHCJE" data-cw-row="">`,
    `<td class="GEWB4LHCNE"><div class="GEWB4LHCOE">${escapeHtml(fn.name)}${customize}</div></td>`,
    cells,
    `<td class="GEWB4LHCPE">${escapeHtml(fn.description ?? '')}</td>`,
    '</tr>',
  ].join('');
}

function moduleHeading(module: string, expanded: boolean): string {
  return [
    `<tr class="GEWB4LHCHE" data-cw-module="${escapeHtml(module)}">`,
    `<td colspan="6"><div class="GEWB4LHCIE" role="button" tabindex="0" aria-expanded="${expanded}">`,
    `<span class="GEWB4LHCAF" aria-hidden="true"></span><span>${escapeHtml(module)}</span></div></td>`,
    '</tr>',
  ].join('');
}

function gridBody(options: PageOptions): { rows: string; deferred: Record<string, string> } {
  const modules = options.modules ?? FIXTURE_MODULES;
  const choices = options.options ?? DEFAULT_OPTIONS;
  const lines: string[] = [];
  const deferred: Record<string, string> = {};
  for (const module of modules) {
    const collapsed = options.collapsed?.includes(module.name) ?? false;
    lines.push(moduleHeading(module.name, !collapsed));
    const rows = module.functions
      .map((fn) => {
        const levels = options.levels[`${module.name} > ${fn.name}`] ?? ['None', 'None', 'None', 'None'];
        return functionRow(module.name, fn, levels, choices);
      })
      .join('\n');
    if (collapsed) deferred[module.name] = rows;
    else lines.push(rows);
  }
  return { rows: lines.join('\n'), deferred };
}

function siteNavigation(): string {
  // The portal's menu repeats module names; the adapter must not take them for modules.
  const items = ['Companies', 'Finance', 'Procurement', 'Service Desk', 'System', 'Time & Expense']
    .map((name) => `<li><a href="#" role="button" aria-expanded="false">${escapeHtml(name)}</a></li>`)
    .join('');
  return [
    '<div class="GEWB4LHCB cw-nav" role="navigation">',
    '<input id="cw-global-search" class="GEWB4LHCC" type="text" placeholder="Search" value="Contoso Ltd">',
    `<ul class="GEWB4LHCD">${items}</ul>`,
    '</div>',
  ].join('\n');
}

function grid(options: PageOptions): { html: string; deferred: Record<string, string> } {
  const { rows, deferred } = gridBody(options);
  const headings = ['Module', ...ACTION_TITLES, 'Description'].map((title) => `<th>${title}</th>`).join('');
  return {
    html: [
      '<table class="GEWB4LHCGE" cellspacing="0" cellpadding="0" data-cw-grid="">',
      `<thead><tr>${headings}</tr></thead>`,
      `<tbody>\n${rows}\n</tbody>`,
      '</table>',
    ].join('\n'),
    deferred,
  };
}

function page(title: string, body: string, extraHead = ''): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    '<link rel="stylesheet" href="cw-screen.css">',
    extraHead,
    '</head>',
    '<body class="GEWB4LHCA">',
    '<!-- Generated by tests/unit/role-checker/role-pages.ts: a model of ConnectWise Manage, not captured HTML. -->',
    body,
    '<script src="cw-screen.js"></script>',
    '</body>',
    '</html>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n')
    .concat('\n');
}

/** The role screen: heading, Role ID, a session field, the module grid. */
export function rolePage(options: PageOptions): string {
  const { html, deferred } = grid(options);
  const deferredScripts = Object.entries(deferred)
    .map(
      ([module, rows]) =>
        `<script type="text/html" data-cw-deferred-rows="${escapeHtml(module)}">\n${rows}\n</script>`,
    )
    .join('\n');
  const content = [
    '<div class="GEWB4LHCE" id="cw-content">',
    '<div class="GEWB4LHCF"><div class="GEWB4LHCG">Security Modules for Role</div>',
    '<div class="GEWB4LHCH"><button type="button" class="GEWB4LHCI" data-cw-save="" title="Save">Save</button>',
    '<span class="GEWB4LHCJ" data-cw-dirty="" hidden>Unsaved changes</span></div></div>',
    '<div class="GEWB4LHCK"><label class="GEWB4LHCL" for="gwt-uid-14">Role ID</label>',
    `<input id="gwt-uid-14" class="GEWB4LHCM" type="text" maxlength="30" value="${escapeHtml(options.roleName)}"></div>`,
    '<input type="hidden" name="cwSessionState" value="fixture-session-3f9a1c">',
    options.loading
      ? `<div class="GEWB4LHCN" data-cw-loading="">Loading…</div>\n<script type="text/html" data-cw-deferred-grid="">\n${html}\n</script>`
      : html,
    deferredScripts,
    '</div>',
  ].join('\n');
  const body = options.framed ? content : `${siteNavigation()}\n${content}`;
  return page('Security Roles - ConnectWise Manage', body);
}

/** The portal shell that shows its screens in a same-origin content frame. */
export function framedShell(frameSrc: string): string {
  const body = [
    siteNavigation(),
    '<div class="GEWB4LHCP" data-cw-shell="">',
    '<a href="frame-members.html" target="cw-content-frame" data-cw-nav="members">Members</a>',
    '<a href="frame-role-missing.html" target="cw-content-frame" data-cw-nav="role">Security Roles</a>',
    `<iframe name="cw-content-frame" id="cw-content-frame" src="${escapeHtml(frameSrc)}" title="Content" style="width:100%;height:640px;border:0"></iframe>`,
    '</div>',
  ].join('\n');
  return page('ConnectWise Manage', body);
}

/** Another portal screen shown in the content frame: it has drop-downs, but not level ones. */
export function membersPage(): string {
  const body = [
    '<div class="GEWB4LHCE" id="cw-content">',
    '<div class="GEWB4LHCG">Members</div>',
    '<label for="member-filter">Show</label>',
    '<select id="member-filter"><option>Active</option><option>Inactive</option><option>All</option></select>',
    '<table><thead><tr><th>Member ID</th><th>Name</th><th>Role</th></tr></thead>',
    '<tbody><tr><td>jdoe</td><td>Jane Doe</td><td>Admin</td></tr>',
    '<tr><td>api-watchguard</td><td>WatchGuard API</td><td>WatchGuard Cloud API</td></tr></tbody></table>',
    '</div>',
  ].join('\n');
  return page('Members - ConnectWise Manage', body);
}

/**
 * A role screen in a layout this product does not know: levels as toggle buttons instead of
 * drop-downs. It also carries values a snapshot must not keep (search text, a session field,
 * notes).
 */
export function unrecognisedPage(): string {
  const actions = ['Add', 'Edit', 'Delete', 'Inquire'];
  const toggles = (selected: string) =>
    actions
      .map(
        (action) =>
          `<div role="radiogroup" aria-label="${action}">${['All', 'My', 'None']
            .map((level) => `<button type="button" aria-pressed="${level === selected}">${level}</button>`)
            .join('')}</div>`,
      )
      .join('');
  const body = [
    siteNavigation(),
    '<div class="GEWB4LHCE" id="cw-content">',
    '<div class="GEWB4LHCG">Security Modules for Role</div>',
    '<label for="role-id">Role ID</label><input id="role-id" type="text" value="Helpdesk Tier 1">',
    '<input type="hidden" name="cwSessionState" value="fixture-session-3f9a1c">',
    '<textarea name="notes">Private note about this role</textarea>',
    '<section class="GEWB4LHCQ"><h3>Companies</h3>',
    `<div class="GEWB4LHCR"><span>Company Maintenance</span>${toggles('All')}</div>`,
    `<div class="GEWB4LHCR"><span>Configurations</span>${toggles('None')}</div>`,
    '</section>',
    '</div>',
  ].join('\n');
  return page('Security Roles - ConnectWise Manage', body);
}

/** 200 function rows: the fixture modules padded with further functions in each module. */
export function largeRoleModules(): typeof FIXTURE_MODULES {
  const modules = FIXTURE_MODULES.map((module) => ({ name: module.name, functions: [...module.functions] }));
  let total = modules.reduce((sum, module) => sum + module.functions.length, 0);
  for (let index = 1; total < 200; index++) {
    const module = modules[index % modules.length]!;
    module.functions.push({ name: `Custom Function ${String(index).padStart(3, '0')}` });
    total++;
  }
  return modules;
}

export const FIXTURE_DIR = 'tests/fixtures/pages/na.myconnectwise.net/v4_6_release/security-roles';

/** Every generated fixture file, by name. */
export function fixturePages(): Record<string, string> {
  return {
    'role-passing.html': rolePage({ roleName: 'WatchGuard Cloud API', levels: PASSING_ROLE }),
    'role-missing.html': rolePage({ roleName: 'API Integrations', levels: MISSING_ROLE }),
    'partly-expanded.html': rolePage({
      roleName: 'API Integrations',
      levels: MISSING_ROLE,
      collapsed: ['Finance', 'System'],
    }),
    'all-collapsed.html': rolePage({
      roleName: 'API Integrations',
      levels: MISSING_ROLE,
      collapsed: FIXTURE_MODULES.map((module) => module.name),
    }),
    'role-loading.html': rolePage({ roleName: 'API Integrations', levels: MISSING_ROLE, loading: true }),
    'role-unknown-level.html': rolePage({
      roleName: 'Legacy Role',
      levels: { ...PASSING_ROLE, 'Service Desk > Service Tickets': ['All', 'All', 'Mine', 'All'] },
      options: ['All', 'My', 'Mine', 'None'],
    }),
    'role-200-rows.html': rolePage({
      roleName: 'Large Role',
      levels: MISSING_ROLE,
      modules: largeRoleModules(),
    }),
    'iframe.html': framedShell('frame-role-missing.html'),
    'frame-role-missing.html': rolePage({ roleName: 'API Integrations', levels: MISSING_ROLE, framed: true }),
    'frame-members.html': membersPage(),
    'unrecognised.html': unrecognisedPage(),
  };
}
