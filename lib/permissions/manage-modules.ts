import { functionKey, normaliseName } from './normalise';

/**
 * The ConnectWise Manage security modules and functions we know exist, with the other names
 * documents use for them, so that a catalogue entry naming anything else fails a test instead of
 * silently never matching a role, and a role row spelled the old way ("Product Entry") still
 * matches. Built from the permission tables of every vendor document the catalogue cites and the
 * function names collected in the API research notes (vendor-apis.md §1.10; integrations.md §C,
 * read 2026-12-01). Several modules have functions no public source names: settings returned by a
 * server may contain functions missing here, and that is fine; only the catalogue must stay
 * inside it.
 *
 * Runs in the content script (the page reader matches rows against it), so it holds names only.
 */
type SourceKey = 'watchguardPsa' | 'ninjaone' | 'manageApiNotes' | 'vendorGuides';

export interface KnownFunction {
  name: string;
  /** Other spellings documents or older Manage versions use for this function. */
  aliases: readonly string[];
  /** Granting it reveals secrets (stored passwords): flagged wherever it is required or granted. */
  sensitive: boolean;
  /** Documents in which this function name appears (keys of SOURCES, or the vendor guides). */
  seenIn: readonly SourceKey[];
}

export interface KnownModule {
  name: string;
  /** Other spellings of the module name ("Time and Expense", "Projects"). */
  aliases: readonly string[];
  functions: readonly KnownFunction[];
}

const PSA: SourceKey = 'watchguardPsa';
const NINJA: SourceKey = 'ninjaone';
const NOTES: SourceKey = 'manageApiNotes';
/** The vendor role tables transcribed into profiles/ (each profile cites its own page). */
const GUIDES: SourceKey = 'vendorGuides';

interface FunctionOptions {
  aliases?: readonly string[];
  sensitive?: boolean;
}

function fn(name: string, seenIn: SourceKey[], options: FunctionOptions = {}): KnownFunction {
  return { name, aliases: options.aliases ?? [], sensitive: options.sensitive ?? false, seenIn };
}

