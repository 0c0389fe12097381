import type { ManageProfileInput } from '../schema';
import { vendorPage } from '../sources';
import { row } from './table';

const source = vendorPage(
  'Barracuda',
  'Barracuda Intronis Backup: Task 1. Configuring New ConnectWise Manage Security Role',
  'https://campus.barracuda.com/doc/96025464/',
);

/**
 * Barracuda Intronis Backup (formerly ECHOplatform): a full grid of every function. Only rows
 * above None are encoded. The stored copy is cut inside the Project module. It grants Edit on
 * configuration passwords. (Barracuda's MSP App page, doc 169706213, differs on that row.)
 */
export const barracudaIntronisPsa: ManageProfileInput = {
  id: 'barracuda-intronis-psa',
  title: 'Barracuda Intronis Backup → ConnectWise Manage',
  vendor: 'Barracuda',
  product: 'manage',
  kind: 'backup',
  source,
  strictness: 'minimum',
  strictnessNote: 'A full grid, cut in the Project module; rows after it are unknown.',
  acceptsAdminRole: false,
  revision: 1,
  checkedOn: '2026-12-01',
  partial: {
    shownUpTo: 'Project › Project Contacts (its cells are cut)',
    note: 'The rest of Project and the Procurement, Sales, Service Desk, System and Time & Expense grids are unknown.',
  },
  // biome-ignore format: one line per row of the source grid
  requirements: [
    row(source, 'Companies', 'Company Maintenance', '0/A/0/A'),
    row(source, 'Companies', 'Company/Contact Group Maintenance', '0/0/0/A'),
    row(source, 'Companies', 'Configuration – Display Passwords', '0/A/0/A'),
    row(source, 'Companies', 'Configurations', 'A/A/0/A'),
    row(source, 'Companies', 'Contacts', '0/0/0/A'),
    row(source, 'Companies', 'CRM/Sales Activities', '0/A/0/A'),
    row(source, 'Companies', 'Management', '0/0/0/A'),
    row(source, 'Finance', 'Accounting Interface', 'A/A/0/A'),
    row(source, 'Finance', 'Agreement Invoicing', 'A/A/0/A'),
    row(source, 'Finance', 'Agreement Sales', 'A/A/0/A'),
    row(source, 'Finance', 'Agreements', 'A/A/0/A'),
    row(source, 'Finance', 'Billing Rate Maintenance', 'A/A/0/A'),
    row(source, 'Finance', 'Billing View Time', 'A/A/0/A'),
    row(source, 'Finance', 'Company Finance', '0/0/0/A'),
    row(source, 'Finance', 'Financial Dashboard', 'A/A/0/A'),
    row(source, 'Finance', 'Invoice Approval', 'A/A/0/A'),
    row(source, 'Finance', 'Invoicing', 'A/A/0/A'),
    row(source, 'Finance', 'Reports', 'A/A/0/A'),
    row(source, 'Project', 'Close Project Tickets', '0/A/0/A'),
  ],
};
