import { describe, expect, it } from 'vitest';
import {
  type AutomateProfile,
  auditUserClass,
  COMPUTER_PERMISSION_FIELDS,
  getProfile,
  USER_CLASS_PERMISSION_FIELDS,
} from '@/lib/permissions';

// Rewst's least-privilege guide (seeds/004), restated: row | permissions. Rows the user-class API
// cannot show must be manual checks; the rest must map to an API field.
const USER_CLASS_TABLE = `
Agent Templates               | Read
Alerts                        | Update
Clients                       | Read, Update, Delete
Clients → Show/Hide Passwords | Access
Clients → Show All            | Access
Computers → Force Update      | Access
Computers → Retired Assets    | Delete
Computers → Show All          | Access
Contacts                      | Read, Update, Delete
Groups                        | Create, Update, Delete
Groups → Scheduled Scripts    | Update
Locations → Show All          | Access
Patch Manager                 | Read, Update
Scripts                       | Read, Update, Delete
Scripts → Schedule Scripts    | Update
Searches → Send Commands      | Access
Tickets                       | Create, Read, Update, Delete
Tickets → Ticket Requests     | Access
`;
const COMPUTER_TABLE = `
Command Prompt     | Access
Software and Tools | Install
History            | Access
Commands           | View, Send
Scripts            | Schedule
Information        | Edit
Alerts             | Clear
Scheduled Scripts  | Delete
`;
const CLIENT_TABLE = ['Locations', 'Projects', 'Product Keys', 'Documents', 'Passwords'];

function labels(table: string): string[] {
  return table
    .trim()
    .split('\n')
    .flatMap((line) => {
      const [row = '', permissions = ''] = line.split('|').map((cell) => cell.trim());
      return permissions.split(',').map((permission) => `${row}: ${permission.trim()}`);
    });
}

const profile = getProfile('rewst-automate') as AutomateProfile;
const PROFILE = ['rewst-automate'];
const userClassNeeds = profile.requirements.filter((row) => row.scope === 'userClass');
const computerNeeds = profile.requirements.filter((row) => row.scope === 'computer');

function flags(fields: readonly string[], on: readonly string[]) {
  return Object.fromEntries(fields.map((field) => [field, on.includes(field)]));
}
const exactUserClass = flags(
  USER_CLASS_PERMISSION_FIELDS,
  userClassNeeds.map((row) => row.field),
);
const exactComputer = flags(
  COMPUTER_PERMISSION_FIELDS,
  computerNeeds.map((row) => row.field),
);

