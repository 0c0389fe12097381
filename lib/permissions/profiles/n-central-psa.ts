import type { ManageProfileInput } from '../schema';
import { vendorPage } from '../sources';
import { row } from './table';

const source = vendorPage(
  'N-able',
  'N-central: ConnectWise Manage API Member security matrix',
  'https://documentation.n-able.com/N-central/userguide/Content/Administration/PSA_Integration/ConnectWise/PSA_ConnectWise_Member_Permissions.htm',
);

/**
 * N-able N-central's minimum role. Two rows are needed only for one feature each, as the page
 * marks them. The page spells "Close Service Ticket" and the module "Time and Expense".
 */
export const nCentralPsa: ManageProfileInput = {
  id: 'n-central-psa',
  title: 'N-able N-central → ConnectWise Manage',
  vendor: 'N-able',
  product: 'manage',
  kind: 'rmm',
  source,
  strictness: 'minimum',
  strictnessNote:
    'The minimum role permissions N-central needs; two rows only for the features that use them.',
  acceptsAdminRole: false,
  revision: 1,
  checkedOn: '2026-12-01',
  optionalFeatures: [
    {
      id: 'billing-profiles',
      title: 'Billing Profiles',
      detail: 'Updates agreement additions from device counts; needs Finance › Agreements.',
    },
    {
      id: 'time-entries',
      title: 'Time entries against tickets',
      detail: 'N-central creating time entries on tickets; needs Finance › Billing View Time.',
    },
  ],
  // biome-ignore format: one line per row of the source table
  requirements: [
    row(source, 'Companies', 'Company Maintenance', '-/-/-/A'),
    row(source, 'Companies', 'Configurations', 'A/A/A/A'),
    row(source, 'Companies', 'Contacts', '-/-/-/A'),
    row(source, 'Finance', 'Agreements', '-/A/-/A', { feature: 'billing-profiles' }),
    row(source, 'Finance', 'Billing View Time', '-/-/-/A', { feature: 'time-entries' }),
    row(source, 'Procurement', 'Product Catalog', '-/-/-/A'),
    row(source, 'Service Desk', 'Close Service Ticket', 'A/A/A/A'),
    row(source, 'Service Desk', 'Resource Scheduling', 'A/-/A/A'),
    row(source, 'Service Desk', 'Service Tickets', 'M/M/M/M'),
    row(source, 'System', 'API Reports', '-/-/-/A'),
    row(source, 'System', 'Member Maintenance', '-/-/-/A'),
    row(source, 'System', 'Table Setup', '-/-/-/A'),
    row(source, 'Time and Expense', 'Time Entry', 'A/-/-/A'),
  ],
  manualChecks: [],
};
