import { describe, expect, it } from 'vitest';
import { readRoleSettings } from '@/lib/permissions';
import { setControl, toRoleSettings } from '@/lib/role-checker/page/page-adapter';
import { unsavedChanges } from '@/lib/role-checker/page/unsaved-changes';
import { apiSettings } from '../api-fixtures';
import { readFixture } from '../dom';
import { MISSING_ROLE } from '../role-pages';

describe('unsaved changes on the page', () => {
  it('lists the levels the page shows that the server does not hold', () => {
    const page = readFixture('role-missing.html');
    const configurations = page.rows.find((row) => row.function === 'Configurations')!;
    setControl(configurations.cells.delete.control, 'All');
    const shown = toRoleSettings(
      page.rows.map((row) =>
        row === configurations
          ? {
              ...row,
              cells: { ...row.cells, delete: { ...row.cells.delete, level: 'All' as const, label: 'All' } },
            }
          : row,
      ),
    );
    expect(unsavedChanges(shown, readRoleSettings(apiSettings(MISSING_ROLE)))).toEqual([
      { module: 'Companies', function: 'Configurations', action: 'delete', saved: 'None', shown: 'All' },
    ]);
    expect(
      unsavedChanges(
        toRoleSettings(readFixture('role-missing.html').rows),
        readRoleSettings(apiSettings(MISSING_ROLE)),
      ),
    ).toEqual([]);
  });

  it('counts a function the server does not list as None there', () => {
    const shown = toRoleSettings(readFixture('role-missing.html').rows);
    const server = apiSettings(MISSING_ROLE).filter((row) => row.moduleFunctionName !== 'Member Maintenance');
    expect(
      unsavedChanges(shown, readRoleSettings(server)).map((change) => `${change.function} ${change.action}`),
    ).toEqual([
      'Member Maintenance add',
      'Member Maintenance edit',
      'Member Maintenance delete',
      'Member Maintenance inquire',
    ]);
  });
});
