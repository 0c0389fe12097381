import { describe, expect, it } from 'vitest';
import { functionKey } from '@/lib/permissions';
import { describeRow } from '@/lib/role-checker/describe';
import { profileShortName } from '@/lib/role-checker/integrations';
import type { RowVerdict } from '@/lib/role-checker/page/verdict';
import { judgePage } from './catalogue';
import { readFixture } from './dom';

function rowOf(
  page: string,
  profiles: string[],
  mode: 'minimum' | 'least-privilege',
  module: string,
  fn: string,
) {
  const verdict = judgePage(readFixture(page), profiles, mode);
  const row = verdict.rows.get(functionKey(module, fn));
  if (!row) throw new Error(`no verdict for ${module} > ${fn}`);
  return row as RowVerdict;
}

describe('describeRow', () => {
  it('names the failing action, the level to set and who needs it', () => {
    const row = rowOf(
      'role-missing.html',
      ['watchguard-cloud-psa', 'ninjaone-psa'],
      'minimum',
      'System',
      'Table Setup',
    );
    expect(describeRow(row, profileShortName)).toMatchObject({
      status: 'missing',
      text: 'Missing: Add → All · WatchGuard Cloud, NinjaOne',
      integrations: ['WatchGuard Cloud', 'NinjaOne'],
    });
    expect(describeRow(row, profileShortName).detail).toContain(
      'Add: needs All, has None (WatchGuard Cloud, NinjaOne).',
    );
  });

  it('lists what an OK row is required to have', () => {
    const row = rowOf('role-missing.html', ['watchguard-cloud-psa'], 'minimum', 'Finance', 'Agreements');
    expect(describeRow(row, profileShortName).text).toBe(
      'OK: Add All, Edit All, Inquire All · WatchGuard Cloud',
    );
  });

  it('attributes excess that no integration names to the least-privilege policy', () => {
    const row = rowOf(
      'role-missing.html',
      ['watchguard-cloud-psa'],
      'least-privilege',
      'Companies',
      'Contacts',
    );
    expect(describeRow(row, profileShortName).text).toBe(
      'Excess: Add → None, Inquire → None · least privilege',
    );
    expect(describeRow(row, profileShortName).detail).toContain('Add: has All, least privilege is None.');
  });

  it('shows the unreadable label of a row it could not judge', () => {
    const row = rowOf(
      'role-unknown-level.html',
      ['watchguard-cloud-psa'],
      'minimum',
      'Service Desk',
      'Service Tickets',
    );
    expect(describeRow(row, profileShortName).text).toBe('Not read: Delete "Mine" · WatchGuard Cloud');
    expect(describeRow(row, profileShortName).detail).toContain(
      'Delete: needs All, not read (the drop-down shows "Mine", which is not a level we know).',
    );
  });
});

describe('describeRow on a right that reveals passwords', () => {
  it('says so in the detail, whatever the status', () => {
    const finding = {
      kind: 'role' as const,
      module: 'Companies',
      function: 'Configuration - Display Passwords',
      action: 'inquire' as const,
      required: 'All' as const,
      actual: 'All' as const,
      status: 'ok' as const,
      profiles: ['hudu-psa'],
      inferred: false,
      sensitive: true as const,
    };
    const described = describeRow(
      { key: 'k', status: 'ok', findings: [finding], unread: [] },
      profileShortName,
    );
    expect(described.detail).toMatch(/^Sensitive: this right reveals stored passwords\./);
    const plain = describeRow(
      {
        key: 'k',
        status: 'ok',
        findings: [{ ...finding, sensitive: undefined }],
        unread: [],
      },
      profileShortName,
    );
    expect(plain.detail).not.toMatch(/Sensitive/);
  });
});
