import type { ManageProfileInput } from '../schema';
import { vendorPage } from '../sources';
import { row } from './table';

const source = vendorPage(
  'Thread',
  'Thread: How to setup the ConnectWise PSA Ticketing Integration',
  'https://docs.getthread.com/article/53ai1f9qnb-creating-a-connect-wise-manage-api-user',
);

/**
 * Thread (messaging service desk). Its permissions overview (a7soczwphc) marks some rows as
 * reserved for planned features; the setup article is transcribed here and is cut inside the
 * System table.
 */
export const threadPsa: ManageProfileInput = {
  id: 'thread-psa',
  title: 'Thread → ConnectWise PSA',
  vendor: 'Thread',
  product: 'manage',
  kind: 'customer-experience',
  source,
  strictness: 'minimum',
  strictnessNote: 'Includes rights Thread reserves for planned features; the stored table is cut.',
  acceptsAdminRole: false,
  revision: 1,
  checkedOn: '2026-12-01',
  partial: {
    shownUpTo: 'System › Member Maintenance (My Account’s cells are cut)',
    note: 'System › My Account and anything after it are unknown.',
  },
  // biome-ignore format: one line per row of the source table
  requirements: [
    row(source, 'Companies', 'Company Maintenance', 'A/A/0/A'),
    row(source, 'Companies', 'Configurations', 'A/A/0/A'),
    row(source, 'Companies', 'Contacts', 'A/A/0/A'),
    row(source, 'Companies', 'CRM/Sales Activities', 'A/A/0/A'),
    row(source, 'Companies', 'Manage Attachments', 'A/A/0/A', { note: 'The page writes "Al" for Inquire; read as All.' }),
    row(source, 'Companies', 'Team Members', 'A/A/0/A'),
    row(source, 'Finance', 'Billing View Time', 'A/A/0/A'),
    row(source, 'Finance', 'Agreements', '0/0/0/A'),
    row(source, 'Projects', 'Project Tickets', 'A/A/0/A'),
    row(source, 'Sales', 'Opportunity', 'A/A/0/A'),
    row(source, 'Service Desk', 'Close Service Tickets', 'A/A/0/A'),
    row(source, 'Service Desk', 'Merge Tickets', 'A/A/0/A'),
    row(source, 'Service Desk', 'Resource Scheduling', 'A/A/A/A'),
    row(source, 'Service Desk', 'Service Ticket - Dependencies', 'A/A/0/A'),
    row(source, 'Service Desk', 'Service Tickets', 'A/A/0/A'),
    row(source, 'System', 'Data Import', '0/0/0/A'),
    row(source, 'System', 'Manage Hosted API', '0/0/0/A'),
    row(source, 'System', 'Member Maintenance', '0/0/0/A'),
  ],
};
