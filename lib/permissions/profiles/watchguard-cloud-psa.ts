import type { ManageProfileInput } from '../schema';
import { SOURCES } from '../sources';

const source = SOURCES.watchguardPsa;

/**
 * WatchGuard Cloud's minimum ConnectWise Manage role for its PSA integration (seeds/001, the
 * module × Add/Edit/Delete/Inquire table). The document offers the built-in Admin role as the
 * alternative; its "None" cells mean the right is not needed, not that it must be off.
 */
export const watchguardCloudPsa: ManageProfileInput = {
  id: 'watchguard-cloud-psa',
  title: 'WatchGuard Cloud → ConnectWise Manage (PSA integration)',
  vendor: 'WatchGuard',
  product: 'manage',
  source,
  strictness: 'minimum',
  strictnessNote:
    'Minimum levels for a custom API role (the Admin role also works); a None in the table means not needed.',
  acceptsAdminRole: true,
  revision: 2,
  checkedOn: '2026-12-01',
  kind: 'security',
  // biome-ignore format: one line per row of the source table keeps it comparable by eye
  requirements: [
    { module: 'Companies',    function: 'Company Maintenance',   add: 'None', edit: 'None', delete: 'None', inquire: 'All', source },
    { module: 'Companies',    function: 'Configurations',        add: 'All',  edit: 'All',  delete: 'All',  inquire: 'All', source },
    { module: 'Finance',      function: 'Agreements',            add: 'All',  edit: 'All',  delete: 'None', inquire: 'All', source },
    { module: 'Finance',      function: 'Reports',               add: 'None', edit: 'None', delete: 'None', inquire: 'All', source },
    { module: 'Procurement',  function: 'Product Catalog',       add: 'None', edit: 'None', delete: 'None', inquire: 'All', source },
    { module: 'Procurement',  function: 'Products',              add: 'None', edit: 'All',  delete: 'None', inquire: 'All', source },
    { module: 'Service Desk', function: 'Close Service Tickets', add: 'All',  edit: 'All',  delete: 'All',  inquire: 'All', source },
    { module: 'Service Desk', function: 'Reports',               add: 'None', edit: 'None', delete: 'None', inquire: 'All', source },
    { module: 'Service Desk', function: 'Service Tickets',       add: 'All',  edit: 'All',  delete: 'All',  inquire: 'All', source },
    { module: 'System',       function: 'API Reports',           add: 'All',  edit: 'All',  delete: 'None', inquire: 'All', source },
    { module: 'System',       function: 'My Company',            add: 'None', edit: 'None', delete: 'None', inquire: 'All', source },
    { module: 'System',       function: 'Table Setup',           add: 'All',  edit: 'All',  delete: 'None', inquire: 'All', source },
  ],
  manualChecks: [],
};
