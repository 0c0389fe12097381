import { describe, expect, it } from 'vitest';
import { createMemoryStorageArea } from '@/lib/extension/storage-area';
import { commands, createRouter } from '@/lib/messaging';
import { CommandError } from '@/lib/messaging/errors';
import { CATALOGUE_VERSION } from '@/lib/permissions/catalogue';
import { NO_SAVED_CONNECTIONS, type RoleAuditDeps } from '@/lib/role-checker/background/deps';
import { roleCheckerHandlers } from '@/lib/role-checker/background/handlers';
import { SAVED_ROLE_UNREADABLE } from '@/lib/role-checker/background/saved-role';
import { CATALOGUE_INDEX_KEY } from '@/lib/role-checker/catalogue-item';
import { VAULT_MESSAGES, VaultError } from '@/lib/secrets/errors';
import { fixtureAutomateReader, fixtureManageReader, forbiddenBy } from '../api-fixtures';
import { MISSING_ROLE, PASSING_ROLE } from '../role-pages';

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
  // Contoso PSA is the na.myconnectwise.net site's only connection.
  manageConnectionsAt: async (host) =>
    host === 'na.myconnectwise.net' ? [{ id: 'psa-1', label: 'Contoso PSA', vendor: 'cw-manage' }] : [],
  manageReader: async (id) => {
    if (id !== 'psa-1') throw new CommandError(`No ConnectWise Manage connection "${id}".`);
    return manage;
  },
  automateReader: async () => fixtureAutomateReader({ ClientRead: true }),
  preselectedProfiles: async () => ['watchguard-cloud-psa', 'rewst-automate'],
};

function router(using: RoleAuditDeps = deps) {
  return createRouter(commands, roleCheckerHandlers(using), {
    extensionId: EXTENSION_ID,
    extensionOrigin: `chrome-extension://${EXTENSION_ID}`,
    contentScriptMatches: () => ({ cwManage: ['https://*.myconnectwise.net/*'], watchguard: [], cwRmm: [] }),
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
    const forbidden = forbiddenBy('GET /system/securityRoles');
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

describe('the saved role, for the in-page checker', () => {
  const readSavedRole = (roleName: string, sender: typeof portalTab = portalTab, using = deps) =>
    router(using)({ command: 'readSavedRole', payload: { roleName } }, sender);
  const failingWith = (error: unknown): RoleAuditDeps => ({
    ...deps,
    manageReader: async () => ({ ...manage, listRoles: async () => Promise.reject(error) }),
  });

  it("reads the role by name, without case or spaces, through the sender's site's connection", async () => {
    const answer = await readSavedRole('  api INTEGRATIONS ');
    expect(answer).toMatchObject({
      ok: true,
      data: { status: 'found', connectionName: 'Contoso PSA', roleName: 'API Integrations' },
    });
    const settings = answer.ok ? (answer.data as { settings: unknown[] }).settings : [];
    expect(settings).toContainEqual({
      module: 'Companies',
      function: 'Configurations',
      levels: { add: 'All', edit: 'All', delete: 'None', inquire: 'All' },
    });
    expect(JSON.stringify(answer)).not.toMatch(/secret|privateKey|psa-1/i);
  });

  it('reads nothing for a page of another site, whatever the page asks', async () => {
    const euTab = { ...portalTab, url: 'https://eu.myconnectwise.net/v4_6_release/', tab: { id: 3 } };
    expect(await readSavedRole('API Integrations', euTab)).toEqual({
      ok: true,
      data: { status: 'no-connection' },
    });
    const naming = await router()(
      { command: 'readSavedRole', payload: { roleName: 'API Integrations', site: 'na.myconnectwise.net' } },
      euTab,
    );
    expect(naming).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('says when the connection lists no role of that name', async () => {
    expect(await readSavedRole('Helpdesk Tier 1')).toEqual({
      ok: true,
      data: { status: 'not-found', connectionName: 'Contoso PSA' },
    });
  });

  it('answers a refused read with what to grant, a locked vault with how to unlock', async () => {
    const forbidden = forbiddenBy('GET /system/securityRoles');
    expect(await readSavedRole('API Integrations', portalTab, failingWith(forbidden))).toEqual({
      ok: true,
      data: {
        status: 'failed',
        connectionName: 'Contoso PSA',
        message:
          'ConnectWise Manage refused the request. The API member needs System › Security (Inquire). Grant the API member that right.',
      },
    });
    const locked: RoleAuditDeps = {
      ...deps,
      manageReader: async () => Promise.reject(new VaultError('vault-locked', VAULT_MESSAGES.locked)),
    };
    expect(await readSavedRole('API Integrations', portalTab, locked)).toMatchObject({
      ok: true,
      data: { status: 'failed', message: VAULT_MESSAGES.locked },
    });
  });

  it("keeps an unexpected error's text (it may hold an address) to itself", async () => {
    const answer = await readSavedRole(
      'API Integrations',
      portalTab,
      failingWith(new TypeError('fetch https://api-na.myconnectwise.net/?key=abc failed')),
    );
    expect(answer).toMatchObject({ ok: true, data: { status: 'failed', message: SAVED_ROLE_UNREADABLE } });
    expect(JSON.stringify(answer)).not.toContain('api-na');
  });

  it('answers only portal pages', async () => {
    expect(
      await router()({ command: 'readSavedRole', payload: { roleName: 'API Integrations' } }, optionsPage),
    ).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });
});

describe("the organization's preselected integrations", () => {
  it('reach portal pages and extension pages', async () => {
    for (const sender of [portalTab, optionsPage]) {
      expect(await router()({ command: 'roleCheckerDefaults', payload: {} }, sender)).toEqual({
        ok: true,
        data: { profiles: ['watchguard-cloud-psa', 'rewst-automate'] },
      });
    }
    expect(
      await router(NO_SAVED_CONNECTIONS)({ command: 'roleCheckerDefaults', payload: {} }, portalTab),
    ).toEqual({ ok: true, data: { profiles: [] } });
  });
});

describe('the role checker page asking for the catalogue (roleCheckerCatalogue)', () => {
  it('writes the Manage catalogue into the area the page reads, for Manage portal pages only', async () => {
    const area = createMemoryStorageArea();
    const route = createRouter(commands, roleCheckerHandlers(deps, area), {
      extensionId: EXTENSION_ID,
      extensionOrigin: `chrome-extension://${EXTENSION_ID}`,
      contentScriptMatches: () => ({
        cwManage: ['https://*.myconnectwise.net/*'],
        watchguard: [],
        cwRmm: [],
      }),
    });
    expect(await route({ command: 'roleCheckerCatalogue', payload: {} }, optionsPage)).toMatchObject({
      ok: false,
    });
    expect(await area.get(CATALOGUE_INDEX_KEY)).toEqual({});
    expect(await route({ command: 'roleCheckerCatalogue', payload: {} }, portalTab)).toEqual({
      ok: true,
      data: { version: CATALOGUE_VERSION },
    });
    expect((await area.get(CATALOGUE_INDEX_KEY))[CATALOGUE_INDEX_KEY]).toMatchObject({
      version: CATALOGUE_VERSION,
    });
  });
});
