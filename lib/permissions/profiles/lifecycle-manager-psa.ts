import type { ManageProfileInput } from '../schema';
import { vendorPage } from '../sources';
import { row } from './table';

const source = vendorPage(
  'ScalePad',
  'ScalePad Lifecycle Manager: Integrating with ConnectWise Manage',
  'https://help.lifecyclemanager.com/hc/en-us/articles/17226900818587',
);

/** ScalePad Lifecycle Manager (all features). The stored table is cut at the Project module. */
export const lifecycleManagerPsa: ManageProfileInput = {
  id: 'lifecycle-manager-psa',
  title: 'ScalePad Lifecycle Manager → ConnectWise Manage',
  vendor: 'ScalePad',
  product: 'manage',
  kind: 'lifecycle',
  source,
  strictness: 'minimum',
  strictnessNote: 'Rights for every feature (the vendor advises granting them all at once); table cut.',
  acceptsAdminRole: false,
  revision: 1,
  checkedOn: '2026-12-01',
  partial: {
    shownUpTo: 'Project › Close Projects (its cells are cut)',
    note: 'The Project rows and everything after them, Table Setup rules included, are unknown.',
  },
  // biome-ignore format: one line per row of the source table
  requirements: [
    row(source, 'Companies', 'Company Maintenance', 'A/A/0/A'),
    row(source, 'Companies', 'Configurations', 'A/A/0/A'),
    row(source, 'Companies', 'Contacts', '0/0/0/A'),
    row(source, 'Companies', 'CRM/Sales Activities', '0/0/0/A'),
    row(source, 'Finance', 'Agreement Invoicing', '0/0/0/A'),
    row(source, 'Finance', 'Agreements', '0/0/0/A'),
    row(source, 'Finance', 'Invoicing', '0/0/0/A'),
    row(source, 'Procurement', 'Products', '0/0/0/A'),
  ],
  manualChecks: [
    {
      id: 'lifecycle-manager-hub-permission',
      title: 'ScalePad Hub: "Manage Sync Settings" permission',
      detail:
        'The person setting up the integration needs this Hub permission (and Manage administrator rights).',
      source,
    },
  ],
};
