/**
 * The ConnectWise Manage simulator's deterministic data set: the MSP's login company, API members
 * with key pairs and security roles, and the records the product reads (companies with statuses
 * and types, members, service boards and statuses, agreements and their additions). Same seed ⇒
 * same records on every machine; additions are built lazily per agreement, so a data set of tens
 * of thousands of companies costs only what a test reads.
 *
 * Field names follow our schemas (lib/vendors/cw-manage/schemas.ts, which cite the 2025.1 spec —
 * reference/vendor-apis.md §1.9). Module and function names of role settings come from our
 * permission catalogue (lib/permissions/manage-modules.ts).
 */
import { MANAGE_MODULES } from '../../../lib/permissions/manage-modules';
import { requiredRole } from '../../../lib/permissions/required-role';
import { createRng, identifierFrom, personName, type Rng, uniqueCompanyNames } from '../core';

export type Level = 'None' | 'My' | 'All';

export interface Reference {
  id: number;
  name: string;
  _info?: Record<string, string>;
}

export interface CompanyRecord {
  id: number;
  identifier: string;
  name: string;
  status: Reference;
  types: Reference[];
  deletedFlag: boolean;
  city: string;
  phoneNumber: string;
  website: string;
  _info: Record<string, string>;
}

export interface RoleSettingRecord {
  id: number;
  addLevel: Level;
  editLevel: Level;
  deleteLevel: Level;
  inquireLevel: Level;
  moduleFunctionName: string;
  moduleFunctionIdentifier: string;
  moduleName: string;
  moduleIdentifier: string;
  myAllFlag: boolean;
  customFlag: boolean;
  sortOrder: number;
  _info: Record<string, string>;
}

export interface SecurityRoleRecord {
  id: number;
  name: string;
  roleType: string;
  adminFlag: boolean;
  inactiveFlag: boolean;
  settings: RoleSettingRecord[];
}

export interface ApiMemberRecord {
  id: number;
  identifier: string;
  publicKey: string;
  privateKey: string;
  securityRoleId: number;
}

export interface MemberRecord {
  id: number;
  identifier: string;
  firstName: string;
  lastName: string;
  inactiveFlag: boolean;
  licenseClass: 'A' | 'C' | 'F' | 'X';
  defaultEmail: 'Office';
  defaultPhone: 'Office';
  officeEmail: string;
  securityRole: Reference;
}

export interface BoardRecord {
  id: number;
  name: string;
  inactiveFlag: boolean;
  projectFlag: boolean;
  dispatchMember?: { id: number; identifier: string; name: string };
  statuses: BoardStatusRecord[];
}

export interface BoardStatusRecord {
  id: number;
  name: string;
  board: Reference;
  closedStatus: boolean;
  defaultFlag: boolean;
  inactive: boolean;
  sortOrder: number;
}

export interface AgreementRecord {
  id: number;
  name: string;
  company: { id: number; identifier: string; name: string };
  type: Reference;
  agreementStatus: 'Active' | 'Cancelled' | 'Expired' | 'Inactive';
  cancelledFlag: boolean;
  startDate: string;
}

export interface AdditionRecord {
  id: number;
  agreementId: number;
  product: { id: number; identifier: string };
  quantity: number;
  description: string;
  cancelledDate: string | null;
}

export interface ManageDataOptions {
  seed?: number;
  /** Customer companies (default 250). */
  companies?: number;
  /** Members (default 25). */
  members?: number;
  /** Company names, e.g. to share customers with another vendor's simulator. */
  names?: readonly string[];
}

export interface ManageDataSet {
  seed: number;
  /** The login company: what the user types on the login screen. */
  companyId: string;
  companyName: string;
  /** Registered integration GUIDs the server accepts in the `clientId` header. */
  clientIds: string[];
  codebase: string;
  version: string;
  statuses: Reference[];
  types: Reference[];
  companies: CompanyRecord[];
  roles: SecurityRoleRecord[];
  apiMembers: {
    /** Role with WatchGuard Cloud's documented levels plus what the simulator's routes read. */
    integration: ApiMemberRecord;
    /** Role without Finance › Agreements, System › Table Setup and System › Security. */
    limited: ApiMemberRecord;
  };
  members: MemberRecord[];
  boards: BoardRecord[];
  agreements: AgreementRecord[];
  additions(agreementId: number): AdditionRecord[];
}

