import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_MATCHES } from '@/lib/hosts';
import { commands, createRouter, type Handlers } from '@/lib/messaging';
import { classifySender, senderPortal } from '@/lib/messaging/sender';

/** The ThreatLocker portal's opt-in script: trusted on its cited host only, and only while registered. */

let registered = true;
const policy = {
  extensionId: 'ext-id',
  extensionOrigin: 'chrome-extension://ext-id',
  contentScriptMatches: () => ({
    cwManage: ['https://*.myconnectwise.net/*'],
    threatlocker: registered ? [...CONTENT_SCRIPT_MATCHES.threatlocker] : [],
  }),
};
const tab = (url: string) => ({ id: 'ext-id', url, tab: { id: 3 } });
const portal = tab('https://portal.threatlocker.com/integrations');
const lookalikes = [
  tab('https://portal.threatlocker.com.example.net/integrations'),
  tab('http://portal.threatlocker.com/integrations'),
  tab('https://evil-portal.threatlocker.com/integrations'),
  tab('https://threatlocker.com/integrations'),
];
const manage = tab('https://na.myconnectwise.net/v4_6_release/ConnectWise.aspx');

const checked: unknown[] = [];
const handlers = {
  checkPortalCompanyId: (payload: unknown) => {
    checked.push(payload);
    return { known: true, host: 'na.myconnectwise.net' };
  },
  checkManageCompanyId: () => ({ known: true, host: 'na.myconnectwise.net' }),
} as unknown as Handlers<typeof commands>;
const route = createRouter(commands, handlers, policy);
const request = { server: 'na', companyId: 'acme' };

async function answer(command: string, sender: ReturnType<typeof tab>, payload: unknown = request) {
  return route({ command, payload }, sender);
}

describe('the ThreatLocker portal as a content-script sender', () => {
  it('recognises the portal host, and nothing that only looks like it', () => {
    expect(senderPortal(portal, policy)).toBe('threatlocker');
    expect(classifySender(portal, policy)).toBe('content-script');
    for (const sender of lookalikes) expect(classifySender(sender, policy), sender.url).toBeNull();
  });

  it('takes the Company ID check from the portal, and refuses it from other portals and look-alikes', async () => {
    expect((await answer('checkPortalCompanyId', portal)).ok).toBe(true);
    for (const sender of [manage, ...lookalikes]) {
      const refused = await answer('checkPortalCompanyId', sender);
      expect(refused.ok, sender.url).toBe(false);
      if (!refused.ok) expect(refused.error.code).toBe('forbidden-sender');
    }
  });

  it('refuses the portal while its opt-in script is not registered (fails closed)', async () => {
    registered = false;
    try {
      const refused = await answer('checkPortalCompanyId', portal);
      expect(!refused.ok && refused.error.code).toBe('forbidden-sender');
    } finally {
      registered = true;
    }
  });

  it('opens nothing else to the portal: the extension pages’ lookup with any site stays closed', async () => {
    const refused = await answer('checkManageCompanyId', portal, {
      siteUrl: 'https://na.myconnectwise.net',
      companyId: 'acme',
    });
    expect(!refused.ok && refused.error.code).toBe('forbidden-sender');
  });

  it('never lets the form’s keys ride along: a request with any other field is refused', async () => {
    checked.length = 0;
    for (const extra of [{ publicKey: 'pub-123' }, { privateKey: 'priv-456' }, { keys: ['a'] }]) {
      const refused = await answer('checkPortalCompanyId', portal, { ...request, ...extra });
      expect(refused.ok).toBe(false);
    }
    expect(checked).toEqual([]);
  });
});