describe('rewst-automate profile', () => {
  it('covers every user-class row of the guide, mapped to a field or left as a manual check', () => {
    const checkTitles = profile.manualChecks.map((check) => check.title).join('\n');
    for (const label of labels(USER_CLASS_TABLE)) {
      const mapped = userClassNeeds.filter((row) => row.label === label);
      const [row, permission] = label.split(': ');
      const manual = checkTitles.includes(`${row?.replace(' → ', ' › ')} › ${permission}`);
      expect({ label, covered: mapped.length + (manual ? 1 : 0) }).toEqual({ label, covered: 1 });
    }
    expect(userClassNeeds).toHaveLength(labels(USER_CLASS_TABLE).length - 2);
  });

  it('maps every default computer permission and lists every client-level permission', () => {
    expect(computerNeeds.map((row) => row.label)).toEqual(labels(COMPUTER_TABLE));
    for (const area of CLIENT_TABLE) {
      expect(
        profile.manualChecks.some((check) => check.title.startsWith(`Client permissions: ${area} ›`)),
      ).toBe(true);
    }
  });

  it('passes a user class built exactly to the guide, in both modes', () => {
    for (const mode of ['minimum', 'least-privilege'] as const) {
      const report = auditUserClass(exactUserClass, PROFILE, {
        mode,
        computerPermissions: exactComputer,
        user: { IsIntegrator: true, Name: 'rewst', Password: 'never-read' },
      });
      expect(report.pass).toBe(true);
      expect(report.findings.filter((f) => f.status !== 'ok')).toEqual([]);
      expect(report.findings).toHaveLength(profile.requirements.length);
    }
  });

  it.each(userClassNeeds)('fails on exactly $field ($label) turned off', (need) => {
    const report = auditUserClass({ ...exactUserClass, [need.field]: false }, PROFILE);
    expect(report.pass).toBe(false);
    expect(report.findings.filter((f) => f.status !== 'ok')).toEqual([
      {
        kind: 'user-class',
        scope: 'userClass',
        permission: need.field,
        label: need.label,
        required: true,
        actual: false,
        status: 'missing',
        profiles: ['rewst-automate'],
        inferred: false,
        // Show/Hide Passwords reveals client passwords: flagged wherever it is required.
        ...(need.field === 'ShowPasswords' && { sensitive: true }),
        // The guide says what a missing Clients Read looks like from Rewst.
        ...(need.field === 'ClientRead' && { ifMissing: expect.stringContaining('no customers') }),
      },
    ]);
  });

  it.each(computerNeeds)('fails on exactly computer permission $field turned off', (need) => {
    const report = auditUserClass(exactUserClass, PROFILE, {
      computerPermissions: { ...exactComputer, [need.field]: false },
    });
    expect(report.findings.filter((f) => f.status !== 'ok')).toEqual([
      expect.objectContaining({ scope: 'computer', permission: need.field, status: 'missing' }),
    ]);
  });

  it('fails when the user is not an Integrator', () => {
    const report = auditUserClass(exactUserClass, PROFILE, { user: { IsIntegrator: false } });
    expect(report.findings.filter((f) => f.status !== 'ok')).toEqual([
      expect.objectContaining({ scope: 'user', permission: 'IsIntegrator', status: 'missing' }),
    ]);
  });

  it('keeps computer and user requirements as manual checks when their data is not given', () => {
    const report = auditUserClass(exactUserClass, PROFILE);
    expect(report.pass).toBe(true);
    const pending = report.manualChecks.filter((check) => check.evaluator?.startsWith('auditUserClass'));
    expect(pending.map((check) => [check.id, check.evaluator])).toEqual([
      ['rewst-automate/computer', 'auditUserClass.computerPermissions'],
      ['rewst-automate/user', 'auditUserClass.user'],
    ]);
    expect(pending[0]?.detail).toContain('Commands: Send');
    expect(report.manualChecks.map((check) => check.id)).toContain('rewst-ip-allow-list');
    expect(report.manualChecks.find((check) => check.id === 'rewst-ip-allow-list')?.detail).toContain(
      '3.139.170.31',
    );
  });

  it('in least-privilege mode flags every extra permission, including SuperAdmin', () => {
    const report = auditUserClass({ ...exactUserClass, SuperAdmin: true, DatabaseExecute: true }, PROFILE, {
      mode: 'least-privilege',
      computerPermissions: { ...exactComputer, AllowRegistryEdit: true },
    });
    expect(report.pass).toBe(false);
    expect(
      report.findings.filter((f) => f.status !== 'ok').map((f) => [f.scope, f.permission, f.profiles]),
    ).toEqual([
      ['userClass', 'SuperAdmin', ['rewst-automate']],
      ['userClass', 'DatabaseExecute', ['rewst-automate']],
      ['computer', 'AllowRegistryEdit', ['rewst-automate']],
    ]);
    expect(auditUserClass({ ...exactUserClass, SuperAdmin: true }, PROFILE).pass).toBe(true);
  });

  it('matches field names regardless of case and counts an absent field as off', () => {
    const lower = Object.fromEntries(
      Object.entries(exactUserClass).map(([key, value]) => [key.toLowerCase(), value]),
    );
    expect(auditUserClass(lower, PROFILE).pass).toBe(true);
    const { ClientRead: _dropped, ...withoutClientRead } = exactUserClass;
    const report = auditUserClass(withoutClientRead, PROFILE);
    expect(report.findings.filter((f) => f.status === 'missing').map((f) => f.permission)).toEqual([
      'ClientRead',
    ]);
  });
});
