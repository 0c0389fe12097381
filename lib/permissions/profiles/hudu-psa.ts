import type { ManageProfileInput } from '../schema';
import { vendorPage } from '../sources';
import { row } from './table';

const source = vendorPage(
  'Hudu',
  'Hudu: Setting up the ConnectWise Manage Integration',
  'https://support.hudu.com/hc/en-us/articles/360043891234-Setting-up-the-ConnectWise-Manage-Integration',
);

/**
 * Hudu's role (the older article, complete in our copy; the newer article 9422786926615 starts
 * with the same rows and is cut off). It reads configuration passwords.
 */
export const huduPsa: ManageProfileInput = {
  id: 'hudu-psa',
  title: 'Hudu → ConnectWise Manage',
  vendor: 'Hudu',
  product: 'manage',
  kind: 'documentation',
  source,
  strictness: 'minimum',
  strictnessNote: 'The roles the article lists; it recommends the highest member level for the API member.',
  acceptsAdminRole: false,
  revision: 1,
  checkedOn: '2026-12-01',
  // biome-ignore format: one line per row of the source table
  requirements: [
    row(source, 'Companies', 'Company Maintenance', 'A/A/0/A'),
    row(source, 'Companies', 'Configuration - Display Passwords', '0/0/0/A'),
    row(source, 'Companies', 'Configurations', 'A/A/0/A'),
    row(source, 'Companies', 'Contacts', 'A/A/0/A'),
    row(source, 'Service Desk', 'Service Tickets', '0/0/0/A'),
    row(source, 'System', 'API Reports', 'A/A/0/A'),
    row(source, 'System', 'Member Maintenance', '0/0/0/A'),
    row(source, 'System', 'Table Setup', '0/0/0/A'),
    row(source, 'Finance', 'Agreements', '0/0/0/A'),
  ],
  manualChecks: [
    {
      id: 'hudu-api-member-license-class',
      title: 'API member: License Class "API"',
      detail: 'Create the member under API Members with License Class API and the role above.',
      source,
    },
  ],
};
