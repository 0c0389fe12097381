import type { ManageProfileInput } from '../schema';
import { vendorPage } from '../sources';
import { row } from './table';

const source = vendorPage(
  'ImmyBot',
  'ImmyBot docs: ConnectWise Manage Integration (connectwise-manage-integration-setup.md)',
  'https://github.com/immense/immybot-documentation/blob/0afa27350ea078258fc4bc6d43899dc599fffe1d/src/guide/connectwise-manage-integration-setup.md',
  'commit 0afa273',
);

/** ImmyBot deploys software by agreement type and addition: read-only rights. */
export const immybotPsa: ManageProfileInput = {
  id: 'immybot-psa',
  title: 'ImmyBot → ConnectWise Manage',
  vendor: 'ImmyBot',
  product: 'manage',
  kind: 'automation',
  source,
  strictness: 'minimum',
  strictnessNote: 'Inquire All on the five rows the guide lists.',
  acceptsAdminRole: false,
  revision: 1,
  checkedOn: '2026-12-01',
  // biome-ignore format: one line per row of the source list
  requirements: [
    row(source, 'Company', 'Company Maintenance', '-/-/-/A'),
    row(source, 'Finance', 'Agreements', '-/-/-/A'),
    row(source, 'Procurement', 'Product Catalog', '-/-/-/A'),
    row(source, 'Procurement', 'Product', '-/-/-/A', { note: 'The guide writes "Product"; the function is Products.' }),
    row(source, 'System', 'API Reports', '-/-/-/A'),
  ],
};