const STATUSES: readonly (readonly [string, number])[] = [
  ['Active', 70],
  ['Inactive', 12],
  ['Not-Approved', 6],
  ['Credit Hold', 4],
  ['Imported', 8],
];
const TYPES: readonly (readonly [string, number])[] = [
  ['Client', 60],
  ['Prospect', 20],
  ['Vendor', 8],
  ['Partner', 5],
  ['Former Client', 7],
];
const PRODUCTS = ['WG-EPDR', 'WG-FIREBOX-T45', 'TL-ALLOWLIST', 'NINJA-RMM', 'M365-BP'] as const;
const CITIES = ['Denver', 'Tampa', 'Berlin', 'Lyon', 'Sydney', 'Leeds', 'Osaka', 'Toronto', 'Austin'];

/** The roles the API members use; every other function of a role is None. */
const INTEGRATION_GRANTS: readonly (readonly [string, string])[] = [
  ['Companies', 'Company Maintenance'],
  ['Companies', 'Configurations'],
  ['Finance', 'Agreements'],
  ['System', 'Table Setup'],
  ['System', 'Member Maintenance'],
  ['System', 'Security'],
  ['System', 'My Company'],
];
const LIMITED_GRANTS: readonly (readonly [string, string])[] = [
  ['Companies', 'Company Maintenance'],
  ['System', 'My Company'],
];

export function createManageData(options: ManageDataOptions = {}): ManageDataSet {
  const seed = options.seed ?? 1;
  const root = createRng(seed);
  const statuses = STATUSES.map(([name], index) => ({ id: index + 1, name }));
  const types = TYPES.map(([name], index) => ({ id: index + 1, name }));
  const companies = buildCompanies(root.fork('companies'), options, statuses, types);
  const roles = buildRoles();
  const keys = root.fork('keys');
  const apiMember = (id: number, identifier: string, roleName: string): ApiMemberRecord => ({
    id,
    identifier,
    publicKey: keys.hex(16),
    privateKey: keys.hex(16),
    securityRoleId: roles.find((role) => role.name === roleName)!.id,
  });
  const members = buildMembers(root.fork('members'), options.members ?? 25, roles);
  const boards = buildBoards(members);
  const agreements = buildAgreements(root.fork('agreements'), companies);
  const additionCache = new Map<number, AdditionRecord[]>();
  const additionRng = root.fork('additions');
  const additionSeed = additionRng.int(1, 1_000_000);

  return {
    seed,
    companyId: 'sim_msp',
    companyName: 'Simulated MSP',
    clientIds: [root.fork('client-id').uuid()],
    codebase: 'v2025_1/',
    version: 'v2025.1.104422',
    statuses,
    types,
    companies,
    roles,
    apiMembers: {
      integration: apiMember(901, 'APIIntegration', 'API Integration'),
      limited: apiMember(902, 'APILimited', 'Limited API'),
    },
    members,
    boards,
    agreements,
    additions(agreementId) {
      let cached = additionCache.get(agreementId);
      if (!cached) {
        cached = buildAdditions(createRng(additionSeed + agreementId), agreementId);
        additionCache.set(agreementId, cached);
      }
      return cached;
    },
  };
}

function buildCompanies(
  rng: Rng,
  options: ManageDataOptions,
  statuses: readonly Reference[],
  types: readonly Reference[],
): CompanyRecord[] {
  const count = options.companies ?? 250;
  const names = options.names ? [...options.names] : uniqueCompanyNames(rng.fork('names'), count);
  const identifiers = new Set<string>();
  const statusOf = (name: string) => statuses.find((status) => status.name === name)!;
  const typeOf = (name: string) => types.find((type) => type.name === name)!;
  const companies: CompanyRecord[] = [];
  for (let index = 0; index < Math.min(count, names.length); index++) {
    const name = names[index]!;
    let identifier = identifierFrom(name);
    // Manage identifiers are unique; the UI appends a number to a taken one.
    for (let n = 2; identifiers.has(identifier.toLowerCase()); n++) {
      identifier = `${identifierFrom(name, 25 - String(n).length)}${n}`;
    }
    identifiers.add(identifier.toLowerCase());
    const primary = rng.weighted(TYPES);
    const companyTypes = [typeOf(primary)];
    if (primary === 'Client' && rng.chance(0.1)) companyTypes.push(typeOf('Partner'));
    const updated = Date.UTC(2024, 0, 1) + rng.int(0, 600) * 86_400_000;
    companies.push({
      // Ids start above the MSP's own records and have gaps, like a tenant that deleted some.
      id: 250 + index * 2 + rng.int(0, 1),
      identifier,
      name,
      status: statusOf(rng.weighted(STATUSES)),
      types: companyTypes,
      deletedFlag: false,
      city: rng.pick(CITIES),
      phoneNumber: `555${String(rng.int(0, 9_999_999)).padStart(7, '0')}`,
      website: `www.${identifier.toLowerCase()}.example`,
      _info: { lastUpdated: new Date(updated).toISOString().replace('.000Z', 'Z'), updatedBy: 'admin1' },
    });
  }
  return companies;
}

