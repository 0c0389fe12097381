import type { ManageProfileInput } from '../schema';
import { vendorPage } from '../sources';
import { row } from './table';

const source = vendorPage(
  'Cyberfox',
  'AutoElevate: ConnectWise Manage - Permissions for API Member Security Role',
  'https://support.cyberfox.com/en_US/360028783331-connectwise-manage-permissions-for-api-member-security-role',
);

const SINGLE = 'The stored table lost its cell positions: a row with one "All" is read as Inquire.';
const TWO = 'The stored table lost its cell positions: two "All" cells are read as the last two columns.';

/**
 * Cyberfox AutoElevate. The table has Add, Edit and Inquire columns only (Delete is never
 * asked for); rows whose cells are fewer than three were shifted in our copy, so which column
 * they belong to is our reading (marked inferred). Rows marked † on the page are only for
 * Technician Mode Ticketing, an optional feature here.
 */
export const autoelevatePsa: ManageProfileInput = {
  id: 'autoelevate-psa',
  title: 'Cyberfox AutoElevate → ConnectWise Manage',
  vendor: 'Cyberfox',
  product: 'manage',
  kind: 'security',
  source,
  strictness: 'minimum',
  strictnessNote: 'Levels per the Add/Edit/Inquire table; several cells’ columns are our reading.',
  acceptsAdminRole: false,
  revision: 1,
  checkedOn: '2026-12-01',
  optionalFeatures: [
    {
      id: 'technician-mode-ticketing',
      title: 'Technician Mode Ticketing',
      detail: 'The rows the page marks † (agreements, billing time, closing tickets, editing time entries).',
    },
  ],
  // biome-ignore format: one line per row of the source table
  requirements: [
    row(source, 'Companies', 'Company Maintenance', '-/-/-/A', { inferred: true, basis: SINGLE }),
    row(source, 'Companies', 'Configurations', '-/-/-/A', { inferred: true, basis: SINGLE }),
    row(source, 'Finance', 'Billing View Time', '-/A/-/A', { feature: 'technician-mode-ticketing', inferred: true, basis: TWO }),
    row(source, 'Finance', 'Agreements', '-/-/-/A', { feature: 'technician-mode-ticketing', inferred: true, basis: SINGLE }),
    row(source, 'Service Desk', 'Close Service Tickets', '-/A/-/A', { feature: 'technician-mode-ticketing', inferred: true, basis: TWO }),
    row(source, 'Service Desk', 'Resource Scheduling', 'A/A/-/A'),
    row(source, 'Service Desk', 'Service Tickets', 'M/A/-/A'),
    row(source, 'System', 'Member Maintenance', '-/-/-/A', { inferred: true, basis: SINGLE }),
    row(source, 'System', 'My Company', '-/-/-/A', { inferred: true, basis: SINGLE }),
    row(source, 'System', 'Table Setup', 'A/-/-/A', { inferred: true, basis: 'Two "All" cells; read as Add and Inquire (Table Setup rows elsewhere pair those).' }),
    row(source, 'Time & Expense', 'Time Entry', 'A/-/-/A'),
    row(source, 'Time & Expense', 'Time Entry', '-/A/-/-', { feature: 'technician-mode-ticketing' }),
    row(source, 'Time & Expense', 'Time Entry Billable Option', 'A/-/-/A', { inferred: true, basis: 'Two "All" cells; read as Add and Inquire.' }),
  ],
  customize: [
    {
      module: 'Companies',
      function: 'Configurations',
      list: 'allow',
      entries: ['Managed Server', 'Managed Workstation'],
      note: 'And any other configuration type for computers AutoElevate is installed on.',
      source,
    },
    {
      module: 'Service Desk',
      function: 'Resource Scheduling',
      list: 'allow',
      entries: ['The company levels the role needs scheduling access for'],
      source,
    },
    {
      module: 'System',
      function: 'Table Setup',
      list: 'allow',
      entries: ['General / Manage Hosted API', 'Service / Service Board'],
      source,
    },
  ],
};
