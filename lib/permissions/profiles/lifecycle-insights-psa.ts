import type { ManageProfileInput } from '../schema';
import { vendorPage } from '../sources';
import { row } from './table';

const agreements = vendorPage(
  'ScalePad',
  'Lifecycle Insights: Connectwise Manage Agreements - API Security Requirements',
  'https://help.lifecycleinsights.io/hc/en-us/articles/17948222601115-Connectwise-Manage-Agreements-API-Security-Requirements',
);
const opportunities = vendorPage(
  'ScalePad',
  'Lifecycle Insights: Connectwise Manage Opportunities - API Security Requirements',
  'https://help.lifecycleinsights.io/hc/en-us/articles/17948268896283-Connectwise-Manage-Opportunities-API-Security-Requirements',
);

/**
 * Lifecycle Insights (ScalePad): two feature articles, each assuming the base integration is set
 * up. Company Maintenance (Inquire) is in both; agreements import and opportunities are optional
 * features. The opportunities article asks for Edit on Opportunity for a future feature.
 */
export const lifecycleInsightsPsa: ManageProfileInput = {
  id: 'lifecycle-insights-psa',
  title: 'Lifecycle Insights (ScalePad) → ConnectWise Manage',
  vendor: 'ScalePad',
  product: 'manage',
  kind: 'lifecycle',
  source: agreements,
  strictness: 'minimum',
  strictnessNote: 'The rights the two feature articles add; each assumes the base integration exists.',
  acceptsAdminRole: false,
  revision: 1,
  checkedOn: '2026-12-01',
  optionalFeatures: [
    { id: 'agreements-import', title: 'Agreements import', detail: 'Import agreements as LCI contracts.' },
    { id: 'opportunities', title: 'Opportunities', detail: 'Pull and create opportunities in Manage.' },
  ],
  // biome-ignore format: one line per row of the source articles
  requirements: [
    row(agreements, 'Companies', 'Company Maintenance', '-/-/-/A'),
    row(agreements, 'Finance', 'Agreements', '-/-/-/A', { feature: 'agreements-import' }),
    row(opportunities, 'Sales', 'Opportunity', 'A/A/-/A', { feature: 'opportunities', note: 'Edit is for a future feature, the article says.' }),
    row(opportunities, 'System', 'Table Setup', '-/-/-/A', { feature: 'opportunities' }),
    row(opportunities, 'System', 'Member Maintenance', '-/-/-/A', { feature: 'opportunities' }),
  ],
  customize: [
    {
      module: 'System',
      function: 'Table Setup',
      list: 'allow',
      entries: [
        'Opportunities / Opportunity Status',
        'Opportunities / Opportunity Type',
        'Opportunities / Opportunity Rating',
        'Opportunities / Sales Probability',
        'Opportunities / Sales Stage',
      ],
      optional: true,
      feature: 'opportunities',
      source: opportunities,
    },
  ],
};
