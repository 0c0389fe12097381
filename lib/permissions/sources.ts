/**
 * The vendor documents the catalogue is built from. Every requirement and check cites one of
 * these by its public address (the five seed documents the product started from were re-found at
 * their public pages on PAGES_READ_ON), so a reader can go back to the page a fact came from and
 * notice when the vendor changes it; exports never name our internal copies.
 */
export interface SourceRef {
  vendor: string;
  title: string;
  /** The page address (or, for our own research notes and specs, the file they live in). */
  document: string;
  /** The public address of the page. */
  url?: string;
  /** The page's own date or product version, as the page shows it. */
  published?: string;
  /** When we read the stored copy (YYYY-MM-DD). */
  readOn?: string;
}

/** The day the vendor pages in profiles/ were read (from the search tool's stored copies). */
export const PAGES_READ_ON = '2026-12-01';

/** A vendor's public page, read on PAGES_READ_ON; `published` is the page's own date or version. */
export function vendorPage(vendor: string, title: string, url: string, published?: string): SourceRef {
  return { vendor, title, document: url, url, ...(published ? { published } : {}), readOn: PAGES_READ_ON };
}

export const SOURCES = {
  watchguardRmm: vendorPage(
    'WatchGuard',
    'Configure the WatchGuard Cloud and ConnectWise RMM Connection',
    'https://www.watchguard.com/help/docs/help-center/en-us/Content/en-US/Endpoint-Security/plugins/connectwise-rmm/configure_plugin.html',
  ),
  watchguardPsa: vendorPage(
    'WatchGuard',
    'ConnectWise Manage PSA Tool Integration Settings (WatchGuard Cloud)',
    'https://www.watchguard.com/help/docs/help-center/en-us/content/en-US/WG-Cloud/psa_integration/integrate_connectwise_psa.html',
  ),
  threatlocker: vendorPage(
    'ThreatLocker',
    'ConnectWise Manage Custom Integration',
    'https://threatlocker.kb.help/connectwise-manage-custom-integration',
    'last update 2024-04-19',
  ),
  ninjaone: vendorPage(
    'NinjaOne',
    'ConnectWise Manage REST API Key Setup Guide',
    'https://www.ninjaone.com/docs/integrations/service-automation-and-management-psa-and-itsm/connectwise-manage/manage-rest-api-key-setup/',
  ),
  rewst: vendorPage(
    'Rewst',
    'ConnectWise Automate integration (least privilege access guide)',
    'https://docs.rewst.help/documentation/integrations/rmm/connectwise-automate/least-privilege-access-guide-for-connectwise-automate-integration',
  ),
  manageApiNotes: {
    vendor: 'ConnectWise (research notes)',
    title: 'Vendor HTTP API reference §1.10 Security modules, functions and level semantics',
    document: 'reference/vendor-apis.md',
  },
  automateSpec: {
    vendor: 'ConnectWise',
    title: 'Automate REST API OpenAPI specification (System)',
    document: 'reference/specs/automate/System.json',
  },
} as const satisfies Record<string, SourceRef>;

/** "Vendor: Title (document; page date; read on)", the form used in exports and tooltips. */
export function formatSource(source: SourceRef): string {
  const dates = [
    source.published ? `page: ${source.published}` : undefined,
    source.readOn ? `read ${source.readOn}` : undefined,
  ].filter(Boolean);
  return `${source.vendor}: ${source.title} (${[source.document, ...dates].join('; ')})`;
}
