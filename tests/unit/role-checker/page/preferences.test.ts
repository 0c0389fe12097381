import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { keyedRecord } from '@/lib/extension/keyed-record';
import {
  loadSitePreferences,
  parseSitePreferences,
  saveSitePreferences,
  startingPreferences,
} from '@/lib/role-checker/page/preferences';
import { roleCheckerSites } from '@/lib/role-checker/page/preferences-item';
import { fullCatalogue } from '../catalogue';

describe('role checker preferences per site', () => {
  it('start with nothing picked, in minimum mode', async () => {
    expect(await loadSitePreferences('na.myconnectwise.net', fullCatalogue)).toEqual({
      profiles: [],
      mode: 'minimum',
    });
  });

  it('are remembered for each site separately', async () => {
    await saveSitePreferences('na.myconnectwise.net', {
      profiles: ['ninjaone-psa'],
      mode: 'least-privilege',
    });
    await saveSitePreferences('eu.myconnectwise.net', {
      profiles: ['watchguard-cloud-psa'],
      mode: 'minimum',
    });
    expect(await loadSitePreferences('na.myconnectwise.net', fullCatalogue)).toEqual({
      profiles: ['ninjaone-psa'],
      mode: 'least-privilege',
    });
    expect(await loadSitePreferences('eu.myconnectwise.net', fullCatalogue)).toEqual({
      profiles: ['watchguard-cloud-psa'],
      mode: 'minimum',
    });
    expect(await fakeBrowser.storage.local.get(roleCheckerSites.key)).toEqual({
      'roleChecker.sites': {
        'na.myconnectwise.net': { profiles: ['ninjaone-psa'], mode: 'least-privilege' },
        'eu.myconnectwise.net': { profiles: ['watchguard-cloud-psa'], mode: 'minimum' },
      },
    });
  });

  it('drop profiles the catalogue no longer has or that are not for ConnectWise Manage', () => {
    expect(
      parseSitePreferences(
        { profiles: ['gone-profile', 'rewst-automate', 'threatlocker-psa'], mode: 'minimum' },
        fullCatalogue,
      ),
    ).toEqual({ profiles: ['threatlocker-psa'], mode: 'minimum' });
  });

  it('fall back to the defaults when the stored record is damaged', async () => {
    expect(parseSitePreferences({ profiles: 'all', mode: 'strict' }, fullCatalogue)).toEqual({
      profiles: [],
      mode: 'minimum',
    });
    await fakeBrowser.storage.local.set({ 'roleChecker.sites': ['not', 'a', 'record'] });
    expect(await loadSitePreferences('na.myconnectwise.net', fullCatalogue)).toEqual({
      profiles: [],
      mode: 'minimum',
    });
  });

  it('refuse to store something invalid', async () => {
    await expect(
      saveSitePreferences('na.myconnectwise.net', { profiles: [], mode: 'strict' as 'minimum' }),
    ).rejects.toThrow();
    expect(await keyedRecord('roleChecker.sites').read('na.myconnectwise.net')).toBeUndefined();
  });
});

describe("the organization's preselected integrations", () => {
  const POLICY = ['watchguard-cloud-psa', 'rewst-automate', 'gone-profile'];

  it("preselect a site's integrations when it has no choice of its own (Manage ones only)", () => {
    expect(parseSitePreferences(undefined, fullCatalogue, POLICY)).toEqual({
      profiles: ['watchguard-cloud-psa'],
      mode: 'minimum',
    });
    expect(parseSitePreferences({ profiles: 'all' }, fullCatalogue, POLICY)).toEqual({
      profiles: ['watchguard-cloud-psa'],
      mode: 'minimum',
    });
  });

  it('never replace a choice the admin made for the site, even choosing nothing', () => {
    expect(parseSitePreferences({ profiles: [], mode: 'least-privilege' }, fullCatalogue, POLICY)).toEqual({
      profiles: [],
      mode: 'least-privilege',
    });
  });

  it("start from the site's stored choice without asking for the policy, else from the policy", async () => {
    // The policy's answer is a round trip to the service worker: a site set up never asks for it.
    const askPolicy = vi.fn(() => new Promise<string[]>(() => {}));
    expect(
      await startingPreferences(
        Promise.resolve({ profiles: ['ninjaone-psa'], mode: 'minimum' }),
        askPolicy,
        fullCatalogue,
      ),
    ).toEqual({ profiles: ['ninjaone-psa'], mode: 'minimum' });
    expect(askPolicy).not.toHaveBeenCalled();
    expect(await startingPreferences(Promise.resolve(undefined), async () => POLICY, fullCatalogue)).toEqual({
      profiles: ['watchguard-cloud-psa'],
      mode: 'minimum',
    });
  });
});
