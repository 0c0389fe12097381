import type { ManageProfileInput, SourceRefInput } from '../schema';
import { vendorPage } from '../sources';
import { row } from './table';

const source = vendorPage(
  'Team GPS',
  'Team GPS: Custom ConnectWise Manage Security Role',
  'https://teamgps.freshdesk.com/support/solutions/articles/70000587077',
);

/**
 * The Team GPS role table. SmileBack (now part of Team GPS) publishes the same table on its own
 * page, plus one row; both profiles build theirs here, each citing its own page.
 */
export function teamGpsRows(source: SourceRefInput) {
  // biome-ignore format: one line per row of the source table
  return [
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
  ];
}

/** Both pages offer the same optional narrowing of Table Setup. */
export function teamGpsCustomize(source: SourceRefInput) {
  return [
    {
      module: 'System',
      function: 'Table Setup',
      list: 'allow' as const,
      entries: ['Service / Service Board', 'Service / Surveys - Service'],
      optional: true,
      source,
    },
  ];
}

/** Team GPS (customer feedback and team performance). */
export const teamGpsPsa: ManageProfileInput = {
  id: 'team-gps-psa',
  title: 'Team GPS → ConnectWise Manage',
  vendor: 'Team GPS',
  product: 'manage',
  kind: 'customer-experience',
  source,
  strictness: 'minimum',
  strictnessNote: 'Only the permissions the integration needs, by the article; Table Setup can be narrowed.',
  acceptsAdminRole: false,
  revision: 1,
  checkedOn: '2026-12-01',
  requirements: teamGpsRows(source),
  customize: teamGpsCustomize(source),
};