/** One function's Add, Edit, Delete and Inquire levels in a role. */
export type Grant = (module: string, fn: string) => readonly [Level, Level, Level, Level];

/** Inquire All on the listed functions (what the API reads), None everywhere else. */
const inquireOn =
  (list: readonly (readonly [string, string])[]): Grant =>
  (module, fn) => ['None', 'None', 'None', list.some(([m, f]) => m === module && f === fn) ? 'All' : 'None'];

/**
 * The integrations' role: WatchGuard Cloud's documented levels (the permission catalogue, seeds
 * 001) plus Inquire on what the simulator's routes check, so the sandbox's API member passes the
 * WatchGuard audit and holds a little more than that integration needs.
 */
function integrationGrant(): Grant {
  const watchGuard = new Map(
    requiredRole(['watchguard-cloud-psa']).functions.map((entry) => [
      `${entry.module} › ${entry.function}`,
      entry.levels,
    ]),
  );
  const routes = inquireOn(INTEGRATION_GRANTS);
  return (module, fn) => {
    const levels = watchGuard.get(`${module} › ${fn}`);
    const [, , , inquire] = routes(module, fn);
    if (!levels) return ['None', 'None', 'None', inquire];
    return [
      levels.add.level,
      levels.edit.level,
      levels.delete.level,
      inquire === 'All' ? 'All' : levels.inquire.level,
    ];
  };
}

function buildRoles(): SecurityRoleRecord[] {
  const role = (id: number, name: string, grant: Grant) => ({
    id,
    name,
    roleType: 'Corporate',
    adminFlag: name === 'Admin',
    inactiveFlag: false,
    settings: settingsFor(id, grant),
  });
  return [
    role(1, 'Admin', () => ['All', 'All', 'All', 'All']),
    role(2, 'Technician', (module) =>
      module === 'Companies' ? ['All', 'All', 'All', 'All'] : ['My', 'My', 'My', 'My'],
    ),
    role(3, 'API Integration', integrationGrant()),
    role(4, 'Limited API', inquireOn(LIMITED_GRANTS)),
  ];
}

/** One settings row per known module function. */
export function settingsFor(roleId: number, grant: Grant): RoleSettingRecord[] {
  const rows: RoleSettingRecord[] = [];
  let sortOrder = 0;
  for (const module of MANAGE_MODULES) {
    for (const fn of module.functions) {
      sortOrder++;
      const [add, edit, del, inquire] = grant(module.name, fn.name);
      rows.push({
        id: roleId * 1000 + sortOrder,
        addLevel: add,
        editLevel: edit,
        deleteLevel: del,
        inquireLevel: inquire,
        moduleFunctionName: fn.name,
        // Real identifier values are NOT FOUND (vendor-apis.md §1.9); these are stand-ins.
        moduleFunctionIdentifier: identifierFrom(fn.name, 50),
        moduleName: module.name,
        moduleIdentifier: identifierFrom(module.name, 50),
        myAllFlag: true,
        customFlag: fn.name === 'Table Setup',
        sortOrder,
        _info: { lastUpdated: '2024-06-01T00:00:00Z', updatedBy: 'admin1' },
      });
    }
  }
  return rows;
}

