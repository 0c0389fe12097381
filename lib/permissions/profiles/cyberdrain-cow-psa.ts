import type { ManageProfileInput } from '../schema';
import { vendorPage } from '../sources';
import { row } from './table';

const source = vendorPage(
  'CyberDrain',
  'CoW docs: Connectwise Permissions (warranty sync)',
  'https://github.com/CyberDrain/CoW-Docs/blob/f648bdb4a2a4b71718b5b3cc3d487395546cb66b/inputs/psa-integrations/connectwise-psa/connectwise-permissions.md',
  'commit f648bdb',
);

const TABLE_ENTRY =
  'The document lists this as a function; in Manage it is a Table Setup table, so it is a Customize entry here.';

/**
 * CyberDrain's warranty sync (by the CIPP authors). The stored version lists "Company Statuses",
 * "Company Types", "Configuration Types" and "Configuration Statuses" as functions of a
 * "Configuration" module; Manage has no such functions, they are Table Setup tables, so they are
 * encoded as Table Setup with an allow list (our reading, marked inferred).
 */
export const cyberdrainCowPsa: ManageProfileInput = {
  id: 'cyberdrain-cow-psa',
  title: 'CyberDrain CoW (warranty sync) → ConnectWise Manage',
  vendor: 'CyberDrain',
  product: 'manage',
  kind: 'lifecycle',
  source,
  strictness: 'minimum',
  strictnessNote: 'Least privilege for warranty sync: read companies, read and edit configurations.',
  acceptsAdminRole: false,
  revision: 1,
  checkedOn: '2026-12-01',
  // biome-ignore format: one line per row of the source table
  requirements: [
    row(source, 'Companies', 'Company Maintenance', '-/-/-/A'),
    row(source, 'Companies', 'Configurations', '-/A/-/A', { note: 'Listed under a "Configuration" module; the function is in Companies.' }),
    row(source, 'System', 'Table Setup', '-/-/-/A', { inferred: true, basis: TABLE_ENTRY }),
  ],
  customize: [
    {
      module: 'System',
      function: 'Table Setup',
      list: 'allow',
      entries: [
        'Company / Company Status',
        'Company / Company Type',
        'Company / Configuration',
        'Company / Configuration Status',
      ],
      note: TABLE_ENTRY,
      source,
    },
  ],
};
