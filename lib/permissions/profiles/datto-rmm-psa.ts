import type { ManageProfileInput } from '../schema';
import { vendorPage } from '../sources';
import { row } from './table';

const source = vendorPage(
  'Datto (Kaseya)',
  'Datto RMM help: ConnectWise PSA Integration',
  'https://rmm.datto.com/help/en/Content/2SETUP/Integrations/3rdPartyIntegrations/ConnectWise.htm',
);

/**
 * Datto RMM's ticketing and configuration sync. The current help page; an older copy
 * (aem-help-wip…/ConnectWise.htm) lacked Manage Attachments, Agreements and Product Catalog.
 */
export const dattoRmmPsa: ManageProfileInput = {
  id: 'datto-rmm-psa',
  title: 'Datto RMM → ConnectWise PSA',
  vendor: 'Datto (Kaseya)',
  product: 'manage',
  kind: 'rmm',
  source,
  strictness: 'minimum',
  strictnessNote: 'The security role the help page tells you to create; it says nothing about other rights.',
  acceptsAdminRole: false,
  revision: 1,
  checkedOn: '2026-12-01',
  // biome-ignore format: one line per row of the source table
  requirements: [
    row(source, 'Companies', 'Company Maintenance', '0/0/0/A'),
    row(source, 'Companies', 'Configurations', 'A/A/0/A'),
    row(source, 'Companies', 'Manage Attachments', 'A/0/0/A'),
    row(source, 'Companies', 'Management', '0/0/0/A'),
    row(source, 'Finance', 'Agreements', '0/A/0/A'),
    row(source, 'Procurement', 'Product Catalog', '0/0/0/A'),
    row(source, 'Service Desk', 'Close Service Tickets', '0/A/0/A'),
    row(source, 'Service Desk', 'Service Tickets', 'A/A/0/A'),
    row(source, 'Service Desk', 'SLA Dashboard', '0/0/0/A'),
    row(source, 'System', 'API Reports', '0/0/0/A'),
    row(source, 'System', 'System Reports', '0/0/0/A'),
    row(source, 'System', 'Table Setup', 'A/0/0/A'),
  ],
  manualChecks: [
    {
      id: 'datto-rmm-psa-edition',
      title: 'ConnectWise PSA Standard or Premium',
      detail: 'The integration does not support ConnectWise PSA Basic.',
      source,
    },
    {
      id: 'datto-rmm-psa-on-premise-ips',
      title: 'On-premise PSA: allow Datto RMM’s outbound IP addresses',
      detail: 'An on-premise server must accept connections from the addresses Datto lists per platform.',
      source,
    },
  ],
};
