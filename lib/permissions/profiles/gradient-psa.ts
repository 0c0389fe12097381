import type { ManageProfileInput } from '../schema';
import { vendorPage } from '../sources';
import { row } from './table';

const source = vendorPage(
  'Gradient MSP',
  'Gradient MSP: ConnectWise Manage Integration Guide',
  'https://support.meetgradient.com/cwmanage-integration',
);

/**
 * Gradient MSP's Synthesize billing platform (current guide). An older version of the page
 * added the ticket rows only for Alerts; the current one lists them for everyone. The separate
 * troubleshooting page (…/cwtroubleshooting) gives a different list; this profile follows the
 * integration guide.
 */
export const gradientPsa: ManageProfileInput = {
  id: 'gradient-psa',
  title: 'Gradient MSP (Synthesize) → ConnectWise Manage',
  vendor: 'Gradient MSP',
  product: 'manage',
  kind: 'finance',
  source,
  strictness: 'minimum',
  strictnessNote: 'The security role the guide creates; agreement types the role disallows are not synced.',
  acceptsAdminRole: false,
  revision: 1,
  checkedOn: '2026-12-01',
  // biome-ignore format: one line per row of the source list
  requirements: [
    row(source, 'Companies', 'Company Maintenance', '-/-/-/A'),
    row(source, 'Finance', 'Agreement Sales', '-/-/-/A'),
    row(source, 'Finance', 'Agreements', 'A/A/-/A'),
    row(source, 'Procurement', 'Product Catalog', '-/-/-/A'),
    row(source, 'Procurement', 'Products', '-/-/-/A'),
    row(source, 'Service Desk', 'Close Service Tickets', 'A/A/-/A'),
    row(source, 'Service Desk', 'Merge Tickets', 'A/A/-/A'),
    row(source, 'Service Desk', 'Service Tickets', 'A/A/-/A'),
    row(source, 'System', 'Table Setup', 'A/-/-/A'),
  ],
  customize: [
    {
      module: 'Finance',
      function: 'Agreements',
      list: 'allow',
      entries: ['Every agreement type Gradient should sync'],
      note: 'Removing a type that was synced before may need Gradient support to clear and resync.',
      source,
    },
    {
      module: 'System',
      function: 'Table Setup',
      list: 'allow',
      entries: [
        'Company / Company Status',
        'Company / Company Type',
        'Invoicing / Billing Cycle',
        'Service / Service Board',
      ],
      source,
    },
  ],
  manualChecks: [
    {
      id: 'gradient-on-premise-requirements',
      title: 'On-premise PSA: chained certificate and Gradient’s IP addresses',
      detail:
        'A fully chained SSL certificate, the latest stable PSA version, and Gradient’s addresses allowed when access is IP-restricted.',
      source,
    },
  ],
};
