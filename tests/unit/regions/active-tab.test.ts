import { describe, expect, it } from 'vitest';
import { findVendorTab, pickRecentVendorTab, type TabLike, type TabsLike } from '@/lib/regions';

/** A window's tabs as `browser.tabs` would report them to the popup. */
function tabsOf(tabs: TabLike[], own?: TabLike): TabsLike {
  return {
    getCurrent: async () => own,
    query: async (query) => tabs.filter((tab) => query.active === undefined || tab.active === query.active),
  };
}

const deu = { id: 1, url: 'https://deu.cloud.watchguard.com/administration', lastAccessed: 100 };
const manage = { id: 2, url: 'https://eu.myconnectwise.net/v2024_1/ConnectWise.aspx', lastAccessed: 300 };
// Without a host permission for it, the browser hides a tab's URL: `url` is absent.
const hidden = { id: 3, lastAccessed: 500 };
const popupTab = { id: 9, url: 'chrome-extension://id/popup.html', lastAccessed: 900 };

describe('findVendorTab: the toolbar popup (not a tab itself)', () => {
  it('uses the active tab when it is a vendor page', async () => {
    const found = await findVendorTab(tabsOf([{ ...deu, active: true }, manage]));
    expect(found).toEqual({ url: deu.url, detected: { vendor: 'watchguard', region: 'emea' } });
  });

  it('pre-selects nothing when the active tab is not a vendor page, even if others are', async () => {
    expect(await findVendorTab(tabsOf([{ ...hidden, active: true }, manage]))).toBeNull();
    expect(
      await findVendorTab(tabsOf([{ id: 4, url: 'https://example.com/', active: true }, manage])),
    ).toBeNull();
  });
});

describe('findVendorTab: the popup page open in a tab', () => {
  it('takes the most recently used vendor tab of the window', async () => {
    const own = { ...popupTab, active: true };
    const found = await findVendorTab(tabsOf([deu, manage, hidden, own], own));
    expect(found?.detected).toEqual({ vendor: 'cw-manage', region: 'eu' });
  });

  it('answers null when the window has no vendor tab', async () => {
    const own = { ...popupTab, active: true };
    expect(await findVendorTab(tabsOf([hidden, own], own))).toBeNull();
  });
});

describe('pickRecentVendorTab', () => {
  it('skips the excluded tab and tabs without a known vendor URL', () => {
    expect(pickRecentVendorTab([manage, deu], manage.id)?.detected).toEqual({
      vendor: 'watchguard',
      region: 'emea',
    });
    expect(pickRecentVendorTab([hidden, { id: 5, url: 'https://example.com/' }])).toBeNull();
  });

  it('treats a tab with no lastAccessed as the oldest', () => {
    const noTime = { id: 6, url: 'https://jpn.cloud.watchguard.com/' };
    expect(pickRecentVendorTab([noTime, deu])?.detected.region).toBe('emea');
  });
});
