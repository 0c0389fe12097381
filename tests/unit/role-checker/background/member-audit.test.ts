import { describe, expect, it } from 'vitest';
import { auditMember } from '@/lib/role-checker/background/member-audit';
import { fixtureManageReader, forbiddenBy } from '../api-fixtures';
import { MISSING_ROLE, PASSING_ROLE } from '../role-pages';

describe("the API member's audit after a passed Manage test", () => {
  it('has nothing to audit until the connection names its integrations', async () => {
    let read = false;
    const reader = {
      ...fixtureManageReader({}, PASSING_ROLE),
      mySecurity: async () => {
        read = true;
        return [];
      },
    };
    expect(await auditMember(reader, [])).toEqual({ state: 'no-integrations' });
    expect(read).toBe(false);
  });

  it('audits mySecurity in least-privilege mode, so missing and excess rights both show', async () => {
    const lacking = await auditMember(fixtureManageReader({}, MISSING_ROLE), ['watchguard-cloud-psa']);
    expect(lacking).toMatchObject({ state: 'audited', report: { mode: 'least-privilege', pass: false } });
    if (lacking.state !== 'audited') throw new Error('not audited');
    expect(lacking.report.summary.missing).toBe(5);

    const enough = await auditMember(fixtureManageReader({}, PASSING_ROLE), ['watchguard-cloud-psa']);
    if (enough.state !== 'audited') throw new Error('not audited');
    expect(enough.report.summary.missing).toBe(0);
  });

  it('reports a refused read as a failed audit with the role function to grant, without throwing', async () => {
    const forbidden = forbiddenBy('GET /system/mySecurity', {
      module: 'System',
      function: 'My Company',
      source: 'notes',
      inferred: true,
    });
    const reader = { ...fixtureManageReader({}, PASSING_ROLE), mySecurity: () => Promise.reject(forbidden) };
    expect(await auditMember(reader, ['watchguard-cloud-psa'])).toEqual({
      state: 'failed',
      message:
        'ConnectWise Manage refused the request. The API member needs System › My Company. Grant the API member that right.',
    });
  });

  it('keeps an unexpected error generic: its text may hold a URL or a header', async () => {
    const reader = {
      ...fixtureManageReader({}, PASSING_ROLE),
      mySecurity: () => Promise.reject(new TypeError('fetch https://api-na.example/?key=secret failed')),
    };
    expect(await auditMember(reader, ['watchguard-cloud-psa'])).toEqual({
      state: 'failed',
      message: 'The API member’s rights could not be read.',
    });
  });
});
