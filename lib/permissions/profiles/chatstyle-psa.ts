import type { ManageProfileInput } from '../schema';
import { vendorPage } from '../sources';
import { row } from './table';

const source = vendorPage(
  'ChatStyle',
  'ChatStyle: ConnectWise Manage API User',
  'https://docs.chatstyle.ai/docs/connectwise-manage-api-user/',
);

/** ChatStyle (AI chat playbooks). Table Setup › Add is needed only while setting up. */
export const chatstylePsa: ManageProfileInput = {
  id: 'chatstyle-psa',
  title: 'ChatStyle → ConnectWise Manage',
  vendor: 'ChatStyle',
  product: 'manage',
  kind: 'ai',
  source,
  strictness: 'minimum',
  strictnessNote: 'The settings most playbooks need; some playbooks may need more.',
  acceptsAdminRole: false,
  revision: 1,
  checkedOn: '2026-12-01',
  optionalFeatures: [
    {
      id: 'initial-setup',
      title: 'Initial setup or base-data refresh',
      detail: 'Registering ChatStyle as a ticket source needs Add on Table Setup; remove it afterwards.',
    },
  ],
  // biome-ignore format: one line per row of the source table
  requirements: [
    row(source, 'Companies', 'Company Maintenance', '0/0/0/A'),
    row(source, 'Companies', 'Company / Contact Group Maintenance', '0/0/0/A'),
    row(source, 'Companies', 'Contacts', '0/0/0/A'),
    row(source, 'Companies', 'Manage Attachments', 'A/A/0/A'),
    row(source, 'Companies', 'Notes', 'A/A/0/A'),
    row(source, 'Companies', 'Team Members', '0/0/0/A'),
    row(source, 'Project', 'Project Management', '0/0/0/A'),
    row(source, 'Project', 'Project Tickets', '0/0/0/A'),
    row(source, 'Service Desk', 'Close Service Tickets', 'A/A/0/A'),
    row(source, 'Service Desk', 'Resource Scheduling', 'A/A/A/A'),
    row(source, 'Service Desk', 'Service Tickets', 'A/A/0/A'),
    row(source, 'System', 'Member Maintenance', '0/0/0/A'),
    row(source, 'System', 'Table Setup', '-/0/0/A'),
    row(source, 'System', 'Table Setup', 'A/-/-/-', { feature: 'initial-setup' }),
  ],
};
