import type { SourceRefInput } from '../schema';

/**
 * The user class Rewst's and Neo Agent's guides both ask for ("Rewst Automation" / "Neo
 * Automation"): the same Core-tab permissions, each named the way Automate's User Class Manager
 * shows it and mapped to the boolean the REST API returns for it (UserClass.Permissions).
 * Entries whose API field is ambiguous or absent are manual checks in the profiles instead.
 */
const ENTRIES: readonly (readonly [label: string, field: string, note?: string])[] = [
  ['Agent Templates: Read', 'TemplateRead'],
  ['Alerts: Update', 'AlertsUpdate'],
  ['Clients: Read', 'ClientRead'],
  ['Clients: Update', 'ClientEdit'],
  ['Clients: Delete', 'ClientDelete'],
  ['Clients → Show/Hide Passwords: Access', 'ShowPasswords'],
  ['Clients → Show All: Access', 'ClientsShowAll'],
  ['Computers → Force Update: Access', 'ComputersForceUpdate'],
  ['Computers → Retired Assets: Delete', 'RetiredAssetsDelete'],
  ['Computers → Show All: Access', 'ComputersShowAll'],
  ['Contacts: Read', 'ContactRead'],
  ['Contacts: Update', 'ContactEdit'],
  ['Contacts: Delete', 'ContactDelete'],
  ['Groups: Create', 'GroupsCreate'],
  ['Groups: Delete', 'GroupsDelete'],
  [
    'Groups → Scheduled Scripts: Update',
    'GroupsScheduleScript',
    'Mapped by name: the API field for scheduling scripts on groups.',
  ],
  ['Locations → Show All: Access', 'LocationsShowAll'],
  ['Patch Manager: Read', 'PatchManagerRead'],
  ['Patch Manager: Update', 'PatchManagerUpdate'],
  ['Scripts: Read', 'ScriptRead'],
  ['Scripts: Update', 'ScriptEdit'],
  ['Scripts: Delete', 'ScriptDelete'],
  [
    'Scripts → Schedule Scripts: Update',
    'ScheduledScriptsUpdate',
    'Mapped by name: the API field for updating scheduled scripts.',
  ],
  ['Tickets: Create', 'CreateTickets'],
  ['Tickets: Read', 'TicketsRead'],
  ['Tickets: Update', 'TicketsUpdate'],
  ['Tickets: Delete', 'TicketsDelete'],
  ['Tickets → Ticket Requests: Access', 'TicketsRequest'],
];

/** The automation user class's Core-tab permissions as requirements citing `source`. */
export function automationUserClassRows(source: SourceRefInput) {
  return ENTRIES.map(([label, field, note]) => ({
    scope: 'userClass' as const,
    field,
    label,
    source,
    ...(note ? { note } : {}),
  }));
}
