import type { ManageProfileInput } from '../schema';
import { vendorPage } from '../sources';
import { row } from './table';

const source = vendorPage(
  'N-able',
  'N-sight RMM: Create a Custom Security Role (ConnectWise Manage)',
  'https://documentation.n-able.com/remote-management/userguide/Content/connectwise_manage_custom_role.htm',
);

/**
 * N-able N-sight RMM. The page's short table is transcribed as published, including cells that
 * look odd (Delete without Edit on Company Maintenance and Time Entry; Delete on Table Setup).
 * One version of the page shows every module's full grid, which also sets Marketing › Marketing
 * Groups; the short table leaves that row out, so it is kept as an inferred row.
 */
export const nSightPsa: ManageProfileInput = {
  id: 'n-sight-psa',
  title: 'N-able N-sight RMM → ConnectWise Manage',
  vendor: 'N-able',
  product: 'manage',
  kind: 'rmm',
  source,
  strictness: 'minimum',
  strictnessNote: 'A custom role instead of Admin; copied as published, odd-looking cells included.',
  acceptsAdminRole: true,
  revision: 1,
  checkedOn: '2026-12-01',
  // biome-ignore format: one line per row of the source table
  requirements: [
    row(source, 'Companies', 'Company Maintenance', 'A/0/A/A'),
    row(source, 'Companies', 'Configurations', 'A/A/0/A'),
    row(source, 'Marketing', 'Marketing Groups', '0/A/A/A', {
      inferred: true,
      basis: 'Only in the full-grid version of the page; the short table does not list it.',
    }),
    row(source, 'Project', 'Project Tickets', '0/0/0/A'),
    row(source, 'Service Desk', 'Close Service Tickets', '0/A/0/A'),
    row(source, 'Service Desk', 'Service Tickets', 'A/A/A/A'),
    row(source, 'System', 'API Reports', '0/0/0/A'),
    row(source, 'System', 'Member Maintenance', '0/0/0/A'),
    row(source, 'System', 'Table Setup', '0/0/A/A'),
    row(source, 'Time & Expenses', 'Time Entry', 'A/0/A/A'),
  ],
  manualChecks: [],
};
