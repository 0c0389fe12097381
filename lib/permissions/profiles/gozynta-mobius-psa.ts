import type { ManageProfileInput } from '../schema';
import { vendorPage } from '../sources';
import { row } from './table';

const source = vendorPage(
  'Gozynta',
  'Gozynta Mobius: Custom security role',
  'https://help.gozynta.com/support/solutions/articles/44001923965-custom-security-role',
);

/**
 * Gozynta Mobius (accounting sync). The stored copy of the current page is cut inside step 9
 * (Time & Expense). It lists "Procurement > Purchase Orders (Aiso)", a name Manage does not have
 * (likely a typo); it is left out and named in a manual check. Custom Menu Entry and its
 * Customize list are only for a Mobius menu entry inside Manage (an optional feature).
 */
export const gozyntaMobiusPsa: ManageProfileInput = {
  id: 'gozynta-mobius-psa',
  title: 'Gozynta Mobius → ConnectWise PSA',
  vendor: 'Gozynta',
  product: 'manage',
  kind: 'finance',
  source,
  strictness: 'minimum',
  strictnessNote: 'A custom role the vendor recommends over Admin; the stored page is cut off.',
  acceptsAdminRole: true,
  revision: 1,
  checkedOn: '2026-12-01',
  partial: {
    shownUpTo: 'Step 9: Time & Expense > Expense…',
    note: 'The Time & Expense rows of step 9 and anything after are unknown.',
  },
  optionalFeatures: [
    {
      id: 'mobius-menu-entry',
      title: 'Mobius menu entry in Manage',
      detail: 'A custom menu entry for Mobius inside ConnectWise PSA (steps 6 and 7).',
    },
  ],
  // biome-ignore format: one line per row of the source list
  requirements: [
    row(source, 'Companies', 'Company Maintenance', '-/-/-/A'),
    row(source, 'Companies', 'Contacts', '-/-/-/A'),
    row(source, 'Companies', 'Manage Attachments', '-/-/-/A'),
    row(source, 'Finance', 'Accounting Interface', 'A/A/A/A'),
    row(source, 'Finance', 'Invoicing', '-/A/A/A'),
    row(source, 'Procurement', 'Product Catalog', '-/-/-/A'),
    row(source, 'Procurement', 'Products', '-/-/-/A'),
    row(source, 'Procurement', 'Purchase Orders', '-/-/-/A'),
    row(source, 'Project', 'Project Tickets', '-/-/-/A'),
    row(source, 'Service Desk', 'Service Tickets', '-/-/-/A'),
    row(source, 'System', 'API Reports', '-/-/-/A'),
    row(source, 'System', 'Custom Menu Entry', 'A/A/A/A', { feature: 'mobius-menu-entry', inferred: true, basis: 'Step 6 lists it for everyone; step 7 says the menu-entry steps are needed only for a Mobius menu entry.' }),
    row(source, 'System', 'Member Maintenance', '-/-/-/A'),
    row(source, 'System', 'Table Setup', '-/-/-/A'),
  ],
  customize: [
    {
      module: 'System',
      function: 'Custom Menu Entry',
      list: 'allow',
      entries: ['Mobius'],
      feature: 'mobius-menu-entry',
      source,
    },
    {
      module: 'System',
      function: 'Table Setup',
      list: 'allow',
      entries: [
        'General Ledger / Accounting Package',
        'Invoicing / Billing Status',
        'Invoicing / Tax code',
        'Products / UOM',
      ],
      source,
    },
  ],
  manualChecks: [
    {
      id: 'gozynta-purchase-orders-aiso',
      title: 'Procurement › "Purchase Orders (Aiso)": Inquire All',
      detail:
        'The page lists a function by this name, which Manage does not have; ask Gozynta which right it means.',
      source,
    },
  ],
};
