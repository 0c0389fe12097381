import { functionKey, normaliseName } from './normalise';

/**
 * The ConnectWise Manage security modules and functions we know exist, so that a catalogue entry
 * naming anything else fails a test instead of silently never matching a role. Built from the
 * permission tables in the vendor documents (seeds/001, seeds/003) and the function names
 * collected in the API research notes (vendor-apis.md §1.10). It is not the full list (several
 * modules' functions were not found in public sources): settings returned by a server may
 * contain functions missing here, and that is fine; only the catalogue must stay inside it.
 */
type SourceKey = 'watchguardPsa' | 'ninjaone' | 'manageApiNotes';

export interface KnownFunction {
  name: string;
  /** Documents in which this function name appears (keys of SOURCES). */
  seenIn: readonly SourceKey[];
}

export interface KnownModule {
  name: string;
  functions: readonly KnownFunction[];
}

const PSA: SourceKey = 'watchguardPsa';
const NINJA: SourceKey = 'ninjaone';
const NOTES: SourceKey = 'manageApiNotes';

function fn(name: string, ...seenIn: SourceKey[]): KnownFunction {
  return { name, seenIn };
}

export const MANAGE_MODULES: readonly KnownModule[] = [
  {
    name: 'Companies',
    functions: [
      fn('Company Maintenance', PSA, NINJA, NOTES),
      fn('Company/Contact Group Maintenance', NOTES),
      fn('Configuration - Display Passwords', NOTES),
      fn('Configurations', PSA, NINJA, NOTES),
      fn('Contacts', NINJA, NOTES),
      fn('CRM/Sales Activities', NOTES),
      fn('Import Contacts', NOTES),
      fn('Manage Attachments', NOTES),
      fn('Management', NOTES),
      fn('Notes', NOTES),
      fn('Reports', NOTES),
      fn('Surveys', NOTES),
      fn('Team Members', NOTES),
      fn('Tracks', NOTES),
      // Two integration guides name this function differently; both labels are listed.
      fn('User Scenarios', NOTES),
      fn('UserCentric', NOTES),
    ],
  },
  {
    name: 'Finance',
    functions: [
      fn('Accounting Interface', NOTES),
      fn('Agreement Invoicing', NOTES),
      fn('Agreement Sales', NOTES),
      fn('Agreements', PSA, NINJA, NOTES),
      fn('Billing Rate Maintenance', NOTES),
      fn('Billing Reconciliation', NOTES),
      fn('Billing View Time', NOTES),
      fn('Company Finance', NOTES),
      // Sources disagree on the plural.
      fn('Expense Reimbursement', NOTES),
      fn('Expense Reimbursements', NOTES),
      fn('Financial Dashboard', NOTES),
      fn('Invoice Approval', NOTES),
      fn('Invoicing', NOTES),
      fn('Reports', PSA, NOTES),
    ],
  },
  {
    name: 'Marketing',
    functions: [
      fn('ConnectWise Campaign', NOTES),
      fn('Marketing Groups', NOTES),
      fn('Marketing Management', NOTES),
      fn('Marketing Reports', NOTES),
    ],
  },
  {
    name: 'Procurement',
    functions: [
      fn('Inventory Adjustments', NOTES),
      fn('Inventory Transfers', NOTES),
      fn('Product Catalog', PSA, NINJA, NOTES),
      fn('Products', PSA, NINJA),
    ],
  },
  {
    name: 'Project',
    functions: [
      fn('Close Project', NOTES),
      fn('Close Project Tickets', NOTES),
      fn('Project Contacts', NOTES),
      fn('Project Tickets', NOTES),
    ],
  },
  // Sales has eight functions in ConnectWise's matrix, but no public source names them.
  { name: 'Sales', functions: [] },
  {
    name: 'Service Desk',
    functions: [
      fn('Close Service Tickets', PSA, NINJA, NOTES),
      fn('Reports', PSA),
      fn('Resource Scheduling', NOTES),
      fn('Service Tickets', PSA, NINJA, NOTES),
      fn('SLA Dashboard', NINJA),
    ],
  },
  {
    name: 'System',
    functions: [
      fn('API Reports', PSA, NOTES),
      fn('Member Maintenance', NOTES),
      fn('My Company', PSA, NOTES),
      fn('Security', NOTES),
      fn('Table Setup', PSA, NINJA, NOTES),
    ],
  },
  {
    name: 'Time & Expense',
    functions: [fn('Time Entry', NOTES), fn('Time Entry Billable Option', NOTES)],
  },
];
// Where the names above come from, for anyone extending the list: SOURCES.watchguardPsa,
// SOURCES.ninjaone and SOURCES.manageApiNotes (./sources.ts).

const modulesByName = new Map(MANAGE_MODULES.map((module) => [normaliseName(module.name), module]));
const functionsByKey = new Map<string, { module: string; function: string }>();
for (const module of MANAGE_MODULES) {
  for (const known of module.functions) {
    functionsByKey.set(functionKey(module.name, known.name), { module: module.name, function: known.name });
  }
}

/** The known module with this (normalised) name. */
export function findManageModule(name: string): KnownModule | undefined {
  return modulesByName.get(normaliseName(name));
}

/** The canonical spelling of a known module function, or undefined when we do not know it. */
export function findManageFunction(
  moduleName: string,
  functionName: string,
): { module: string; function: string } | undefined {
  return functionsByKey.get(functionKey(moduleName, functionName));
}

/** Known function names of a module, in the order above (empty for an unknown module). */
export function manageFunctionsFor(moduleName: string): string[] {
  return findManageModule(moduleName)?.functions.map((known) => known.name) ?? [];
}
