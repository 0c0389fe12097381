import type { ManageProfileInput } from '../schema';
import { vendorPage } from '../sources';
import { row } from './table';

const source = vendorPage(
  'SmileBack',
  'SmileBack: Creating a custom security role in ConnectWise Manage',
  'https://help.smileback.com/hc/en-us/articles/115000428383-Creating-a-custom-security-role-in-ConnectWise-Manage',
);

/** SmileBack (ticket surveys): Team GPS's table plus Marketing Groups. */
export const smilebackPsa: ManageProfileInput = {
  id: 'smileback-psa',
  title: 'SmileBack → ConnectWise Manage',
  vendor: 'SmileBack',
  product: 'manage',
  kind: 'customer-experience',
  source,
  strictness: 'minimum',
  strictnessNote: 'Minimum permissions offered as an alternative to the Admin role.',
  acceptsAdminRole: true,
  revision: 1,
  checkedOn: '2026-12-01',
  // biome-ignore format: one line per row of the source table
  requirements: [
    row(source, 'Companies', 'Company Maintenance', '0/0/0/A'),
    row(source, 'Companies', 'Company/Contact Group Maintenance', '0/0/0/A'),
    row(source, 'Companies', 'Contacts', '0/0/0/A'),
    row(source, 'Companies', 'Surveys', 'A/0/0/A'),
    row(source, 'Project', 'Project Tickets', 'A/A/0/A'),
    row(source, 'Service Desk', 'Service Tickets', 'A/A/0/A'),
    row(source, 'Service Desk', 'Resource Scheduling', '0/0/0/A'),
    row(source, 'System', 'API Reports', '0/0/0/A'),
    row(source, 'System', 'Member Maintenance', '0/0/0/A'),
    row(source, 'System', 'Table Setup', 'A/0/0/A'),
    row(source, 'Time & Expense', 'Time Entry', '0/0/0/A'),
    row(source, 'Marketing', 'Marketing Groups', 'A/0/0/A'),
  ],
  customize: [
    {
      module: 'System',
      function: 'Table Setup',
      list: 'allow',
      entries: ['Service / Service Board', 'Service / Surveys - Service'],
      optional: true,
      source,
    },
  ],
};
