/**
 * What the region badge on a ConnectWise page shows: the page's vendor and region, and the API
 * addresses of that region to copy. Pure, from the page address only.
 */
import { REGIONAL_VENDOR_LABELS } from '../catalogue';
import { codebaseFromPageUrl, manageApiBaseUrl } from '../cw-manage-codebase';
import { detectRegion } from '../detect';
import { endpoints, type LabelledUrl } from '../endpoints';

export interface PageBadge {
  vendorLabel: string;
  regionLabel: string;
  rows: LabelledUrl[];
  /** Shown under the rows when a value is our inference rather than a vendor statement. */
  note?: string;
}

export function pageBadgeFor(pageUrl: string): PageBadge | null {
  const detected = detectRegion(pageUrl);
  if (!detected) return null;
  const vendorLabel = REGIONAL_VENDOR_LABELS[detected.vendor];
  switch (detected.vendor) {
    case 'cw-rmm': {
      const found = endpoints('cw-rmm', detected.region);
      return {
        vendorLabel,
        regionLabel: found.label,
        rows: [{ key: 'serverUrl', label: 'API server URL', url: found.serverUrl }],
      };
    }
    case 'cw-manage': {
      const found = endpoints('cw-manage', detected.region);
      const codebase = codebaseFromPageUrl(pageUrl);
      const rows: LabelledUrl[] = [{ key: 'apiUrl', label: 'API server URL', url: found.apiUrl }];
      // The page runs under the company's codebase, so the full REST base is known too.
      if (codebase)
        rows.push({
          key: 'restBase',
          label: `REST base (${codebase.replace(/\/$/, '')})`,
          url: manageApiBaseUrl(found.siteUrl, codebase),
        });
      return { vendorLabel, regionLabel: found.label, rows, ...(found.note ? { note: found.note } : {}) };
    }
    case 'watchguard': {
      const found = endpoints('watchguard', detected.region);
      return {
        vendorLabel,
        regionLabel: found.label,
        rows: [
          { key: 'authUrl', label: 'Authentication API URL', url: found.authUrl },
          { key: 'apiUrl', label: 'API URL', url: found.apiUrl },
        ],
      };
    }
  }
}