function buildMembers(rng: Rng, count: number, roles: readonly SecurityRoleRecord[]): MemberRecord[] {
  const members: MemberRecord[] = [];
  const taken = new Set<string>();
  for (let index = 0; index < count; index++) {
    const { firstName, lastName } = personName(rng);
    let identifier = identifierFrom(`${firstName[0]}${lastName}`, 15).toLowerCase();
    for (let n = 2; taken.has(identifier); n++) identifier = `${identifier.replace(/\d+$/, '')}${n}`;
    taken.add(identifier);
    const role = index === 0 ? roles[0]! : roles[1]!;
    members.push({
      id: 100 + index,
      identifier,
      firstName,
      lastName,
      inactiveFlag: index > 0 && rng.chance(0.1),
      licenseClass: index === 0 ? 'F' : rng.pick(['F', 'F', 'A', 'X'] as const),
      defaultEmail: 'Office',
      defaultPhone: 'Office',
      officeEmail: `${identifier}@msp.example`,
      securityRole: { id: role.id, name: role.name },
    });
  }
  return members;
}

function buildBoards(members: readonly MemberRecord[]): BoardRecord[] {
  const dispatcher = members[0];
  const board = (
    id: number,
    name: string,
    statuses: readonly (readonly [string, boolean])[],
    extra: Partial<BoardRecord> = {},
  ): BoardRecord => ({
    id,
    name,
    inactiveFlag: false,
    projectFlag: false,
    ...(dispatcher
      ? {
          dispatchMember: {
            id: dispatcher.id,
            identifier: dispatcher.identifier,
            name: `${dispatcher.firstName} ${dispatcher.lastName}`,
          },
        }
      : {}),
    ...extra,
    statuses: statuses.map(([statusName, closed], index) => ({
      id: id * 100 + index + 1,
      name: statusName,
      board: { id, name },
      closedStatus: closed,
      defaultFlag: index === 0,
      inactive: false,
      sortOrder: index,
    })),
  });
  return [
    board(1, 'Help Desk', [
      ['New', false],
      ['In Progress', false],
      ['Waiting on Client', false],
      ['Closed', true],
      ['>Closed (resolved)', true],
    ]),
    board(2, 'ThreatLocker', [
      ['New', false],
      ['Assigned', false],
      ['Closed', true],
    ]),
    // No status containing "closed" and no dispatcher: fails the ThreatLocker readiness check.
    board(
      3,
      'Alerts',
      [
        ['New', false],
        ['Acknowledged', false],
        ['Completed', true],
      ],
      { dispatchMember: undefined },
    ),
    board(4, 'Projects', [['New', false]], { projectFlag: true }),
    // No statuses at all: readiness must say so, not pass or crash.
    board(5, 'Approvals', []),
  ].map((record) => {
    if (record.dispatchMember === undefined) delete record.dispatchMember;
    return record;
  });
}

function buildAgreements(rng: Rng, companies: readonly CompanyRecord[]): AgreementRecord[] {
  const agreements: AgreementRecord[] = [];
  const type = { id: 1, name: 'Managed Services' };
  for (const company of companies) {
    if (!company.types.some((t) => t.name === 'Client') || !rng.chance(0.6)) continue;
    const status = rng.weighted([
      ['Active', 85],
      ['Cancelled', 10],
      ['Expired', 5],
    ] as const);
    agreements.push({
      id: 5000 + agreements.length,
      name: `${company.identifier} Managed Services`,
      company: { id: company.id, identifier: company.identifier, name: company.name },
      type,
      agreementStatus: status,
      cancelledFlag: status === 'Cancelled',
      startDate: new Date(Date.UTC(2023, rng.int(0, 23), 1)).toISOString().replace('.000Z', 'Z'),
    });
  }
  return agreements;
}

function buildAdditions(rng: Rng, agreementId: number): AdditionRecord[] {
  const count = rng.int(1, 4);
  const products = [...PRODUCTS];
  const additions: AdditionRecord[] = [];
  for (let index = 0; index < count; index++) {
    const product = products.splice(rng.int(0, products.length - 1), 1)[0]!;
    additions.push({
      id: agreementId * 10 + index,
      agreementId,
      product: { id: PRODUCTS.indexOf(product as (typeof PRODUCTS)[number]) + 1, identifier: product },
      quantity: rng.int(1, 250),
      description: product,
      cancelledDate: rng.chance(0.1) ? '2024-12-31T00:00:00Z' : null,
    });
  }
  return additions;
}