export const MANAGE_MODULES: readonly KnownModule[] = [
  {
    name: 'Companies',
    aliases: ['Company'],
    functions: [
      fn('Company Maintenance', [PSA, NINJA, NOTES, GUIDES]),
      fn('Company/Contact Group Maintenance', [NOTES, GUIDES]),
      fn('Configuration - Display Passwords', [NOTES, GUIDES], { sensitive: true }),
      fn('Configurations', [PSA, NINJA, NOTES, GUIDES]),
      fn('Contacts', [NINJA, NOTES, GUIDES]),
      fn('CRM/Sales Activities', [NOTES, GUIDES]),
      fn('Import Contacts', [NOTES, GUIDES]),
      fn('Manage Attachments', [NOTES, GUIDES]),
      fn('Management', [NOTES, GUIDES]),
      fn('Notes', [NOTES, GUIDES]),
      fn('Reports', [NOTES, GUIDES]),
      fn('Surveys', [NOTES, GUIDES]),
      // Barracuda's grid writes "Teams Members".
      fn('Team Members', [NOTES, GUIDES], { aliases: ['Teams Members'] }),
      fn('Tracks', [NOTES, GUIDES]),
      // N-sight's grid names it UserCentric, Barracuda's "User Scenarios": one row, two labels.
      fn('UserCentric', [NOTES, GUIDES], { aliases: ['User Scenarios'] }),
    ],
  },
  {
    name: 'Finance',
    aliases: [],
    functions: [
      fn('Accounting Interface', [NOTES, GUIDES]),
      fn('Agreement Invoicing', [NOTES, GUIDES]),
      fn('Agreement Sales', [NOTES, GUIDES]),
      fn('Agreements', [PSA, NINJA, NOTES, GUIDES]),
      fn('Billing Rate Maintenance', [NOTES, GUIDES]),
      fn('Billing Reconciliation', [NOTES, GUIDES]),
      fn('Billing View Time', [NOTES, GUIDES]),
      fn('Company Finance', [NOTES, GUIDES]),
      // Sources disagree on the plural.
      fn('Expense Reimbursement', [NOTES, GUIDES], { aliases: ['Expense Reimbursements'] }),
      fn('Financial Dashboard', [NOTES, GUIDES]),
      fn('Invoice Approval', [NOTES, GUIDES]),
      fn('Invoicing', [NOTES, GUIDES]),
      fn('Reports', [PSA, NOTES, GUIDES]),
    ],
  },
  {
    name: 'Marketing',
    aliases: [],
    functions: [
      fn('ConnectWise Campaign', [NOTES, GUIDES]),
      fn('Marketing Groups', [NOTES, GUIDES]),
      fn('Marketing Management', [NOTES, GUIDES]),
      fn('Marketing Reports', [NOTES, GUIDES]),
    ],
  },
  {
    name: 'Procurement',
    aliases: [],
    functions: [
      fn('Inventory Adjustments', [NOTES, GUIDES]),
      fn('Inventory Transfers', [NOTES, GUIDES]),
      fn('Product Billable Option', [GUIDES]),
      // Bitdefender: "Product Catalog is displayed as Product Entry in all versions prior to 2017.5".
      fn('Product Catalog', [PSA, NINJA, NOTES, GUIDES], { aliases: ['Product Entry'] }),
      // ImmyBot's guide writes the singular.
      fn('Products', [PSA, NINJA, GUIDES], { aliases: ['Product'] }),
      fn('Purchase Orders', [GUIDES]),
      fn('Purchasing Demand', [GUIDES]),
      fn('Reports', [GUIDES]),
    ],
  },
  {
    name: 'Project',
    aliases: ['Projects'],
    functions: [
      fn('Close Project Tickets', [NOTES, GUIDES]),
      fn('Close Projects', [NOTES, GUIDES], { aliases: ['Close Project'] }),
      fn('Project Contacts', [NOTES, GUIDES]),
      fn('Project Finance', [GUIDES]),
      fn('Project Headers', [GUIDES]),
      fn('Project Management', [GUIDES]),
      fn('Project Notes', [GUIDES]),
      fn('Project Phase', [GUIDES]),
      fn('Project Product', [GUIDES]),
      fn('Project Reports', [GUIDES]),
      fn('Project Scheduling', [GUIDES]),
      fn('Project Teams', [GUIDES]),
      fn('Project Templates', [GUIDES]),
      fn('Project Ticket - Dependencies', [GUIDES], {
        aliases: ['Project Tickets - Dependencies', 'Project Ticket - Dependancies'],
      }),
      fn('Project Ticket Tasks', [GUIDES]),
      // Rewst writes the singular.
      fn('Project Tickets', [NOTES, GUIDES], { aliases: ['Project Ticket'] }),
    ],
  },
  {
    name: 'Sales',
    aliases: [],
    functions: [
      fn('Closed Opportunity', [GUIDES]),
      fn('Opportunity', [GUIDES]),
      fn('Opportunity Finance', [GUIDES]),
      fn('Reports', [GUIDES]),
      fn('Sales Dashboard', [GUIDES]),
      fn('Sales Funnel', [GUIDES]),
      fn('Sales Order Finance', [GUIDES], { aliases: ['Sales Orders Finance'] }),
      fn('Sales Orders', [GUIDES]),
    ],
  },
  {
    name: 'Service Desk',
    aliases: [],
    functions: [
      fn('Change Approvals', [GUIDES]),
      // N-central writes "Close Service Ticket", CrushBank "Closed Service Tickets".
      fn('Close Service Tickets', [PSA, NINJA, NOTES, GUIDES], {
        aliases: ['Close Service Ticket', 'Closed Service Tickets'],
      }),
      fn('Merge Tickets', [GUIDES]),
      fn('Reports', [PSA, GUIDES]),
      fn('Resource Scheduling', [NOTES, GUIDES]),
      fn('Service Ticket - Dependencies', [GUIDES], {
        aliases: [
          'Service Tickets - Dependencies',
          'Service Ticket Dependencies',
          'Service Ticket - Dependancies',
        ],
      }),
      fn('Service Tickets', [PSA, NINJA, NOTES, GUIDES], { aliases: ['Service Ticket'] }),
      fn('Service Tickets - Finance', [GUIDES], { aliases: ['Service Ticket - Finance'] }),
      fn('SLA Dashboard', [NINJA, GUIDES]),
      fn('Ticket Templates', [GUIDES]),
    ],
  },
  {
    name: 'System',
    aliases: [],
    functions: [
      fn('API Reports', [PSA, NOTES, GUIDES]),
      fn('Custom Menu Entry', [GUIDES]),
      // Thread's guide lists both under System; 1stream lists Manage Hosted API there too.
      fn('Data Import', [GUIDES]),
      fn('Manage Hosted API', [GUIDES]),
      fn('Member Maintenance', [NOTES, GUIDES]),
      fn('My Account', [GUIDES]),
      fn('My Company', [PSA, NOTES, GUIDES]),
      fn('Security', [NOTES, GUIDES], { aliases: ['Security Roles'] }),
      fn('System Reports', [GUIDES]),
      // Hatz AI writes "Setup Tables".
      fn('Table Setup', [PSA, NINJA, NOTES, GUIDES], { aliases: ['Setup Tables'] }),
    ],
  },
  {
    name: 'Time & Expense',
    // "Time and Expense" already folds into this name ("&" reads as "and").
    aliases: ['Time & Expenses'],
    functions: [
      fn('Expense Report Entry', [GUIDES]),
      fn('Reports', [GUIDES]),
      fn('Time Approval', [GUIDES]),
      fn('Time Entry', [NOTES, GUIDES], { aliases: ['Time Entries'] }),
      fn('Time Entry Billable Option', [NOTES, GUIDES]),
    ],
  },
];
// Where the names above come from, for anyone extending the list: SOURCES.watchguardPsa,
// SOURCES.ninjaone and SOURCES.manageApiNotes (./sources.ts).

