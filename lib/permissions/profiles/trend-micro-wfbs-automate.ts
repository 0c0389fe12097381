import type { AutomateProfileInput } from '../schema';
import { vendorPage } from '../sources';

const source = vendorPage(
  'Trend Micro',
  'Trend Micro Remote Manager: Assigning Trend Micro Worry-Free Services Plug-in permissions (ConnectWise Automate)',
  'https://servicecentral.powerappsportals.com/en-us/documentation/article/trend-micro-remote-manager-assigning-trend-micr',
);

/** The Trend Micro Worry-Free Services plug-in for Automate: Core and Plugin tab permissions. */
export const trendMicroWfbsAutomate: AutomateProfileInput = {
  id: 'trend-micro-wfbs-automate',
  title: 'Trend Micro Worry-Free Services plug-in → ConnectWise Automate',
  vendor: 'Trend Micro',
  product: 'automate',
  kind: 'security',
  source,
  strictness: 'minimum',
  strictnessNote: 'Every permission listed is required for the plug-in’s features.',
  acceptsAdminRole: false,
  revision: 1,
  checkedOn: '2026-12-01',
  requirements: [
    { scope: 'userClass', field: 'ClientRead', label: 'Clients: Read', source },
    { scope: 'userClass', field: 'ComputersShowAll', label: 'Computers: Show All: Access', source },
    { scope: 'userClass', field: 'ContactRead', label: 'Contacts: Read', source },
    {
      scope: 'userClass',
      field: 'DatabaseExecute',
      label: 'Database: Access',
      source,
      inferred: true,
      note: 'The API has no field named for database access; DatabaseExecute is the closest.',
    },
    { scope: 'userClass', field: 'ScriptRead', label: 'Scripts: Read', source },
  ],
  manualChecks: [
    {
      id: 'trend-micro-wfbs-plugin-tab',
      title: 'User class › Plugin tab: both Worry-Free Services plug-in entries › Access',
      detail: 'The plug-in and its Remote Agent entry; plug-in permissions are not in the user-class API.',
      source,
    },
  ],
};
