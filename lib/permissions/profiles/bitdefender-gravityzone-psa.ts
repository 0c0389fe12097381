import type { ManageProfileInput } from '../schema';
import { vendorPage } from '../sources';
import { row } from './table';

const source = vendorPage(
  'Bitdefender',
  'GravityZone: ConnectWise PSA – Configuring the integration',
  'https://bitdefender.com/business/support/en/77211-1067516-configuring-the-integration.html',
);

/**
 * Bitdefender GravityZone's ConnectWise PSA app (billing and ticketing). Older Manage versions
 * (before 2017.5) show Product Catalog as "Product Entry"; both names resolve to one function.
 */
export const bitdefenderGravityzonePsa: ManageProfileInput = {
  id: 'bitdefender-gravityzone-psa',
  title: 'Bitdefender GravityZone → ConnectWise PSA',
  vendor: 'Bitdefender',
  product: 'manage',
  kind: 'security',
  source,
  strictness: 'minimum',
  strictnessNote: 'The permissions the security role needs; Table Setup may be customized.',
  acceptsAdminRole: false,
  revision: 1,
  checkedOn: '2026-12-01',
  // biome-ignore format: one line per row of the source list
  requirements: [
    row(source, 'Companies', 'Company Maintenance', '-/-/-/A'),
    row(source, 'Finance', 'Agreements', 'A/A/-/A', { note: 'Not available on Basic plan accounts, the page says.' }),
    row(source, 'Procurement', 'Products', '-/-/-/A'),
    row(source, 'Procurement', 'Product Catalog', '-/-/-/A'),
    row(source, 'Project', 'Project Ticket Tasks', '-/-/-/A'),
    row(source, 'Project', 'Project Tickets', '-/-/-/A'),
    row(source, 'Service Desk', 'Service Tickets', 'A/-/-/A'),
    row(source, 'System', 'Table Setup', '-/-/-/A', { note: 'Written "Table Setup (customize)"; the page names no tables.' }),
  ],
};
