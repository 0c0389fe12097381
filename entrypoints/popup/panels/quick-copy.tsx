import '@/components/regions/regions.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { QuickCopy } from '@/components/regions/QuickCopy';
import { copyText } from '@/lib/extension/clipboard';
import {
  type DetectedRegion,
  endpoints,
  findVendorTab,
  listUrls,
  REGIONAL_VENDOR_LABELS,
  REGIONAL_VENDORS,
  type RegionalVendor,
  regions,
  type TabsLike,
} from '@/lib/regions';

const VENDOR_OPTIONS = REGIONAL_VENDORS.map((vendor) => ({ vendor, label: REGIONAL_VENDOR_LABELS[vendor] }));

/**
 * The tabs API as the popup uses it. Tab URLs of vendor hosts are readable through the host
 * permissions, so no `tabs` permission is needed; other tabs' URLs stay hidden from us.
 */
const browserTabs: TabsLike = {
  query: (query) => browser.tabs.query(query),
  getCurrent: () => browser.tabs.getCurrent(),
};

/** Quick copy: every regional URL, with vendor and region taken from the open vendor tab. */
export function QuickCopyPanel() {
  const [selection, setSelection] = useState<DetectedRegion>({ vendor: 'watchguard', region: 'na' });
  const [preselectedFrom, setPreselectedFrom] = useState<string>();
  // The person's own choice wins over a tab lookup that answers late.
  const chosen = useRef(false);

  useEffect(() => {
    findVendorTab(browserTabs)
      .then((found) => {
        if (!found || chosen.current) return;
        setSelection(found.detected);
        setPreselectedFrom(new URL(found.url).host);
      })
      .catch(() => {
        // No tab information (e.g. a browser without the tabs API here): keep the defaults.
      });
  }, []);

  function choose(next: DetectedRegion) {
    chosen.current = true;
    setPreselectedFrom(undefined);
    setSelection(next);
  }

  const found = endpoints(selection.vendor, selection.region);
  return (
    <QuickCopy
      vendors={VENDOR_OPTIONS}
      regions={regions(selection.vendor)}
      vendor={selection.vendor}
      region={selection.region}
      rows={listUrls(found)}
      note={found.note}
      preselectedFrom={preselectedFrom}
      onVendorChange={(vendor: RegionalVendor) =>
        choose({ vendor, region: regions(vendor)[0]!.region } as DetectedRegion)
      }
      onRegionChange={(region) => choose({ vendor: selection.vendor, region } as DetectedRegion)}
      onCopy={copyText}
    />
  );
}
