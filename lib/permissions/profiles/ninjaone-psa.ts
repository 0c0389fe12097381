import type { ManageProfileInput } from '../schema';
import { SOURCES } from '../sources';

const source = SOURCES.ninjaone;

/**
 * NinjaOne's ConnectWise Manage API role (seeds/003). The guide sets every category it does not
 * list to None, so in least-privilege mode anything above None elsewhere is excess. Each row
 * grants All to the actions the guide lists for it; unlisted actions stay None.
 */
export const ninjaonePsa: ManageProfileInput = {
  id: 'ninjaone-psa',
  title: 'NinjaOne → ConnectWise Manage (PSA integration)',
  vendor: 'NinjaOne',
  product: 'manage',
  source,
  strictness: 'exhaustive',
  strictnessNote: 'The guide lists every right the API role needs and sets everything else to None.',
  acceptsAdminRole: false,
  revision: 3,
  checkedOn: '2026-12-01',
  kind: 'rmm',
  requirements: [
    { module: 'Companies', function: 'Company Maintenance', inquire: 'All', source },
    {
      module: 'Companies',
      function: 'Configurations',
      add: 'All',
      edit: 'All',
      inquire: 'All',
      source,
      note: 'The guide misspells the module as "Comanies"; the real module is Companies.',
    },
    { module: 'Companies', function: 'Contacts', add: 'All', inquire: 'All', source },
    { module: 'Finance', function: 'Agreements', add: 'All', edit: 'All', inquire: 'All', source },
    { module: 'Procurement', function: 'Product Catalog', inquire: 'All', source },
    { module: 'Procurement', function: 'Products', inquire: 'All', source },
    {
      module: 'Service Desk',
      function: 'Close Service Tickets',
      add: 'All',
      edit: 'All',
      inquire: 'All',
      source,
    },
    { module: 'Service Desk', function: 'Service Tickets', add: 'All', edit: 'All', inquire: 'All', source },
    { module: 'Service Desk', function: 'SLA Dashboard', inquire: 'All', source },
    {
      module: 'System',
      function: 'Table Setup',
      add: 'All',
      edit: 'All',
      inquire: 'All',
      source,
      note: 'Table Setup also needs two entries moved to the disallowed list through its Customize link (see manual checks).',
    },
  ],
  // The role-settings API reports only the four levels of Table Setup, not its Customize lists,
  // so these two exclusions are read in the Manage UI: the overlay settles them when the admin
  // opens Table Setup's Customize dialog.
  manualChecks: [
    {
      id: 'ninjaone-table-setup-disallow-communication-type',
      title: 'Table Setup › Customize: disallow "Contacts / Communication Type"',
      detail:
        'In the role, open System › Table Setup › Customize and make sure "Contacts / Communication Type" is in the disallowed list.',
      source,
      customize: {
        module: 'System',
        function: 'Table Setup',
        list: 'disallow',
        entries: ['Contacts / Communication Type'],
      },
    },
    {
      id: 'ninjaone-table-setup-disallow-stsclient',
      title: 'Table Setup › Customize: disallow "General / StsClient"',
      detail:
        'In the role, open System › Table Setup › Customize and make sure "General / StsClient" is in the disallowed list.',
      source,
      customize: {
        module: 'System',
        function: 'Table Setup',
        list: 'disallow',
        entries: ['General / StsClient'],
      },
    },
  ],
};
