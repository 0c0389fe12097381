import type { ManageProfileInput } from '../schema';
import { vendorPage } from '../sources';
import { row } from './table';

const source = vendorPage(
  'Liongard',
  'Liongard: Create a Roar API Account in ConnectWise',
  'https://docs.liongard.com/docs/connectwise-api-account',
  'ConnectWise Manage v2017.6 through 2018.5',
);
const knowledgeBase = vendorPage(
  'Liongard',
  'Liongard Roar Knowledge Base: ConnectWise Manage API User',
  'https://roar.liongard.com/kb/connectwise-account?hs_amp=true',
  'Apr 12, 2018',
);

/**
 * Liongard (Roar). Every stored copy is cut: the docs page after Configurations, the 2018
 * knowledge-base article after Procurement › Product Catalog's Add level. The current page
 * also marks some rows "Optional" (Inspector data only), which our copy does not reach.
 */
export const liongardPsa: ManageProfileInput = {
  id: 'liongard-psa',
  title: 'Liongard → ConnectWise Manage',
  vendor: 'Liongard',
  product: 'manage',
  kind: 'documentation',
  source,
  strictness: 'minimum',
  strictnessNote: 'Only the first rows are known (role "Liongard", user "Roarbot").',
  acceptsAdminRole: false,
  revision: 1,
  checkedOn: '2026-12-01',
  partial: {
    shownUpTo:
      'Finance › Agreements (2018 article); Procurement › Product Catalog is cut after its Add level',
    note: 'Product Catalog’s other levels, later modules and the current page’s optional Inspector rows are unknown.',
  },
  requirements: [
    row(source, 'Companies', 'Company Maintenance', '0/0/0/A'),
    row(source, 'Companies', 'Configurations', 'A/A/0/A'),
    row(knowledgeBase, 'Finance', 'Agreements', 'A/A/0/A'),
  ],
  customize: [
    {
      module: 'Companies',
      function: 'Configurations',
      list: 'disallow',
      entries: ['Your existing configuration types (Liongard creates its own "(auto)" types)'],
      optional: true,
      source,
    },
  ],
};
