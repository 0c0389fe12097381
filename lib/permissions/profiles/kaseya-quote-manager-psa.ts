import type { ManageProfileInput } from '../schema';
import { vendorPage } from '../sources';
import { row } from './table';

const source = vendorPage(
  'Kaseya',
  'Kaseya Quote Manager: ConnectWise PSA permissions and sync error resolution',
  'https://commerce.datto.com/help/Content/2-integrate/connectwise/connectwise-permissions.htm',
);

const COLUMNS =
  'The page says "set to All" and shows the columns only in screenshots; Inquire is the one level we can be sure of.';

const functions: [module: string, fn: string][] = [
  ['Companies', 'Company Maintenance'],
  ['Companies', 'Company/Contact Group Maintenance'],
  ['Companies', 'Contacts'],
  ['Companies', 'Notes'],
  ['Companies', 'Reports'],
  ['Procurement', 'Products'],
  ['Procurement', 'Product Catalog'],
  ['Procurement', 'Purchase Orders'],
  ['Procurement', 'Purchasing Demand'],
  ['Procurement', 'Reports'],
  ['Sales', 'Closed Opportunity'],
  ['Sales', 'Opportunity'],
  ['Sales', 'Reports'],
  ['Sales', 'Sales Orders'],
  ['Service Desk', 'Close Service Tickets'],
  ['Service Desk', 'Merge Tickets'],
  ['Service Desk', 'Reports'],
  ['Service Desk', 'Service Tickets – Dependencies'],
  ['Service Desk', 'Service Tickets'],
  ['Service Desk', 'Service Tickets – Finance'],
  ['System', 'API Reports'],
  ['System', 'Member Maintenance'],
  ['System', 'My Account'],
  ['System', 'My Company'],
  ['System', 'System Reports'],
  ['System', 'Table Setup'],
];

/**
 * Kaseya Quote Manager (formerly Datto Commerce). The page names the functions to set to All
 * but not which of Add/Edit/Delete/Inquire: every row is Inquire All, marked inferred, and the
 * rest is a manual check. The page writes en dashes ("Service Tickets – Finance").
 */
export const kaseyaQuoteManagerPsa: ManageProfileInput = {
  id: 'kaseya-quote-manager-psa',
  title: 'Kaseya Quote Manager → ConnectWise PSA',
  vendor: 'Kaseya',
  product: 'manage',
  kind: 'quoting',
  source,
  strictness: 'minimum',
  strictnessNote: 'Functions the page sets to All; which actions is shown only in screenshots (inferred).',
  acceptsAdminRole: false,
  revision: 1,
  checkedOn: '2026-12-01',
  requirements: functions.map(([module, fn]) =>
    row(source, module, fn, '-/-/-/A', { inferred: true, basis: COLUMNS }),
  ),
  manualChecks: [
    {
      id: 'kaseya-quote-manager-levels-in-screenshots',
      title: 'Compare Add/Edit/Delete with the page’s screenshots',
      detail:
        'The page highlights the levels to set to All in screenshots only; confirm the other columns there.',
      source,
      inferred: true,
    },
    {
      id: 'kaseya-quote-manager-member-location',
      title: 'Member: Location and Business Unit set',
      detail: 'The member used for the integration must have a Location and a Business Unit.',
      source,
    },
  ],
};
