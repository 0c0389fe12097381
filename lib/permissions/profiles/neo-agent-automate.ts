import type { AutomateProfileInput } from '../schema';
import { vendorPage } from '../sources';
import { automationUserClassRows } from './automation-user-class';

const source = vendorPage(
  'Neo Agent',
  'Neo Agent: ConnectWise Automate – Creating the API user',
  'https://docs.neoagent.io/integrations/rmm/connectwise-automate/creating-api-user',
);

/**
 * Neo Agent's "Neo Automation" user class: the same Core-tab list as Rewst's. Our copy of the
 * page ends at step 3 (plugin permissions, as needed), so later steps are unknown; it creates a
 * system integrator account.
 */
export const neoAgentAutomate: AutomateProfileInput = {
  id: 'neo-agent-automate',
  title: 'Neo Agent → ConnectWise Automate',
  vendor: 'Neo Agent',
  product: 'automate',
  kind: 'ai',
  source,
  strictness: 'minimum',
  strictnessNote: 'The Core-tab permissions of the Neo Automation class; plugin permissions as needed.',
  acceptsAdminRole: false,
  revision: 1,
  checkedOn: '2026-12-01',
  partial: {
    shownUpTo: 'step 3 (plugin permissions)',
    note: 'Steps after 3 are unknown.',
  },
  requirements: [
    ...automationUserClassRows(source),
    { scope: 'user', field: 'IsIntegrator', label: 'System integrator account', source },
  ],
  manualChecks: [
    {
      id: 'neo-agent-groups-update',
      title: 'User class: Groups › Update',
      detail:
        'The API has no single field for the guide’s Groups Update box; confirm it in the User Class Manager.',
      source,
    },
    {
      id: 'neo-agent-searches-send-commands',
      title: 'User class: Searches › Send Commands › Access',
      detail:
        'The API’s user-class permissions have no field for this; confirm it in the User Class Manager.',
      source,
    },
  ],
};
