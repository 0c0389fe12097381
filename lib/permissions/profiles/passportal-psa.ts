import type { ManageProfileInput } from '../schema';
import { vendorPage } from '../sources';
import { row } from './table';

const source = vendorPage(
  'N-able',
  'Passportal: Create a custom Security Role (ConnectWise Manage)',
  'https://documentation.n-able.com/passportal/userguide/Content/psa-integ/cwpsa-create-custom-security-role.htm',
);

/** N-able Passportal's custom role: every listed row at All for all four actions. */
export const passportalPsa: ManageProfileInput = {
  id: 'passportal-psa',
  title: 'N-able Passportal → ConnectWise Manage',
  vendor: 'N-able',
  product: 'manage',
  kind: 'documentation',
  source,
  strictness: 'minimum',
  strictnessNote: 'A custom role instead of Admin; every listed right at All, including System › Security.',
  acceptsAdminRole: true,
  revision: 1,
  checkedOn: '2026-12-01',
  // biome-ignore format: one line per row of the source table
  requirements: [
    row(source, 'Companies', 'Company Maintenance', 'A/A/A/A'),
    row(source, 'Companies', 'Configurations', 'A/A/A/A'),
    row(source, 'Companies', 'Contacts', 'A/A/A/A'),
    row(source, 'System', 'Member Maintenance', 'A/A/A/A'),
    row(source, 'System', 'Security', 'A/A/A/A', {
      note: 'Lets the API member change security roles, its own included.',
    }),
    row(source, 'System', 'Table Setup', 'A/A/A/A'),
  ],
  manualChecks: [],
};
