import type { AutomateProfileInput } from '../schema';
import { vendorPage } from '../sources';

const source = vendorPage(
  'ConnectWise',
  'BrightGauge: Connecting to ConnectWise Automate Cloud',
  'https://support.brightgauge.com/hc/en-us/articles/360000544931-Connecting-to-ConnectWise-Automate-Cloud',
);

/**
 * BrightGauge's Automate Cloud datasource with a custom user class instead of an admin. It
 * cannot use two-factor authentication; since the 13 Jan 2020 Automate Cloud patch an
 * Integrator user bypasses the default MFA.
 */
export const brightgaugeAutomate: AutomateProfileInput = {
  id: 'brightgauge-automate',
  title: 'BrightGauge → ConnectWise Automate Cloud',
  vendor: 'ConnectWise',
  product: 'automate',
  kind: 'reporting',
  source,
  strictness: 'minimum',
  strictnessNote:
    'Two user-class permissions for a custom user; anything less than all machines skews counts.',
  acceptsAdminRole: true,
  revision: 1,
  checkedOn: '2026-12-01',
  optionalFeatures: [
    {
      id: 'microsoft-update-data',
      title: 'Microsoft Update Data dataset',
      detail: 'The Patch Manager permission is for this dataset only.',
    },
  ],
  requirements: [
    { scope: 'userClass', field: 'ComputersShowAll', label: 'Computers > Show All: Access', source },
    {
      scope: 'userClass',
      field: 'PatchManagerRead',
      label: 'Patch Manager: Read',
      source,
      feature: 'microsoft-update-data',
    },
    {
      scope: 'user',
      field: 'IsIntegrator',
      label: 'Integrator user (bypasses default MFA)',
      source,
      inferred: true,
      note: 'The page points to a separate article for the MFA bypass; BrightGauge cannot enter 2FA codes.',
    },
  ],
};
