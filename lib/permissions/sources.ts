/**
 * The vendor documents the catalogue is built from (copies in shared/seeds/, described in its
 * README). Every requirement and check cites one of these, so a reader can go back to the page a
 * fact came from and notice when the vendor changes it.
 */
export interface SourceRef {
  vendor: string;
  title: string;
  /** Our stored copy of the document. */
  document: string;
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

/** "Vendor: Title (document)", the form used in exports and tooltips. */
export function formatSource(source: SourceRef): string {
  return `${source.vendor}: ${source.title} (${source.document})`;
}
