import type { ManageProfileInput } from '../schema';
import { vendorPage } from '../sources';
import { row } from './table';

const source = vendorPage(
  'MSP360',
  'MSP360 Managed Backup: Required Permissions for ConnectWise Manage Security Role (m0428)',
  'https://help.mspbackups.com/integrations/connectwise-manage/required-permissions',
  'Last Modified 29-Sep-2024',
);

/** MSP360 Managed Backup: the article lists functions per level (Inquire, Edit, Add) at All. */
export const msp360Psa: ManageProfileInput = {
  id: 'msp360-psa',
  title: 'MSP360 Managed Backup → ConnectWise Manage',
  vendor: 'MSP360',
  product: 'manage',
  kind: 'backup',
  source,
  strictness: 'minimum',
  strictnessNote: 'Per-level lists from the article; Delete is never asked for.',
  acceptsAdminRole: false,
  revision: 1,
  checkedOn: '2026-12-01',
  // biome-ignore format: one line per function, cells gathered from the article's three lists
  requirements: [
    row(source, 'Companies', 'Company Maintenance', '-/-/-/A'),
    row(source, 'Companies', 'Contacts', '-/-/-/A'),
    row(source, 'Service Desk', 'Close Service Tickets', '-/A/-/A'),
    row(source, 'Service Desk', 'Service Tickets', 'A/A/-/A'),
    row(source, 'Finance', 'Agreements', 'A/A/-/A'),
    row(source, 'Finance', 'Company Finance', 'A/A/-/A'),
    row(source, 'Procurement', 'Product Catalog', '-/-/-/A'),
    row(source, 'Procurement', 'Products', '-/-/-/A'),
    row(source, 'Procurement', 'Product Billable Option', 'A/A/-/A'),
    row(source, 'System', 'Table Setup', '-/-/-/A'),
  ],
  customize: [
    {
      module: 'System',
      function: 'Table Setup',
      list: 'allow',
      entries: ['Service / Service Board'],
      source,
    },
  ],
};
