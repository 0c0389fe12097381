/**
 * The vendor documents the catalogue is built from (copies in shared/seeds/, described in its
 * README). Every requirement and check cites one of these, so a reader can go back to the page a
 * fact came from and notice when the vendor changes it.
 */
export interface SourceRef {
  vendor: string;
  title: string;
  /** Our stored copy of the document, or the page address for a page read with the search tool. */
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
  watchguardRmm: {
    vendor: 'WatchGuard',
    title: 'Configure the WatchGuard Cloud and ConnectWise RMM Connection',
    document: 'seeds/000',
  },
  watchguardPsa: {
    vendor: 'WatchGuard',
    title: 'ConnectWise Manage PSA Tool Integration Settings (WatchGuard Cloud)',
    document: 'seeds/001',
  },
  threatlocker: {
    vendor: 'ThreatLocker',
    title: 'ConnectWise Manage Custom Integration',
    document: 'seeds/002',
  },
  ninjaone: {
    vendor: 'NinjaOne',
    title: 'ConnectWise Manage REST API Key Setup Guide',
    document: 'seeds/003',
  },
  rewst: {
    vendor: 'Rewst',
    title: 'ConnectWise Automate integration (least privilege access guide)',
    document: 'seeds/004',
  },
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
