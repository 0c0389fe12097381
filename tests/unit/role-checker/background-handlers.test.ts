import { describe, expect, it } from 'vitest';
import { commands, createRouter } from '@/lib/messaging';
import { CommandError } from '@/lib/messaging/errors';
import {
  NO_SAVED_CONNECTIONS,
  type RoleAuditDeps,
  roleCheckerHandlers,
} from '@/lib/role-checker/background-handlers';
import { VendorError } from '@/lib/vendors/http';
import { fixtureAutomateReader, fixtureManageReader } from './api-fixtures';
import { MISSING_ROLE, PASSING_ROLE } from './role-pages';

// The role-audit commands through the real router: sender rules and schemas are part of the test.
const EXTENSION_ID = 'ext-id';
const optionsPage = { id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/options.html` };
const portalTab = { id: EXTENSION_ID, url: 'https://na.myconnectwise.net/v4_6_release/', tab: { id: 2 } };

const manage = fixtureManageReader({ 7: { name: 'API Integrations', levels: MISSING_ROLE } }, PASSING_ROLE);
const deps: RoleAuditDeps = {
  connections: async () => [
    { id: 'psa-1', label: 'Contoso PSA', vendor: 'cw-manage' },
    { id: 'rmm-1', label: 'Contoso Automate', vendor: 'cw-automate' },
  ],
  manageReader: async (id) => {
    if (id !== 'psa-1') throw new CommandError(`No ConnectWise Manage connection "${id}".`);
    return manage;
  },
  automateReader: async () => fixtureAutomateReader({ ClientRead: true }),
};

function router(using: RoleAuditDeps = deps) {
  return createRouter(commands, roleCheckerHandlers(using), {
    extensionId: EXTENSION_ID,
    extensionOrigin: `chrome-extension://${EXTENSION_ID}`,
    contentScriptMatches: () => ['https://*.myconnectwise.net/*'],
  });
}

describe('role-audit commands', () => {
  it('list connections and roles, and audit a role, for extension pages', async () => {
    const route = router();
    expect(await route({ command: 'listAuditConnections', payload: {} }, optionsPage)).toMatchObject({
      ok: true,
      data: { connections: [{ id: 'psa-1' }, { id: 'rmm-1' }] },
    });
    expect(
      await route({ command: 'listManageRoles', payload: { connectionId: 'psa-1' } }, optionsPage),
    ).toEqual({
      ok: true,
      data: { roles: [{ id: 7, name: 'API Integrations' }] },
    });
    const audit = await route(
      {
        command: 'auditManageRole',
        payload: { connectionId: 'psa-1', roleId: 7, profiles: ['watchguard-cloud-psa'], mode: 'minimum' },
      },
      optionsPage,
    );
    expect(audit).toMatchObject({
      ok: true,
      data: { role: { name: 'API Integrations' }, report: { pass: false } },
    });
  });

  it('never answer a portal page', async () => {
    const answer = await router()(
      { command: 'listManageRoles', payload: { connectionId: 'psa-1' } },
      portalTab,
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it('refuse an audit with no integration picked', async () => {
    const answer = await router()(
      { command: 'auditApiMember', payload: { connectionId: 'psa-1', profiles: [], mode: 'minimum' } },
      optionsPage,
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(JSON.stringify(answer)).toContain('Pick at least one integration.');
  });

  it('audit an Automate user class', async () => {
    const answer = await router()(
      {
        command: 'auditAutomateUserClass',
        payload: { connectionId: 'rmm-1', userClassId: 4, profiles: ['rewst-automate'] },
      },
      optionsPage,
    );
    expect(answer).toMatchObject({
      ok: true,
      data: { userClass: { id: 4 }, report: { product: 'automate', pass: false } },
    });
  });

  it('pass on a vendor error as its message, next step and the role function to grant', async () => {
    const forbidden = new VendorError({
      kind: 'forbidden',
      vendor: 'cw-manage',
      endpoint: 'GET /system/securityRoles',
      status: 403,
      message: 'ConnectWise Manage refused the request.',
      nextStep: 'Grant the API member that right.',
      grantingFunction: {
        module: 'System',
        function: 'Security',
        level: 'Inquire',
        source: 'notes',
        inferred: false,
      },
    });
    const failing = {
      ...deps,
      manageReader: async () => ({ ...manage, listRoles: async () => Promise.reject(forbidden) }),
    };
    const answer = await router(failing)(
      { command: 'listManageRoles', payload: { connectionId: 'psa-1' } },
      optionsPage,
    );
    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'handler-failed',
        message:
          'ConnectWise Manage refused the request. The API member needs System › Security (Inquire). Grant the API member that right.',
        detail: { kind: 'forbidden', vendor: 'cw-manage' },
      },
    });
  });

  it('say plainly when no connection is saved yet', async () => {
    const route = router(NO_SAVED_CONNECTIONS);
    expect(await route({ command: 'listAuditConnections', payload: {} }, optionsPage)).toEqual({
      ok: true,
      data: { connections: [] },
    });
    expect(
      await route({ command: 'listManageRoles', payload: { connectionId: 'x' } }, optionsPage),
    ).toMatchObject({
      ok: false,
      error: { message: 'No saved ConnectWise Manage connection: add one under Connections first.' },
    });
  });
});
