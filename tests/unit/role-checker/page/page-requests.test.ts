import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { commands, createRouter } from '@/lib/messaging';
import { NO_SAVED_CONNECTIONS } from '@/lib/role-checker/background/deps';
import { roleCheckerHandlers } from '@/lib/role-checker/background/handlers';
import { requestCheckerDefaults } from '@/lib/role-checker/page/chunk-bridge';
import { loadSavedRole, preselectedProfiles } from '@/lib/role-checker/page/page-requests';

// The checker's requests as a ConnectWise page sends them, answered by the real router.
const portalTab = {
  id: fakeBrowser.runtime.id,
  url: 'https://na.myconnectwise.net/v4_6_release/',
  tab: { id: 2 },
};
const route = createRouter(
  commands,
  roleCheckerHandlers({ ...NO_SAVED_CONNECTIONS, preselectedProfiles: async () => ['watchguard-cloud-psa'] }),
  {
    extensionId: fakeBrowser.runtime.id,
    extensionOrigin: `chrome-extension://${fakeBrowser.runtime.id}`,
    contentScriptMatches: () => ({ cwManage: ['https://*.myconnectwise.net/*'], watchguard: [], cwRmm: [] }),
  },
);

function answerAsTheBackground() {
  fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    route(message, portalTab).then(sendResponse);
    return true;
  });
}

afterEach(() => fakeBrowser.reset());

describe("the checker's requests to the background", () => {
  it("get the organization's preselection when asked for it", async () => {
    answerAsTheBackground();
    expect(await preselectedProfiles(requestCheckerDefaults)).toEqual(['watchguard-cloud-psa']);
  });

  it('start with no preselection when that request failed, threw or was answered off-schema', async () => {
    // No background listening: the message is refused.
    expect(await preselectedProfiles(requestCheckerDefaults)).toEqual([]);
    expect(await preselectedProfiles(async () => ({ ok: true, data: { profiles: 'all' } }))).toEqual([]);
    // An extension reloaded under the page refuses the message at once.
    const invalidated = () => {
      throw new Error('Extension context invalidated.');
    };
    expect(await preselectedProfiles(invalidated)).toEqual([]);
  });

  it('read the saved role, and turn a failed request into an answer the panel can show', async () => {
    answerAsTheBackground();
    expect(await loadSavedRole('API Integrations')).toEqual({ status: 'no-connection' });
    expect(await loadSavedRole('   ')).toMatchObject({ status: 'failed', connectionName: null });
  });
});
