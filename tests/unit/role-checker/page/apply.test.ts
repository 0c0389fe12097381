import { describe, expect, it } from 'vitest';
import { applyChanges, planApply, undoChanges } from '@/lib/role-checker/page/apply';
import { rereadCells } from '@/lib/role-checker/page/page-adapter';
import { roleReader } from '@/lib/role-checker/page/reader-api';
import { judgePage } from '../catalogue';
import { parseHtml, readFixture } from '../dom';

const describeChange = (change: {
  module: string;
  function: string;
  action: string;
  from: string;
  to: string;
}) => `${change.module} > ${change.function} > ${change.action}: ${change.from} → ${change.to}`;

describe('apply required levels', () => {
  it('plans the missing rights at their required level, and applying makes the page pass', () => {
    const page = readFixture('role-missing.html');
    const plan = planApply(judgePage(page, ['watchguard-cloud-psa'], 'minimum'), page.rows, roleReader);
    expect(plan.changes.map(describeChange)).toEqual([
      'Companies > Configurations > delete: None → All',
      'Finance > Reports > inquire: My → All',
      'Procurement > Products > edit: None → All',
      'Service Desk > Service Tickets > delete: My → All',
      'System > Table Setup > add: None → All',
    ]);
    expect(plan.skipped).toEqual([]);
    const fired: string[] = [];
    page.doc.addEventListener('change', () => fired.push('change'));

    expect(applyChanges(plan.changes, roleReader)).toHaveLength(5);
    expect(fired).toHaveLength(5);
    const reread = page.rows.map(rereadCells);
    expect(judgePage({ ...page, rows: reread }, ['watchguard-cloud-psa'], 'minimum').pass).toBe(true);
  });

  it('in least-privilege mode lowers excess rights to the least level needed', () => {
    const page = readFixture('role-missing.html');
    const plan = planApply(
      judgePage(page, ['watchguard-cloud-psa'], 'least-privilege'),
      page.rows,
      roleReader,
    );
    expect(plan.changes.filter((change) => change.module === 'Companies').map(describeChange)).toEqual([
      'Companies > Company Maintenance > delete: All → None',
      'Companies > Configurations > delete: None → All',
      'Companies > Contacts > add: All → None',
      'Companies > Contacts > inquire: All → None',
    ]);
  });

  it('undo restores the labels it replaced, newest first, and reports drop-downs that are gone', () => {
    const page = readFixture('role-missing.html');
    const applied = applyChanges(
      planApply(judgePage(page, ['watchguard-cloud-psa'], 'minimum'), page.rows, roleReader).changes,
      roleReader,
    );
    const gone = applied[0]!;
    gone.control.closest('tr')?.remove();

    const { undone, failed } = undoChanges(applied, roleReader);
    expect(failed).toEqual([gone]);
    expect(undone.map((change) => change.function)).toEqual([
      'Table Setup',
      'Service Tickets',
      'Products',
      'Reports',
    ]);
    const reread = page.rows.filter((row) => row.element.isConnected).map(rereadCells);
    const reports = reread.find((row) => row.module === 'Finance' && row.function === 'Reports');
    expect(reports?.cells.inquire.label).toBe('My');
  });

  it('skips drop-downs it cannot set (a scripted combo box) instead of guessing', () => {
    const combo = (action: string, value: string) =>
      `<td><input role="combobox" aria-label="${action} Level" value="${value}"></td>`;
    const page = readFixture(
      parseHtml(
        `<body><h2>Security Modules for Role: X</h2><table><tbody><tr><td colspan="5">Companies</td></tr><tr><td>Configurations</td>${combo('Add', 'All')}${combo('Edit', 'All')}${combo('Delete', 'None')}${combo('Inquire', 'All')}</tr></tbody></table></body>`,
      ),
    );
    const plan = planApply(judgePage(page, ['watchguard-cloud-psa'], 'minimum'), page.rows, roleReader);
    expect(plan.changes).toEqual([]);
    expect(plan.skipped).toEqual([
      { module: 'Companies', function: 'Configurations', action: 'delete', to: 'All' },
    ]);
  });
});
