import { describe, expect, it } from 'vitest';
import {
  canSetControl,
  type PageReading,
  type PageRow,
  readRolePage,
  rereadCells,
  roleScreenEvidence,
  setControl,
  toRoleSettings,
} from '@/lib/role-checker/page/page-adapter';
import { loadPage, parseHtml, vocabulary } from '../dom';
import { FIXTURE_MODULES } from '../role-pages';

function read(name: string) {
  return readRolePage(loadPage(name), vocabulary);
}

function readRows(reading: PageReading): PageRow[] {
  if (reading.status !== 'read') throw new Error(`expected a read page, got ${reading.status}`);
  return reading.rows;
}

function row(rows: PageRow[], module: string, fn: string): PageRow {
  const found = rows.find((candidate) => candidate.module === module && candidate.function === fn);
  if (!found) throw new Error(`no row ${module} > ${fn}`);
  return found;
}

function levels(found: PageRow) {
  return [found.cells.add.label, found.cells.edit.label, found.cells.delete.label, found.cells.inquire.label];
}

const ALL_FUNCTIONS = FIXTURE_MODULES.reduce((sum, module) => sum + module.functions.length, 0);

describe('detecting the role screen', () => {
  it.each([
    ['role-passing.html', true],
    ['frame-role-missing.html', true],
    ['all-collapsed.html', true],
    ['role-loading.html', true],
    ['unrecognised.html', true],
    ['iframe.html', false],
    ['frame-members.html', false],
  ])('%s → %s', (name, expected) => {
    expect(roleScreenEvidence(loadPage(name)) !== null).toBe(expected);
  });

  it('does not take an ordinary portal page with drop-downs for the role screen', () => {
    const doc = parseHtml(
      '<body><h1>Tickets</h1><select><option>All</option><option>Open</option></select><select><option>My</option><option>All</option></select></body>',
    );
    expect(roleScreenEvidence(doc) !== null).toBe(false);
    expect(readRolePage(doc, vocabulary)).toEqual({ status: 'not-role-screen' });
  });
});

describe('reading a fully expanded role (role-passing.html)', () => {
  const reading = read('role-passing.html');
  const rows = readRows(reading);

  it('reads the role name from the Role ID field', () => {
    expect(reading.status === 'read' && reading.roleName).toBe('WatchGuard Cloud API');
  });

  it('reads every function row, each under its own module', () => {
    expect(rows).toHaveLength(ALL_FUNCTIONS);
    expect(rows.every((found) => found.known)).toBe(true);
    const reports = rows.filter((found) => found.function === 'Reports').map((found) => found.module);
    expect(reports).toEqual(['Companies', 'Finance', 'Service Desk']);
  });

  it('lists the grid modules, not the portal menu that repeats their names', () => {
    expect(reading.status === 'read' && reading.modules).toEqual(
      FIXTURE_MODULES.map((module) => ({
        name: module.name,
        expanded: true,
        rowCount: module.functions.length,
      })),
    );
  });

  it('reads levels by the selected option text, column by column', () => {
    expect(levels(row(rows, 'Finance', 'Agreements'))).toEqual(['All', 'All', 'None', 'All']);
    expect(levels(row(rows, 'Procurement', 'Products'))).toEqual(['None', 'All', 'None', 'All']);
    expect(levels(row(rows, 'Companies', 'Notes'))).toEqual(['None', 'None', 'None', 'None']);
  });

  it('names Table Setup without its Customize link and notes the link', () => {
    const tableSetup = row(rows, 'System', 'Table Setup');
    expect(tableSetup.hasCustomize).toBe(true);
    expect(row(rows, 'System', 'My Company').hasCustomize).toBe(false);
  });

  it('turns rows into the settings shape auditRole takes', () => {
    const settings = toRoleSettings(rows);
    expect(settings).toHaveLength(ALL_FUNCTIONS);
    expect(settings).toContainEqual({
      moduleName: 'System',
      moduleFunctionName: 'Table Setup',
      addLevel: 'All',
      editLevel: 'All',
      deleteLevel: 'None',
      inquireLevel: 'All',
    });
  });

  it('reports no problem', () => {
    expect(reading.status === 'read' && reading.problems).toEqual([]);
  });
});

