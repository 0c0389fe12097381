/**
 * Which vendor page the popup should pre-select a region from.
 *
 * In real use the popup is the toolbar popup: it is not a tab, so the active tab of its window is
 * the page the person is looking at, and we use it only if it is a vendor page. When the popup
 * page is itself open in a tab (pinned, or in browser tests) the active tab is the popup; then we
 * take the most recently used vendor tab of the same window. Tab URLs of vendor hosts are visible
 * to us through the host permissions, so no `tabs` permission is needed.
 */
import { type DetectedRegion, detectRegion } from './detect';

export interface TabLike {
  id?: number;
  url?: string;
  active?: boolean;
  lastAccessed?: number;
}

export interface TabsLike {
  query(query: { active?: boolean; currentWindow?: boolean }): Promise<TabLike[]>;
  /** The tab this page runs in, or `undefined` in the toolbar popup. */
  getCurrent(): Promise<TabLike | undefined>;
}

export interface VendorTab {
  url: string;
  detected: DetectedRegion;
}

export async function findVendorTab(tabs: TabsLike): Promise<VendorTab | null> {
  const own = await tabs.getCurrent();
  const [active] = await tabs.query({ active: true, currentWindow: true });
  if (active && active.id !== own?.id) return asVendorTab(active);
  if (!own) return null;
  return pickRecentVendorTab(await tabs.query({ currentWindow: true }), own.id);
}

/** The most recently used tab (other than `excludeId`) that is a vendor page. */
export function pickRecentVendorTab(tabs: readonly TabLike[], excludeId?: number): VendorTab | null {
  const candidates = tabs
    .filter((tab) => tab.id !== excludeId)
    .map((tab) => ({ tab, vendor: asVendorTab(tab) }))
    .filter((item): item is { tab: TabLike; vendor: VendorTab } => item.vendor !== null)
    .sort((a, b) => (b.tab.lastAccessed ?? 0) - (a.tab.lastAccessed ?? 0));
  return candidates[0]?.vendor ?? null;
}

function asVendorTab(tab: TabLike): VendorTab | null {
  if (!tab.url) return null;
  const detected = detectRegion(tab.url);
  return detected ? { url: tab.url, detected } : null;
}
