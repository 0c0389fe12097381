import type { AutomateProfileInput } from '../schema';
import { vendorPage } from '../sources';

const source = vendorPage(
  'Halo',
  'HaloPSA Guides: ConnectWise Automate Integration (kbid 1035)',
  'https://halopsa.com/guides/article?kbid=1035',
);

/** HaloPSA's Automate import: MFA is not supported, so the account must be an Integrator user. */
export const halopsaAutomate: AutomateProfileInput = {
  id: 'halopsa-automate',
  title: 'HaloPSA → ConnectWise Automate',
  vendor: 'Halo',
  product: 'automate',
  kind: 'psa',
  source,
  strictness: 'minimum',
  strictnessNote: 'No user-class list; the account must be an Integrator user.',
  acceptsAdminRole: false,
  revision: 1,
  checkedOn: '2026-12-01',
  requirements: [{ scope: 'user', field: 'IsIntegrator', label: 'Integrator User', source }],
  manualChecks: [
    {
      id: 'halopsa-on-premise-options',
      title: 'On-premise Automate: OPTIONS allowed in IIS',
      detail: 'An on-premise server must allow the HTTP OPTIONS method for the integration’s requests.',
      source,
    },
  ],
};
