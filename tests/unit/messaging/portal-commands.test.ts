import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { commands, createRouter, defineCommand, type Handlers } from '@/lib/messaging';

/** Issue #16, item 9: a content-script command is accepted only from its own vendor's portal. */

const policy = {
  extensionId: 'ext-id',
  extensionOrigin: 'chrome-extension://ext-id',
  contentScriptMatches: () => ({
    cwManage: ['https://*.myconnectwise.net/*', 'https://manage.example-msp.com/*'],
    watchguard: ['https://*.cloud.watchguard.com/*'],
    cwRmm: ['https://control.itsupport247.net/*'],
  }),
};
const tab = (url: string) => ({ id: 'ext-id', url, tab: { id: 3 } });
const manage = tab('https://na.myconnectwise.net/v4_6_release/ConnectWise.aspx');
const onPremManage = tab('https://manage.example-msp.com/v4_6_release/ConnectWise.aspx');
const watchguard = tab('https://usa.cloud.watchguard.com/managed-access');
const rmm = tab('https://control.itsupport247.net/');

const registry = {
  ...commands,
  unscoped: defineCommand({
    name: 'unscoped',
    request: z.object({}),
    response: z.object({}),
    allowedFrom: ['content-script'],
  }),
};

const answered = () => ({}) as never;
const handlers = {
  rememberAccessIds: answered,
  listKnownAccessIds: answered,
  saveConnectionDraft: answered,
  readSavedRole: answered,
  roleCheckerDefaults: answered,
  roleCheckerCatalogue: answered,
  unscoped: answered,
  ping: () => ({ version: '1', senderContext: 'content-script' as const }),
} as unknown as Handlers<typeof registry>;
const route = createRouter(registry, handlers, policy);

async function refused(command: string, sender: ReturnType<typeof tab>, payload: unknown = {}) {
  const answer = await route({ command, payload }, sender);
  return !answer.ok && answer.error.code === 'forbidden-sender';
}

describe('content-script commands per vendor portal', () => {
  it('takes the WatchGuard helper’s commands from WatchGuard portals only', async () => {
    const pair = { readOnly: 'ro-1', readWrite: 'rw-1' };
    for (const sender of [manage, onPremManage, rmm]) {
      expect(await refused('rememberAccessIds', sender, pair)).toBe(true);
      expect(await refused('listKnownAccessIds', sender)).toBe(true);
      expect(await refused('saveConnectionDraft', sender, { region: 'na' })).toBe(true);
    }
    expect(await refused('listKnownAccessIds', watchguard)).toBe(false);
  });

  it('takes the role checker’s commands from ConnectWise Manage hosts only, on-premise ones included', async () => {
    for (const sender of [watchguard, rmm]) {
      expect(await refused('readSavedRole', sender, { roleName: 'Admin' })).toBe(true);
      expect(await refused('roleCheckerDefaults', sender)).toBe(true);
      expect(await refused('roleCheckerCatalogue', sender)).toBe(true);
    }
    expect(await refused('readSavedRole', manage, { roleName: 'Admin' })).toBe(false);
    expect(await refused('readSavedRole', onPremManage, { roleName: 'Admin' })).toBe(false);
    expect(await refused('roleCheckerCatalogue', manage)).toBe(false);
  });

  it('refuses a content-script command that names no portal (fails closed)', async () => {
    expect(await refused('unscoped', manage)).toBe(true);
    expect(await refused('ping', rmm)).toBe(false);
  });

  it('names the portals of every command the catalogue opens to content scripts', () => {
    const open = Object.values(commands).filter((command) => command.allowedFrom.includes('content-script'));
    expect(open.length).toBeGreaterThan(0);
    for (const command of open) expect(command.portals?.length, command.name).toBeGreaterThan(0);
  });
});
