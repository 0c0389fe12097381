import type { ManageProfileInput } from '../schema';
import { vendorPage } from '../sources';
import { row } from './table';

const source = vendorPage(
  'Commvault',
  'Commvault 11.44: ConnectWise Manage Permissions',
  'https://documentation.commvault.com/11.44/software/connectwise_manage_permissions.html',
  'Commvault 11.44; ConnectWise API version 2024.8',
);

/** Commvault's PSA integration (billing by agreement additions; tickets only with Ticketing on). */
export const commvaultPsa: ManageProfileInput = {
  id: 'commvault-psa',
  title: 'Commvault → ConnectWise Manage',
  vendor: 'Commvault',
  product: 'manage',
  kind: 'backup',
  source,
  strictness: 'minimum',
  strictnessNote: 'The security modules the API account needs; tickets only when PSA Ticketing is on.',
  acceptsAdminRole: false,
  revision: 1,
  checkedOn: '2026-12-01',
  optionalFeatures: [
    { id: 'psa-ticketing', title: 'PSA Ticketing', detail: 'Creates service tickets from webhooks.' },
  ],
  // biome-ignore format: one line per row of the source tables
  requirements: [
    row(source, 'Companies', 'Company Maintenance', '0/0/0/A'),
    row(source, 'Companies', 'Contacts', '0/0/0/A'),
    row(source, 'Finance', 'Agreements', 'A/A/0/A'),
    row(source, 'Procurement', 'Product Catalog', 'A/A/0/A'),
    row(source, 'Service Desk', 'Service Tickets', 'A/A/0/A', { feature: 'psa-ticketing' }),
  ],
  manualChecks: [
    {
      id: 'commvault-client-id',
      title: 'API member requests carry a registered clientId',
      detail: 'Every authenticated request needs a ConnectWise clientId; register one for the integration.',
      source,
    },
  ],
};
