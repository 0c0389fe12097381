import { describe, expect, it } from 'vitest';
import { createBackgroundRouter } from '@/lib/background/router';

// The region commands as the background answers them: through the real router, so sender rules
// and schemas are part of what is tested.
const EXTENSION_ID = 'ext-id';
const popup = { id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/popup.html` };
const managedAccessTab = {
  id: EXTENSION_ID,
  url: 'https://usa.cloud.watchguard.com/administration/managed-access',
  tab: { id: 3 },
};
const unrelatedTab = { id: EXTENSION_ID, url: 'https://unrelated.example.com/', tab: { id: 4 } };

const draft = {
  vendor: 'watchguard',
  region: 'na',
  authUrl: 'https://api.usa.cloud.watchguard.com/oauth/token',
  apiUrl: 'https://api.usa.cloud.watchguard.com/rest/endpoint-security/management',
  accessId: 'rw_1',
};

function router() {
  return createBackgroundRouter({
    version: '0.0.0',
    extensionId: EXTENSION_ID,
    extensionOrigin: `chrome-extension://${EXTENSION_ID}`,
    startedAt: new Date('2026-01-01T00:00:00.000Z'),
  });
}

describe('region commands through the background router', () => {
  it('a Managed Access page remembers access IDs and a form page lists them', async () => {
    const route = router();
    expect(
      await route(
        { command: 'rememberAccessIds', payload: { readOnly: 'ro_1', readWrite: 'rw_1', region: 'na' } },
        managedAccessTab,
      ),
    ).toEqual({ ok: true, data: { count: 1 } });
    const listed = await route({ command: 'listKnownAccessIds', payload: {} }, managedAccessTab);
    expect(listed).toMatchObject({
      ok: true,
      data: { accessIds: [{ readOnly: 'ro_1', readWrite: 'rw_1' }] },
    });
  });

  it('a content script may save a draft but only extension pages read or clear it', async () => {
    const route = router();
    expect(await route({ command: 'saveConnectionDraft', payload: draft }, managedAccessTab)).toMatchObject({
      ok: true,
    });
    for (const command of ['getConnectionDraft', 'clearConnectionDraft']) {
      expect(await route({ command, payload: {} }, managedAccessTab)).toMatchObject({
        ok: false,
        error: { code: 'forbidden-sender' },
      });
    }
    expect(await route({ command: 'getConnectionDraft', payload: {} }, popup)).toMatchObject({
      ok: true,
      data: { draft: { ...draft } },
    });
    expect(await route({ command: 'clearConnectionDraft', payload: {} }, popup)).toEqual({
      ok: true,
      data: { cleared: true },
    });
    expect(await route({ command: 'getConnectionDraft', payload: {} }, popup)).toEqual({
      ok: true,
      data: { draft: null },
    });
  });

  it('refuses a draft carrying a password, naming the field but not echoing its value', async () => {
    const result = await router()(
      { command: 'saveConnectionDraft', payload: { ...draft, accessPassword: 'hunter2' } },
      managedAccessTab,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(JSON.stringify(result)).not.toContain('hunter2');
  });

  it('refuses a read-only access ID with spaces rather than storing it', async () => {
    const result = await router()(
      { command: 'rememberAccessIds', payload: { readOnly: 'ro 1' } },
      managedAccessTab,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('counts every content-script host as a content script, the RMM portal included', async () => {
    const route = router();
    for (const url of [
      'https://control.itsupport247.net/QADashB/',
      'https://eu.myconnectwise.net/v2024_1/ConnectWise.aspx',
      'https://jpn.cloud.watchguard.com/',
    ]) {
      const result = await route({ command: 'ping', payload: {} }, { id: EXTENSION_ID, url, tab: { id: 5 } });
      expect(result).toMatchObject({ ok: true, data: { senderContext: 'content-script' } });
    }
  });

  it('gives nothing to a page outside the vendor hosts', async () => {
    expect(await router()({ command: 'listKnownAccessIds', payload: {} }, unrelatedTab)).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
  });
});
