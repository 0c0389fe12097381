import { describe, expect, it } from 'vitest';
import { createHostAccess, type RegisteredScript } from '@/lib/connections/host-access';
import { fakeHostBrowser } from './harness';

/** The ThreatLocker portal's opt-in script follows the user's grant of the portal's host. */
const PORTAL = 'https://portal.threatlocker.com/*';

function fakes() {
  const granted = new Set<string>();
  const scripts = new Map<string, RegisteredScript & { js: string[] }>();
  const hostAccess = createHostAccess(fakeHostBrowser(granted, scripts));
  return { granted, scripts, hostAccess };
}

describe('opt-in page scripts', () => {
  it('registers nothing for the portal until its host is granted', async () => {
    const { scripts, hostAccess } = fakes();
    await hostAccess.reconcile([]);
    expect([...scripts.keys()]).toEqual([]);
    expect(hostAccess.optInMatches()).toEqual([]);
  });

  it('registers the portal script once granted, persistent across sessions, on the portal host only', async () => {
    const { granted, scripts, hostAccess } = fakes();
    granted.add(PORTAL);
    await hostAccess.reconcile([]);
    expect([...scripts.values()]).toEqual([
      {
        id: 'optin-threatlocker-portal',
        matches: [PORTAL],
        js: ['content-scripts/threatlocker-portal.js'],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
    expect(hostAccess.optInMatches()).toEqual([PORTAL]);
  });

  it('unregisters it when the grant is taken back, and keeps on-premise scripts apart', async () => {
    const { granted, scripts, hostAccess } = fakes();
    granted.add(PORTAL);
    granted.add('https://manage.example-msp.com/*');
    const onPrem = [{ vendor: 'cw-manage' as const, origin: 'https://manage.example-msp.com' }];
    await hostAccess.reconcile(onPrem);
    expect([...scripts.keys()].sort()).toEqual([
      'onprem-cw-manage-manage.example-msp.com',
      'optin-threatlocker-portal',
    ]);
    granted.delete(PORTAL);
    await hostAccess.reconcile(onPrem);
    expect([...scripts.keys()]).toEqual(['onprem-cw-manage-manage.example-msp.com']);
    expect(hostAccess.optInMatches()).toEqual([]);
    expect(hostAccess.contentScriptMatches('cw-manage')).toEqual(['https://manage.example-msp.com/*']);
  });

  it('re-registers on a worker start when the browser lost the script, and leaves a present one alone', async () => {
    const { granted, scripts, hostAccess } = fakes();
    granted.add(PORTAL);
    await hostAccess.reconcile([]);
    await hostAccess.reconcile([]);
    expect(scripts.size).toBe(1);
    scripts.clear();
    await hostAccess.reconcile([]);
    expect([...scripts.keys()]).toEqual(['optin-threatlocker-portal']);
  });

  it('survives two reconciles at once (a worker start and a permission event)', async () => {
    const { granted, scripts, hostAccess } = fakes();
    granted.add(PORTAL);
    await Promise.all([hostAccess.reconcile([]), hostAccess.reconcile([])]);
    expect([...scripts.keys()]).toEqual(['optin-threatlocker-portal']);
  });

  it('leaves scripts that are not ours alone', async () => {
    const { scripts, hostAccess } = fakes();
    scripts.set('someone-else', {
      id: 'someone-else',
      matches: ['https://x.example/*'],
      js: [],
    });
    await hostAccess.reconcile([]);
    expect([...scripts.keys()]).toEqual(['someone-else']);
  });
});
