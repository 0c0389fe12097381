import type { ManageProfileInput } from '../schema';
import { vendorPage } from '../sources';

const source = vendorPage(
  'QuoteWerks',
  'QuoteWerks: ConnectWise PSA (Manage) Minimum Security Permissions for QuoteWerks',
  'https://tickets.quotewerks.com/support/solutions/articles/9000232395-connectwise-psa-manage-minimum-security-permissions-for-quotewerks',
);

/**
 * QuoteWerks recommends the Admin role; its minimum table comes after the introduction, which is
 * where our stored copy ends, so no rows are known. Auditing against it checks nothing but says so.
 */
export const quotewerksPsa: ManageProfileInput = {
  id: 'quotewerks-psa',
  title: 'QuoteWerks → ConnectWise PSA',
  vendor: 'QuoteWerks',
  product: 'manage',
  kind: 'quoting',
  source,
  strictness: 'admin-recommended',
  strictnessNote: 'The vendor recommends the Admin role; its minimum table is not in our copy.',
  acceptsAdminRole: true,
  revision: 1,
  checkedOn: '2026-12-01',
  adminRecommendation:
    'QuoteWerks support recommends Admin rights because ConnectWise has tied rights to unrelated roles and changed the API mid-release; with a custom role you must re-test after each PSA update.',
  partial: {
    shownUpTo: 'the introduction, before the minimum-rights table',
    note: 'Every row of the minimum table is unknown.',
  },
  requirements: [],
  manualChecks: [
    {
      id: 'quotewerks-minimum-table',
      title: 'Compare the role with QuoteWerks’ minimum table',
      detail:
        'Our copy of the page ends before the table; open the page and compare each row, or use Admin as the vendor recommends.',
      source,
    },
  ],
};
