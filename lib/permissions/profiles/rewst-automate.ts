import type { AutomateProfileInput } from '../schema';
import { SOURCES } from '../sources';
import { automationUserClassRows } from './automation-user-class';

const source = SOURCES.rewst;

// The guide names permissions the way Automate's User Class Manager shows them; each is mapped to
// the boolean the REST API returns for it (UserClass.Permissions, ComputerPermissions, User).
// Rows whose API field is ambiguous or absent are manual checks below instead of a guess.
const computer = (label: string, field: string) => ({ scope: 'computer', field, label, source }) as const;

/**
 * Rewst's least-privilege setup for its ConnectWise Automate integration (seeds/004): a
 * dedicated user class, client-level permissions, default computer permissions and the
 * Integrator flag on the user.
 */
export const rewstAutomate: AutomateProfileInput = {
  id: 'rewst-automate',
  title: 'Rewst → ConnectWise Automate',
  vendor: 'Rewst',
  product: 'automate',
  source,
  strictness: 'exhaustive',
  strictnessNote:
    'A least-privilege guide: the user class should hold exactly these permissions and nothing more.',
  acceptsAdminRole: false,
  revision: 3,
  checkedOn: '2026-12-01',
  kind: 'automation',
  requirements: [
    ...automationUserClassRows(source).map((row) =>
      row.field === 'ClientRead'
        ? {
            ...row,
            // The guide's warning after the user set-up steps: a permission problem, seen first
            // as an empty customer list.
            ifMissing:
              'Without it, Rewst finds no customers when it refreshes its options: the guide calls that a permission problem on the user class (access to customers).',
          }
        : row,
    ),
    computer('Command Prompt: Access', 'CommandPrompt'),
    computer('Software and Tools: Install', 'Install'),
    computer('History: Access', 'History'),
    computer('Commands: View', 'ViewCommands'),
    computer('Commands: Send', 'SendCommands'),
    computer('Scripts: Schedule', 'ScheduleScripts'),
    computer('Information: Edit', 'EditInfo'),
    computer('Alerts: Clear', 'ClearAlerts'),
    computer('Scheduled Scripts: Delete', 'DeleteScheduleScripts'),
    { scope: 'user', field: 'IsIntegrator', label: 'User: Integrator box checked', source },
  ],
  manualChecks: [
    {
      id: 'rewst-groups-update',
      title: 'User class: Groups › Update',
      detail:
        'The API splits group updates into several fields (GroupInfoUpdate, GroupMonitorsUpdate, ManageGroups) and none matches the guide’s single box; confirm it in the User Class Manager.',
      source,
    },
    {
      id: 'rewst-searches-send-commands',
      title: 'User class: Searches › Send Commands › Access',
      detail:
        'The API’s user-class permissions have no field for this; confirm it in the User Class Manager.',
      source,
    },
    ...(
      [
        ['locations', 'Locations', 'Read, Edit and Delete'],
        ['projects', 'Projects', 'Read'],
        ['product-keys', 'Product Keys', 'Read'],
        ['documents', 'Documents', 'Read'],
        ['passwords', 'Passwords', 'Read'],
      ] as const
    ).map(([slug, area, rights]) => ({
      id: `rewst-client-${slug}`,
      title: `Client permissions: ${area} › ${rights}`,
      detail: `Give the Rewst user class ${rights} on ${area} for every client Rewst manages (client permissions are not in the user-class API).`,
      source,
    })),
    {
      id: 'rewst-no-conflicting-permissions',
      title: 'No script- or group-level permission overrides these',
      detail:
        'The guide assumes no script-level or group-level permissions conflict with the user class; check any that exist.',
      source,
    },
    {
      id: 'rewst-ip-allow-list',
      title: 'Allow Rewst’s IP address if the Automate server restricts by IP',
      detail:
        'Rewst connects from 3.139.170.31 (the address its Automate guide gives); add it to the Automate server’s allow list when one is in place.',
      source,
    },
  ],
};
