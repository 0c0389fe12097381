import type { ManageProfileInput } from '../schema';
import { vendorPage } from '../sources';
import { row } from './table';

const source = vendorPage(
  'Huntress',
  'Huntress: ConnectWise Manage PSA Incident Report Integrations',
  'https://support.huntress.io/hc/en-us/articles/4404012805267-ConnectWise-Manage-PSA-Incident-Report-Integrations',
  'Update Dec 22, 2022',
);

/**
 * Huntress EDR incident tickets. The stored copy is cut inside the Service Desk table; since the
 * 22 Dec 2022 update least-privilege setups must add the permissions in the page's step 12,
 * which our copy does not reach.
 */
export const huntressPsa: ManageProfileInput = {
  id: 'huntress-psa',
  title: 'Huntress EDR → ConnectWise Manage',
  vendor: 'Huntress',
  product: 'manage',
  kind: 'security',
  source,
  strictness: 'minimum',
  strictnessNote: 'Only the first rows of the page’s table are known; the rest (and step 12) are not.',
  acceptsAdminRole: false,
  revision: 1,
  checkedOn: '2026-12-01',
  partial: {
    shownUpTo: 'Procurement › Products; the Service Desk table is cut',
    note: 'Service Desk, System and the step-12 additions of Dec 2022 are unknown.',
  },
  requirements: [
    row(source, 'Companies', 'Company Maintenance', '0/0/0/A'),
    row(source, 'Procurement', 'Products', '0/0/0/A'),
  ],
  manualChecks: [
    {
      id: 'huntress-company-name-mapping',
      title: 'Huntress organization names match Manage company names',
      detail: 'Tickets are filed under the company whose name equals the Huntress organization name.',
      source,
    },
  ],
};
