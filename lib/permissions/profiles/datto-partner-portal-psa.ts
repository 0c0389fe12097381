import type { ManageProfileInput } from '../schema';
import { vendorPage } from '../sources';
import { row } from './table';

const source = vendorPage(
  'Datto (Kaseya)',
  'Datto Partner Portal KB: ConnectWise Manage API permissions',
  'https://continuity.datto.com/help/Content/kb/siris-alto-nas/KB370000000027.htm',
);

/**
 * The Datto Partner Portal integration (SIRIS, ALTO, NAS backup appliances). The table writes
 * "N/A" for actions it does not need (transcribed as None) and "Table Setup (Customize)"
 * without saying which tables to allow. The legacy "ConnectWise 2.0" KB (kb.datto.com
 * 360000564063) gave a shorter list without Table Setup; this profile follows the current one.
 */
export const dattoPartnerPortalPsa: ManageProfileInput = {
  id: 'datto-partner-portal-psa',
  title: 'Datto Partner Portal (BCDR) → ConnectWise Manage',
  vendor: 'Datto (Kaseya)',
  product: 'manage',
  kind: 'backup',
  source,
  strictness: 'minimum',
  strictnessNote: 'Levels for the portal integration; "N/A" cells in the table are read as not needed.',
  acceptsAdminRole: false,
  revision: 1,
  checkedOn: '2026-12-01',
  // biome-ignore format: one line per row of the source table
  requirements: [
    row(source, 'Companies', 'Company Maintenance', '0/0/0/A'),
    row(source, 'Companies', 'Company/Contact Group Maintenance', '0/0/0/A'),
    row(source, 'Companies', 'Configurations', 'A/A/0/A'),
    row(source, 'Companies', 'Contacts', '0/0/0/A'),
    row(source, 'Finance', 'Agreements', 'A/0/0/A'),
    row(source, 'Procurement', 'Product Catalog', 'A/0/0/A'),
    row(source, 'Service Desk', 'Service Tickets', 'A/A/0/A'),
    row(source, 'System', 'Table Setup', 'A/0/0/A', {
      note: 'The source writes "Table Setup (Customize)" but does not list the tables to allow.',
    }),
  ],
  manualChecks: [],
};
