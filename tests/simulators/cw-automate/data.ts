/**
 * The ConnectWise Automate simulator's deterministic data set: clients, user classes with their
 * `Permissions` object, and users — among them the integration accounts tests sign in with.
 * Field names follow the Automate REST API specification (reference/specs/automate, §2.4 of
 * vendor-apis.md); permission names come from lib/permissions/automate-fields.ts.
 */
import {
  USER_CLASS_PERMISSION_FIELDS,
  type UserClassPermissionField,
} from '../../../lib/permissions/automate-fields';
import { rewstAutomate } from '../../../lib/permissions/profiles/rewst-automate';
import { createRng, personName, type Rng, uniqueCompanyNames } from '../core';

export interface AutomateClientRecord {
  /** The spec types `LabTech.Models.Client.Id` as a string. */
  Id: string;
  Name: string;
  Company: string;
  City: string;
  ExternalId: string;
}

export interface UserClassRecord {
  UserClassId: number;
  Name: string;
  Permissions: Record<UserClassPermissionField, boolean>;
  BinaryExtensionPermissions: unknown[];
  WebExtensionClaims: unknown[];
}

export interface AutomateUserRecord {
  UserId: number;
  Name: string;
  FirstName: string;
  LastName: string;
  EmailAddress: string;
  IsIntegrator: boolean;
  IsLocked: boolean;
  UserClasses: { UserClassId: number; Name: string }[];
  PrimaryClients: { ClientId: number; Name: string }[];
}

/** A user the simulator can sign in: the record plus what only the server knows. */
export interface AutomateAccount {
  user: AutomateUserRecord;
  password: string;
  /** Base32 authenticator secret; set when the user signs in with two factors. */
  totpSecret?: string;
}

export interface AutomateDataOptions {
  seed?: number;
  /** Clients (default 120). */
  clients?: number;
  names?: readonly string[];
}

export interface AutomateDataSet {
  seed: number;
  clientIds: string[];
  clients: AutomateClientRecord[];
  userClasses: UserClassRecord[];
  users: AutomateUserRecord[];
  accounts: {
    /** Integrator with two-factor login, Rewst's least-privilege class plus read access to users. */
    integrator: AutomateAccount;
    /** Administrator without two-factor login. */
    admin: AutomateAccount;
    /** A user whose class allows nothing. */
    restricted: AutomateAccount;
    /**
     * Integrator with two-factor login whose Rewst class was set up without Clients Read: the
     * case Rewst's guide warns about (no customers when its options are refreshed).
     */
    rewstNoClients: AutomateAccount;
  };
  account(name: string): AutomateAccount | undefined;
}

export function createAutomateData(options: AutomateDataOptions = {}): AutomateDataSet {
  const seed = options.seed ?? 1;
  const rng = createRng(seed).fork('automate');
  const count = options.clients ?? 120;
  const names = options.names ? [...options.names] : uniqueCompanyNames(rng.fork('names'), count);
  const clients = names.slice(0, count).map((name, index) => ({
    Id: String(index + 1),
    Name: name,
    Company: name,
    City: rng.pick(['Denver', 'Tampa', 'Berlin', 'Sydney', 'Leeds']),
    ExternalId: '',
  }));

  const rewstFields = new Set(
    rewstAutomate.requirements.flatMap((req) => (req.scope === 'userClass' ? [req.field] : [])),
  );
  const userClasses = [
    userClass(1, 'Admin', () => true),
    userClass(2, 'Rewst Automation', (field) => rewstFields.has(field) && field !== 'SuperAdmin'),
    userClass(3, 'API Reader', (field) => ['UserClassRead', 'UserRead', 'UsersShowAll'].includes(field)),
    userClass(4, 'No Access', () => false),
    userClass(5, 'Technicians', (field) => /Read$|ShowAll$/.test(field)),
    userClass(
      6,
      'Rewst Automation (no Clients Read)',
      (field) => rewstFields.has(field) && field !== 'SuperAdmin' && field !== 'ClientRead',
    ),
  ];
  const classRef = (id: number) => ({ UserClassId: id, Name: userClasses[id - 1]!.Name });
  const keys = rng.fork('keys');
  const secret = () =>
    Array.from({ length: 32 }, () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'[keys.int(0, 31)]).join('');

  const account = (user: AutomateUserRecord, totp: boolean): AutomateAccount => ({
    user,
    password: `pw-${keys.hex(12)}`,
    ...(totp ? { totpSecret: secret() } : {}),
  });
  const integrator = account(
    user(1, 'integrator', 'Integration', 'User', [classRef(2), classRef(3)], true),
    true,
  );
  const admin = account(user(2, 'admin', 'Site', 'Admin', [classRef(1)], false), false);
  const restricted = account(
    user(3, 'restricted', 'Read', 'Nothing', [classRef(4)], false, [
      { ClientId: 1, Name: clients[0]?.Name ?? '' },
    ]),
    false,
  );
  const rewstNoClients = account(
    user(4, 'rewst', 'Rewst', 'Integration', [classRef(6), classRef(3)], true),
    true,
  );
  const people = buildPeople(rng.fork('people'), [classRef(5)]);
  const users = [integrator.user, admin.user, restricted.user, rewstNoClients.user, ...people];
  const accounts = { integrator, admin, restricted, rewstNoClients };

  return {
    seed,
    clientIds: [rng.fork('client-id').uuid()],
    clients,
    userClasses,
    users,
    accounts,
    account: (name) =>
      Object.values(accounts).find(
        (candidate) => candidate.user.Name.toLowerCase() === name.trim().toLowerCase(),
      ),
  };
}

function userClass(
  id: number,
  name: string,
  allow: (field: UserClassPermissionField) => boolean,
): UserClassRecord {
  const permissions = Object.fromEntries(USER_CLASS_PERMISSION_FIELDS.map((field) => [field, allow(field)]));
  return {
    UserClassId: id,
    Name: name,
    Permissions: permissions as Record<UserClassPermissionField, boolean>,
    BinaryExtensionPermissions: [],
    WebExtensionClaims: [],
  };
}

function user(
  id: number,
  name: string,
  firstName: string,
  lastName: string,
  classes: AutomateUserRecord['UserClasses'],
  integrator: boolean,
  primaryClients: AutomateUserRecord['PrimaryClients'] = [],
): AutomateUserRecord {
  return {
    UserId: id,
    Name: name,
    FirstName: firstName,
    LastName: lastName,
    EmailAddress: `${name}@msp.example`,
    IsIntegrator: integrator,
    IsLocked: false,
    UserClasses: classes,
    PrimaryClients: primaryClients,
  };
}

function buildPeople(rng: Rng, classes: AutomateUserRecord['UserClasses']): AutomateUserRecord[] {
  return Array.from({ length: 12 }, (_, index) => {
    const { firstName, lastName } = personName(rng);
    return user(10 + index, `${firstName[0]}${lastName}`.toLowerCase(), firstName, lastName, classes, false);
  });
}
