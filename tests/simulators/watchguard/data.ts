/**
 * The WatchGuard Cloud simulator's deterministic data set: one Service Provider (the account whose
 * API credentials the tests use), its managed accounts, and Endpoint Security devices per account.
 * Same seed ⇒ same records on every machine. Devices are generated lazily per account, so a data
 * set of tens of thousands of accounts costs only what a test actually reads.
 *
 * Record shapes follow our schemas (lib/vendors/watchguard/schemas.ts), which cite the WatchGuard
 * Accounts API and Endpoint Security Management API documents.
 */
import { createRng, identifierFrom, type Rng, uniqueCompanyNames } from '../core';

export interface WgAccountRecord {
  accountId: string;
  name: string;
  /** 1 Service Provider, 2 Subscriber. */
  type: 1 | 2;
  parentAccountId: string | null;
  deviceCount: number;
  /** Managed for another provider that delegated it; listed only with `includeDelegatedAccounts`. */
  delegated?: boolean;
}

export interface WgDeviceRecord {
  account_id: string;
  device_id: string;
  host_name: string;
  description: string;
  domain: string;
  ip_address: string;
  mac_addresses: string[];
  operating_system: string;
  platform_id: number;
  type: number;
  agent_version: string;
  last_connection: string;
  isolation_state: number;
  license_status: number;
  encryption: number;
  site_id: string;
  site_name: string;
  reboot_requested: boolean;
}

export interface WgCredentials {
  accessId: string;
  password: string;
}

export interface WatchGuardDataOptions {
  seed?: number;
  /** Managed (child) accounts of the Service Provider (default 50). */
  accounts?: number;
  /**
   * Devices per managed account (default: 0–60, and every 25th account 3,200 so the 3,000-record
   * response cap is met without asking). A function lets a test pin exact counts.
   */
  devicesPerAccount?: number | ((index: number) => number);
  /** Devices of the Service Provider's own account (default 3). */
  ownDevices?: number;
  /** Managed account names, e.g. to share customers with the ConnectWise RMM simulator. */
  names?: readonly string[];
  /** How many of the managed accounts (the last ones) another provider delegated (default 0). */
  delegatedAccounts?: number;
}

export interface WatchGuardDataSet {
  seed: number;
  partner: WgAccountRecord;
  readWrite: WgCredentials;
  readOnly: WgCredentials;
  apiKey: string;
  /** Managed accounts in a stable order (the children listing pages through this array). */
  accounts: WgAccountRecord[];
  account(accountId: string): WgAccountRecord | undefined;
  /** All devices of one account, generated on first use. */
  devices(accountId: string): readonly WgDeviceRecord[];
}

const OPERATING_SYSTEMS: readonly (readonly [string, number, number])[] = [
  // [name, platform_id, weight] — platform_id: 1 Windows, 2 Linux, 3 macOS, 4 Android.
  ['Windows 11 Pro', 1, 40],
  ['Windows 10 Pro', 1, 25],
  ['Windows Server 2022 Standard', 1, 8],
  ['Windows Server 2019 Standard', 1, 5],
  ['Ubuntu 22.04 LTS', 2, 6],
  ['Red Hat Enterprise Linux 9', 2, 3],
  ['macOS Sonoma 14', 3, 10],
  ['Android 14', 4, 3],
];

