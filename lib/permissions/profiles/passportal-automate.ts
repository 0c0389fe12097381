import type { AutomateProfileInput } from '../schema';
import { vendorPage } from '../sources';

const source = vendorPage(
  'N-able',
  'Passportal: ConnectWise Automate User Account',
  'https://documentation.n-able.com/passportal/userguide/Content/rmm-integ/con-auto1-user-account.htm',
);

/** Passportal's Automate integration account: access to all clients; Integrator when MFA is on. */
export const passportalAutomate: AutomateProfileInput = {
  id: 'passportal-automate',
  title: 'N-able Passportal → ConnectWise Automate',
  vendor: 'N-able',
  product: 'automate',
  kind: 'documentation',
  source,
  strictness: 'minimum',
  strictnessNote: 'One permission (access to all clients) on a dedicated account.',
  acceptsAdminRole: false,
  revision: 1,
  checkedOn: '2026-12-01',
  optionalFeatures: [
    { id: 'mfa', title: 'MFA on the account', detail: 'With MFA enabled, tick Integrator on the account.' },
  ],
  requirements: [
    {
      scope: 'userClass',
      field: 'ClientsShowAll',
      label: 'Access to all clients',
      source,
      inferred: true,
      note: 'The page says "access to all clients"; read as the user class’s Clients → Show All.',
    },
    { scope: 'user', field: 'IsIntegrator', label: 'Integrator checkbox', source, feature: 'mfa' },
  ],
};