describe('other fixture pages', () => {
  it('role-missing.html: reads the weaker levels', () => {
    const rows = readRows(read('role-missing.html'));
    expect(levels(row(rows, 'Companies', 'Configurations'))).toEqual(['All', 'All', 'None', 'All']);
    expect(levels(row(rows, 'Service Desk', 'Service Tickets'))).toEqual(['All', 'All', 'My', 'All']);
    expect(levels(row(rows, 'Finance', 'Reports'))).toEqual(['None', 'None', 'None', 'My']);
  });

  it('frame-role-missing.html: the framed screen reads the same as the whole page', () => {
    const framed = readRows(read('frame-role-missing.html'));
    const whole = readRows(read('role-missing.html'));
    expect(toRoleSettings(framed)).toEqual(toRoleSettings(whole));
  });

  it('partly-expanded.html: reads the expanded modules and reports the collapsed ones', () => {
    const reading = read('partly-expanded.html');
    const rows = readRows(reading);
    const collapsed = ['Finance', 'System'];
    const expected = FIXTURE_MODULES.filter((module) => !collapsed.includes(module.name)).reduce(
      (sum, module) => sum + module.functions.length,
      0,
    );
    expect(rows).toHaveLength(expected);
    expect(rows.some((found) => collapsed.includes(found.module))).toBe(false);
    expect(reading.status === 'read' && reading.modules.filter((module) => !module.expanded)).toEqual([
      { name: 'Finance', expanded: false, rowCount: 0 },
      { name: 'System', expanded: false, rowCount: 0 },
    ]);
  });

  it('all-collapsed.html: a read page with zero rows and every module collapsed', () => {
    const reading = read('all-collapsed.html');
    expect(readRows(reading)).toEqual([]);
    expect(reading.status === 'read' && reading.modules.every((module) => module.expanded === false)).toBe(
      true,
    );
    expect(reading.status === 'read' && reading.modules).toHaveLength(FIXTURE_MODULES.length);
  });

  it('role-loading.html: no drop-downs yet is "no controls", not a verdict', () => {
    const reading = read('role-loading.html');
    expect(reading).toMatchObject({
      status: 'unrecognised',
      code: 'no-controls',
      roleName: 'API Integrations',
    });
  });

  it('role-unknown-level.html: an unknown label is kept as read, flagged, and left out of the settings', () => {
    const reading = read('role-unknown-level.html');
    const rows = readRows(reading);
    const tickets = row(rows, 'Service Desk', 'Service Tickets');
    expect(tickets.cells.delete).toMatchObject({ label: 'Mine', level: undefined });
    expect(reading.status === 'read' && reading.problems).toEqual([
      {
        kind: 'unknown-level',
        module: 'Service Desk',
        function: 'Service Tickets',
        action: 'delete',
        label: 'Mine',
      },
    ]);
    const settings = toRoleSettings(rows);
    expect(settings).toHaveLength(rows.length - 1);
    expect(settings.some((setting) => setting.moduleFunctionName === 'Service Tickets')).toBe(false);
  });

  it('role-200-rows.html: reads all 200 rows, functions the catalogue does not know included', () => {
    const rows = readRows(read('role-200-rows.html'));
    expect(rows).toHaveLength(200);
    expect(rows.filter((found) => !found.known).length).toBe(200 - ALL_FUNCTIONS);
    expect(row(rows, 'Finance', 'Custom Function 001').module).toBe('Finance');
  });

  it('unrecognised.html: says the layout is not recognised, still names the role, and says what it tried', () => {
    expect(read('unrecognised.html')).toEqual({
      status: 'unrecognised',
      code: 'no-controls',
      reason: expect.stringContaining('No security level controls'),
      roleName: 'Helpdesk Tier 1',
      // Toggle groups show every level at once: not one control per action.
      diagnosis: expect.objectContaining({ controls: {}, moduleHeadings: ['Companies'], rowsFound: 0 }),
    });
  });
});

