import type { ManageProfileInput } from '../schema';
import { vendorPage } from '../sources';
import { row } from './table';

const source = vendorPage(
  'ManageEngine',
  'Endpoint Central MSP: ConnectWise PSA roles and permissions',
  'https://manageengine.com/in/desktop-management-msp/connectwise-roles-permissions.html',
);

/** ManageEngine Endpoint Central MSP. The page gives three small tables; all are encoded. */
export const manageengineEndpointCentralPsa: ManageProfileInput = {
  id: 'manageengine-endpoint-central-psa',
  title: 'ManageEngine Endpoint Central MSP → ConnectWise PSA',
  vendor: 'ManageEngine',
  product: 'manage',
  kind: 'rmm',
  source,
  strictness: 'minimum',
  strictnessNote: 'The rights the page lists; "-" cells are read as not needed.',
  acceptsAdminRole: false,
  revision: 1,
  checkedOn: '2026-12-01',
  // biome-ignore format: one line per row of the source tables
  requirements: [
    row(source, 'Companies', 'Company Maintenance', '-/-/-/A'),
    row(source, 'System', 'Table Setup', '-/-/-/A'),
    row(source, 'Companies', 'Configurations', 'A/A/-/A'),
    row(source, 'Companies', 'Manage Attachments', 'A/-/-/A'),
    row(source, 'Service Desk', 'Service Tickets', 'A/A/-/A'),
  ],
};
