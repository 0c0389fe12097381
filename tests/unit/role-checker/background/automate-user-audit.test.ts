import { describe, expect, it } from 'vitest';
import { auditAutomateUserClass } from '@/lib/role-checker/background/api-audit';
import { automateUserClassReader } from '@/lib/role-checker/background/readers';
import { useAutomateSimulator } from '../../vendors/cw-automate/harness';

// Rewst's guide (SOURCES.rewst): the Integrator box is a setting of the user, not of its class;
// without Clients Read, customers do not show up when Rewst refreshes its options.
const env = useAutomateSimulator();
const REWST_CLASS = 2;

function integratorFinding(report: Awaited<ReturnType<typeof auditAutomateUserClass>>['report']) {
  return report.findings.find((finding) => finding.scope === 'user' && finding.permission === 'IsIntegrator');
}

describe('Audit a role (Automate) for Rewst, through the simulator', () => {
  it('checks the Integrator flag on the connection’s own user record', async () => {
    const reader = automateUserClassReader(env.client().automate);
    const audit = await auditAutomateUserClass(reader, REWST_CLASS, ['rewst-automate']);
    expect(audit.user).toEqual({ id: 1, name: 'integrator' });
    expect(integratorFinding(audit.report)).toMatchObject({ status: 'ok', actual: true });
    // The user's settings are read, so they are no longer a box to tick by hand.
    expect(audit.report.manualChecks.map((check) => check.id)).not.toContain('rewst-automate/user');
  });

  it('a user without the Integrator box fails the audit on that finding', async () => {
    const { user } = env.sim.state.data.accounts.integrator;
    user.IsIntegrator = false;
    try {
      const audit = await auditAutomateUserClass(
        automateUserClassReader(env.client().automate),
        REWST_CLASS,
        ['rewst-automate'],
      );
      expect(integratorFinding(audit.report)).toMatchObject({ status: 'missing', actual: false });
      expect(audit.report.pass).toBe(false);
    } finally {
      user.IsIntegrator = true;
    }
  });

  it('a user record the API refuses leaves the user check manual, with why', async () => {
    // Only the "API Reader" class gives the integrator Users › Read: without it, GET /Users/{self}
    // answers 403.
    const apiReader = env.sim.state.data.userClasses[2]!.Permissions;
    apiReader.UserRead = false;
    try {
      const reader = automateUserClassReader(env.client().automate);
      const audit = await auditAutomateUserClass(reader, REWST_CLASS, ['rewst-automate']);
      expect(audit.user).toMatchObject({ problem: expect.stringMatching(/Users/) });
      expect(integratorFinding(audit.report)).toBeUndefined();
      expect(audit.report.manualChecks.find((check) => check.id === 'rewst-automate/user')?.detail).toMatch(
        /Integrator/,
      );
    } finally {
      apiReader.UserRead = true;
    }
  });

  it('Clients Read missing says what Rewst then shows (no customers on refresh)', async () => {
    const permissions = env.sim.state.data.userClasses[REWST_CLASS - 1]!.Permissions;
    permissions.ClientRead = false;
    try {
      const audit = await auditAutomateUserClass(
        automateUserClassReader(env.client(env.config('admin')).automate),
        REWST_CLASS,
        ['rewst-automate'],
      );
      const clientRead = audit.report.findings.find((finding) => finding.permission === 'ClientRead');
      expect(clientRead).toMatchObject({ status: 'missing' });
      expect(clientRead?.ifMissing).toMatch(/no customers when it refreshes its options/);
      const present = audit.report.findings.find((finding) => finding.permission === 'ClientEdit');
      expect(present?.ifMissing).toBeUndefined();
    } finally {
      permissions.ClientRead = true;
    }
  });

  it('the IP allow-list check carries the guide’s address', async () => {
    const audit = await auditAutomateUserClass(
      automateUserClassReader(env.client(env.config('admin')).automate),
      REWST_CLASS,
      ['rewst-automate'],
    );
    const ip = audit.report.manualChecks.find((check) => check.id === 'rewst-ip-allow-list');
    expect(ip?.detail).toContain('3.139.170.31');
    expect(ip?.source.document).toMatch(/^https:\/\/docs\.rewst\.help\//);
  });
});