describe('tolerance to other layouts', () => {
  const heading = '<h2>Security Modules for Role: Field Techs</h2>';
  const select = (_label: string, selected: string, extra = '') =>
    `<select ${extra}>${['All', 'My', 'None'].map((level) => `<option${level === selected ? ' selected' : ''}>${level}</option>`).join('')}</select>`;

  it('maps controls by their own labels in a box layout without column headings', () => {
    const doc = parseHtml(
      `<body>${heading}<div><div><span aria-expanded="true">Companies</span></div>
       <div class="row"><span>Configurations</span>
         ${select('', 'My', 'aria-label="Inquire level"')}${select('', 'All', 'aria-label="Add level"')}
         ${select('', 'None', 'aria-label="Delete level"')}${select('', 'All', 'aria-label="Edit level"')}
       </div></div></body>`,
    );
    const reading = readRolePage(doc, vocabulary);
    const rows = readRows(reading);
    expect(reading.status === 'read' && reading.roleName).toBe('Field Techs');
    expect(rows).toHaveLength(1);
    expect(levels(rows[0]!)).toEqual(['All', 'All', 'None', 'My']);
    expect(rows[0]!.module).toBe('Companies');
  });

  it('follows the column headings when the columns come in another order', () => {
    const doc = parseHtml(
      `<body>${heading}<table><thead><tr><th>Function</th><th>Inquire Level</th><th>Add Level</th><th>Edit Level</th><th>Delete Level</th></tr></thead>
       <tbody><tr><td colspan="5">System</td></tr>
       <tr><td>Table Setup</td><td>${select('', 'All')}</td><td>${select('', 'None')}</td><td>${select('', 'My')}</td><td>${select('', 'None')}</td></tr></tbody></table></body>`,
    );
    expect(levels(readRows(readRolePage(doc, vocabulary))[0]!)).toEqual(['None', 'My', 'None', 'All']);
  });

  it('refuses rows whose columns it cannot tell apart', () => {
    const doc = parseHtml(
      `<body>${heading}<table><tr><td>Companies</td></tr><tr><td>Configurations</td><td>${select('', 'All')}</td><td>${select('', 'All')}</td><td>${select('', 'All')}</td><td>${select('', 'All')}</td></tr></table></body>`,
    );
    expect(readRolePage(doc, vocabulary)).toMatchObject({
      status: 'unrecognised',
      code: 'unmapped-controls',
    });
  });

  it('places a row with no module heading only when the function belongs to one module', () => {
    const cells = (selected: string) => [1, 2, 3, 4].map(() => `<td>${select('', selected)}</td>`).join('');
    const doc = parseHtml(
      `<body>${heading}<table><thead><tr><th></th><th>Add Level</th><th>Edit Level</th><th>Delete Level</th><th>Inquire Level</th></tr></thead>
       <tbody><tr><td>Company Maintenance</td>${cells('All')}</tr><tr><td>Reports</td>${cells('All')}</tr></tbody></table></body>`,
    );
    const reading = readRolePage(doc, vocabulary);
    expect(readRows(reading).map((found) => `${found.module} > ${found.function}`)).toEqual([
      'Companies > Company Maintenance',
    ]);
    expect(reading.status === 'read' && reading.problems).toEqual([
      { kind: 'no-module', function: 'Reports' },
    ]);
  });

  it('takes module headings that sit outside one table per module', () => {
    const cells = (selected: string) => [1, 2, 3, 4].map(() => `<td>${select('', selected)}</td>`).join('');
    const table = (fn: string) =>
      `<table><thead><tr><th></th><th>Add Level</th><th>Edit Level</th><th>Delete Level</th><th>Inquire Level</th></tr></thead><tbody><tr><td>${fn}</td>${cells('My')}</tr></tbody></table>`;
    const doc = parseHtml(
      `<body><nav><a>Finance</a></nav>${heading}<section><h3>Finance</h3>${table('Reports')}</section><section><h3>Service Desk</h3>${table('Reports')}</section></body>`,
    );
    expect(readRows(readRolePage(doc, vocabulary)).map((found) => found.module)).toEqual([
      'Finance',
      'Service Desk',
    ]);
  });

  it('says so when no row is a function the catalogue knows', () => {
    const cells = [1, 2, 3, 4].map(() => `<td>${select('', 'All')}</td>`).join('');
    const doc = parseHtml(
      `<body>${heading}<table><thead><tr><th></th><th>Add Level</th><th>Edit Level</th><th>Delete Level</th><th>Inquire Level</th></tr></thead><tbody><tr><td>Holiday Planner</td>${cells}</tr></tbody></table></body>`,
    );
    expect(readRolePage(doc, vocabulary)).toMatchObject({ status: 'unrecognised', code: 'unknown-rows' });
  });

  it('reports a function listed twice and keeps the first', () => {
    const cells = (selected: string) => [1, 2, 3, 4].map(() => `<td>${select('', selected)}</td>`).join('');
    const doc = parseHtml(
      `<body>${heading}<table><thead><tr><th></th><th>Add Level</th><th>Edit Level</th><th>Delete Level</th><th>Inquire Level</th></tr></thead>
      <tbody><tr><td colspan="5">System</td></tr><tr><td>Security</td>${cells('All')}</tr><tr><td>Security</td>${cells('None')}</tr></tbody></table></body>`,
    );
    const reading = readRolePage(doc, vocabulary);
    expect(readRows(reading)).toHaveLength(1);
    expect(levels(readRows(reading)[0]!)).toEqual(['All', 'All', 'All', 'All']);
    expect(reading.status === 'read' && reading.problems).toEqual([
      { kind: 'duplicate-row', module: 'System', function: 'Security' },
    ]);
  });

  it('reads a combo box it cannot write', () => {
    const combo = (action: string, value: string) =>
      `<td><input role="combobox" aria-label="${action} Level" value="${value}"></td>`;
    const doc = parseHtml(
      `<body>${heading}<table><tbody><tr><td colspan="5">Companies</td></tr><tr><td>Contacts</td>${combo('Add', 'All')}${combo('Edit', 'None')}${combo('Delete', 'None')}${combo('Inquire', 'All')}</tr></tbody></table></body>`,
    );
    const [contacts] = readRows(readRolePage(doc, vocabulary));
    expect(levels(contacts!)).toEqual(['All', 'None', 'None', 'All']);
    expect(contacts!.cells.add.kind).toBe('combobox');
    expect(canSetControl(contacts!.cells.edit.control, 'All')).toBe(false);
    expect(setControl(contacts!.cells.edit.control, 'All')).toBe(false);
  });
});

describe('writing a level', () => {
  it('selects the option, fires input and change, and a re-read sees it', () => {
    const doc = loadPage('role-missing.html');
    const rows = readRows(readRolePage(doc, vocabulary));
    const configurations = row(rows, 'Companies', 'Configurations');
    const fired: string[] = [];
    doc.addEventListener('input', () => fired.push('input'));
    doc.addEventListener('change', () => fired.push('change'));

    expect(canSetControl(configurations.cells.delete.control, 'All')).toBe(true);
    expect(setControl(configurations.cells.delete.control, 'All')).toBe(true);
    expect(fired).toEqual(['input', 'change']);
    expect(levels(rereadCells(configurations))).toEqual(['All', 'All', 'All', 'All']);

    expect(setControl(configurations.cells.delete.control, { label: 'None' })).toBe(true);
    expect(rereadCells(configurations).cells.delete.level).toBe('None');
    expect(setControl(configurations.cells.delete.control, { label: 'Everything' })).toBe(false);
  });
});