/** Builds the data set. Pure: no clocks, no I/O. */
export function createWatchGuardData(options: WatchGuardDataOptions = {}): WatchGuardDataSet {
  const seed = options.seed ?? 1;
  const rng = createRng(seed);
  const idRng = rng.fork('ids');
  const count = options.accounts ?? 50;
  // The same 'customers' fork as the ConnectWise RMM simulator: same seed ⇒ same customer names
  // on both sides, like a real MSP that has the same clients in both tools.
  const names = options.names ?? uniqueCompanyNames(createRng(seed).fork('customers'), count);

  const partner: WgAccountRecord = {
    accountId: `WGC-1-${idRng.hex(16)}`,
    name: 'Simulated MSP Service Provider',
    type: 1,
    parentAccountId: null,
    deviceCount: options.ownDevices ?? 3,
  };

  const deviceCountFor = (index: number): number => {
    const setting = options.devicesPerAccount;
    if (typeof setting === 'number') return setting;
    if (typeof setting === 'function') return setting(index);
    return index % 25 === 24 ? 3_200 : rng.fork(`count:${index}`).int(0, 60);
  };

  const accounts: WgAccountRecord[] = [];
  for (let index = 0; index < count; index++) {
    const accountRng = rng.fork(`account:${index}`);
    // Older accounts carry the legacy ACC- form; most are WGC- (Accounts API examples show both).
    const accountId = accountRng.chance(0.1)
      ? `ACC-${String(1_000_000 + accountRng.int(0, 8_999_999))}`
      : `WGC-3-${accountRng.hex(16)}`;
    accounts.push({
      accountId,
      name: names[index] ?? `Managed account ${index + 1}`,
      type: accountRng.chance(0.08) ? 1 : 2,
      parentAccountId: partner.accountId,
      deviceCount: deviceCountFor(index),
      ...(index >= count - (options.delegatedAccounts ?? 0) ? { delegated: true } : {}),
    });
  }

  const byId = new Map<string, WgAccountRecord>([[partner.accountId, partner]]);
  for (const account of accounts) byId.set(account.accountId, account);
  const deviceCache = new Map<string, WgDeviceRecord[]>();

  const credRng = rng.fork('credentials');
  return {
    seed,
    partner,
    // Both access IDs are opaque and shaped alike: nothing in the ID itself says read-only, so the
    // client only knows when the user tells it which ID the portal labelled read-only.
    readWrite: { accessId: credRng.hex(24), password: `Rw!${credRng.hex(12)}A` },
    readOnly: { accessId: credRng.hex(24), password: `Ro!${credRng.hex(12)}B` },
    apiKey: credRng.hex(40),
    accounts,
    account: (accountId) => byId.get(accountId),
    devices(accountId) {
      const account = byId.get(accountId);
      if (!account) return [];
      let list = deviceCache.get(accountId);
      if (!list) {
        list = generateDevices(rng.fork(`devices:${accountId}`), account);
        deviceCache.set(accountId, list);
      }
      return list;
    },
  };
}

function generateDevices(rng: Rng, account: WgAccountRecord): WgDeviceRecord[] {
  const prefix = identifierFrom(account.name, 6).toUpperCase();
  const sites = [
    { site_id: rng.uuid(), site_name: 'Head office' },
    { site_id: rng.uuid(), site_name: 'Branch' },
  ];
  const base = Date.UTC(2025, 0, 1);
  const devices: WgDeviceRecord[] = [];
  for (let i = 0; i < account.deviceCount; i++) {
    const [os, platformId] = rng.weighted(OPERATING_SYSTEMS.map(([name, id, w]) => [[name, id] as const, w]));
    const server = /Server|Linux|Red Hat|Ubuntu/.test(os);
    const type =
      platformId === 4
        ? 4
        : server
          ? 3
          : rng.weighted([
              [1, 6],
              [2, 4],
            ] as const);
    const kind = type === 3 ? 'SRV' : type === 2 ? 'LT' : type === 4 ? 'MOB' : 'WS';
    const site = rng.pick(sites);
    devices.push({
      account_id: account.accountId,
      device_id: rng.uuid(),
      host_name: `${prefix}-${kind}-${String(i + 1).padStart(4, '0')}`,
      description: server ? 'Server' : '',
      domain: rng.chance(0.7) ? `${prefix.toLowerCase()}.local` : 'WORKGROUP',
      ip_address: `10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`,
      mac_addresses: [macAddress(rng)],
      operating_system: os,
      platform_id: platformId,
      type,
      agent_version: rng.pick(['1.17.00.0000', '1.18.00.0000', '1.19.10.0002']),
      last_connection: new Date(base - rng.int(0, 30 * 86_400) * 1000).toISOString().replace('.000', ''),
      isolation_state: rng.weighted([
        [0, 97],
        [1, 2],
        [2, 1],
      ] as const),
      license_status: rng.weighted([
        [0, 92],
        [1, 6],
        [3, 2],
      ] as const),
      encryption: rng.pick([0, 1, 2, 6]),
      ...site,
      reboot_requested: rng.chance(0.05),
    });
  }
  return devices;
}

function macAddress(rng: Rng): string {
  return (rng.hex(12).match(/../g) ?? []).join('-').toUpperCase();
}