export interface ResolvedFunction {
  module: string;
  function: string;
}

interface Entry extends ResolvedFunction {
  sensitive: boolean;
}

const modulesByName = new Map<string, KnownModule>();
const functionsByKey = new Map<string, Entry>();
for (const module of MANAGE_MODULES) {
  for (const name of [module.name, ...module.aliases]) modulesByName.set(normaliseName(name), module);
  for (const known of module.functions) {
    const entry = { module: module.name, function: known.name, sensitive: known.sensitive };
    for (const name of [known.name, ...known.aliases])
      functionsByKey.set(functionKey(module.name, name), entry);
  }
}

/** The known module with this name or one of its aliases. */
export function findManageModule(name: string): KnownModule | undefined {
  return modulesByName.get(normaliseName(name));
}

function findEntry(moduleName: string, functionName: string): Entry | undefined {
  const module = modulesByName.get(normaliseName(moduleName));
  if (!module) return undefined;
  return functionsByKey.get(functionKey(module.name, functionName));
}

/**
 * The canonical spelling of a known module function (module and function names may be aliases),
 * or undefined when we do not know it. The module is part of the lookup, so a name that exists
 * under two modules ("Reports") always resolves to the module it was read under.
 */
export function findManageFunction(moduleName: string, functionName: string): ResolvedFunction | undefined {
  const entry = findEntry(moduleName, functionName);
  return entry ? { module: entry.module, function: entry.function } : undefined;
}

export interface RowIdentity {
  /** The same for every spelling of a known function; `functionKey` of the names otherwise. */
  key: string;
  sensitive: boolean;
}

// Audits resolve the same ~150 role rows on every run; remembering them (per module, then per
// function, so no key is built to look one up) keeps a full audit within its time budget.
// Bounded so a hostile page cannot grow it without limit.
const identities = new Map<string, Map<string, RowIdentity>>();
const IDENTITY_LIMIT = 5000;
let identityCount = 0;

/** How a role or catalogue row is matched (its key) and whether it reveals secrets. */
export function rowIdentity(moduleName: string, functionName: string): RowIdentity {
  let byFunction = identities.get(moduleName);
  const cached = byFunction?.get(functionName);
  if (cached) return cached;
  const entry = findEntry(moduleName, functionName);
  const identity = {
    key: entry ? functionKey(entry.module, entry.function) : functionKey(moduleName, functionName),
    sensitive: entry?.sensitive ?? false,
  };
  if (identityCount >= IDENTITY_LIMIT) {
    identities.clear();
    identityCount = 0;
    byFunction = undefined;
  }
  if (!byFunction) {
    byFunction = new Map();
    identities.set(moduleName, byFunction);
  }
  byFunction.set(functionName, identity);
  identityCount++;
  return identity;
}

/**
 * One key per (module, function) that is the same for every spelling of a known function, and
 * `functionKey` of the names as given for anything else: what role rows and catalogue rows are
 * matched by.
 */
export function canonicalFunctionKey(moduleName: string, functionName: string): string {
  return rowIdentity(moduleName, functionName).key;
}

/** True for a function that reveals secrets (e.g. Configuration - Display Passwords). */
export function isSensitiveManageFunction(moduleName: string, functionName: string): boolean {
  return rowIdentity(moduleName, functionName).sensitive;
}

/** Known function names of a module, in the order above (empty for an unknown module). */
export function manageFunctionsFor(moduleName: string): string[] {
  return findManageModule(moduleName)?.functions.map((known) => known.name) ?? [];
}
