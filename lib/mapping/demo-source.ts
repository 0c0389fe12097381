/**
 * Sample mapping data in memory: what the background serves until the IndexedDB store (lib/db)
 * and the connection list are wired in (see lib/background/router.ts). Every connection is
 * labelled "Demo", so nobody mistakes it for their tenant. The small pair shows each case the
 * screen handles; the large pair (10,000 × 10,000, built on first use) shows it stays smooth.
 */
import { newEntityRecord } from './entity-record';
import { mappingId } from './keys';
import { MemoryMappingStore } from './memory-store';
import type { ConnectionSummary } from './schemas';
import type { MappingSource } from './service';
import type { EntityKind, EntityRecord, MappingRecord } from './store';

export const DEMO_CONNECTIONS = {
  accounts: 'demo-watchguard',
  companies: 'demo-cw-rmm',
  largeAccounts: 'demo-large-accounts',
  largeCompanies: 'demo-large-companies',
} as const;
export const LARGE_DEMO_SIZE = 10_000;

const FIRST_SYNC = '2026-01-05T08:00:00.000Z';
const LAST_SYNC = '2026-01-12T08:00:00.000Z';

/** [vendor id, name, external ids?, removed?]: WatchGuard Cloud accounts. */
const ACCOUNTS: [string, string, string[]?, boolean?][] = [
  ['WGC-1001', 'Müller Dental GmbH'],
  ['WGC-1002', 'Acme & Sons, Inc.'],
  ['WGC-1003', 'Northwind Pty. Ltd.'],
  ['WGC-1004', 'Peña Consulting S.A.'],
  ['WGC-1005', '株式会社 山田'],
  ['WGC-1006', 'ООО «Москва Софт»'],
  ['WGC-1007', 'Blue Yonder Freight', ['C-2042']],
  ['WGC-1008', 'Summit Dental Group'],
  ['WGC-1009', 'Harbor Clinic North'],
  ['WGC-1010', 'Lakeside Logistics'],
  ['WGC-1011', 'Keystone Engineering Partners'],
  ['WGC-1012', 'Orion Legal Ltd'],
  ['WGC-1013', 'ORION LEGAL LLC'],
  ['WGC-1014', 'Atlas Medical'],
  ['WGC-1015', 'Evergreen Foods'],
  ['WGC-1016', 'Zenith Insurance AG'],
  ['WGC-1017', 'Redstone Realty'],
  ['WGC-1018', 'Falcon Studio'],
  ['WGC-1019', 'Þórsson Design'],
  ['WGC-1020', '@Home Networks'],
  ['WGC-1021', 'Copperfield Legal LLP'],
  ['WGC-1022', 'Gone Fishing Ltd', [], true],
];

/** ConnectWise RMM companies. */
const COMPANIES: [string, string, string[]?, boolean?][] = [
  ['C-2001', 'MULLER DENTAL'],
  ['C-2002', 'Acme and Sons'],
  ['C-2003', 'Northwind'],
  ['C-2004', 'Pena Consulting'],
  ['C-2005', '山田'],
  ['C-2006', 'Москва Софт'],
  ['C-2042', 'BY Freight Services'],
  ['C-2008', 'Summit Dental'],
  ['C-2009', 'Harbor Clinic'],
  ['C-2010', 'Lakeside Logistics & Storage'],
  ['C-2011', 'Keystone Engineering'],
  ['C-2012', 'Orion Legal'],
  ['C-2014', 'Atlas Medical Inc'],
  ['C-2015', 'ATLAS MEDICAL GmbH'],
  ['C-2016', 'Evergreen Foods Co.'],
  ['C-2017', 'Zenith Insurance'],
  ['C-2018', 'Redstone Realty', [], true],
  ['C-2019', 'Thorsson Design & Build'],
  ['C-2020', '@Home Networks'],
  ['C-2021', 'Copperfield Legal'],
  ['C-2022', 'Granite Accounting'],
];

/** Mappings someone already made: one by hand, one imported, one to a company since removed. */
const MAPPED: [string, string, MappingRecord['origin']][] = [
  ['WGC-1015', 'C-2016', 'manual'],
  ['WGC-1016', 'C-2017', 'imported'],
  ['WGC-1017', 'C-2018', 'manual'],
];

function record(
  connectionId: string,
  kind: EntityKind,
  [vendorId, name, externalIds = [], removed = false]: [string, string, string[]?, boolean?],
): EntityRecord {
  return newEntityRecord({
    connectionId,
    kind,
    vendorId,
    name,
    externalIds,
    firstSeen: FIRST_SYNC,
    lastSeen: removed ? FIRST_SYNC : LAST_SYNC,
    ...(removed ? { removedAt: LAST_SYNC } : {}),
  });
}

const LARGE_WORDS = {
  first:
    'Aurora Beacon Cobalt Delta Ember Fjord Glacier Hawthorn Indigo Juniper Kestrel Lumen Mistral Nimbus Obsidian Prairie Quartz Rosewood Sequoia Tundra Årdal Çankaya Ñuñoa Ølstykke Škofja'.split(
      ' ',
    ),
  second:
    'Dentistry Haulage Law Bookkeeping Surveying Health Builders Advisory Property Assurance Bakery Architects Power Research Networks Veterinary Shipping Media Ventures Trust'.split(
      ' ',
    ),
  place:
    'Harbour Ridge Meadow Bay Creek Heights Park Square Gate Point Hills Cross Field Wharf Vale Grove Fort Mills Row Landing'.split(
      ' ',
    ),
  suffix: ['', 'Inc', 'LLC', 'Ltd', 'GmbH', 'Pty Ltd', 'S.A.', 'B.V.'],
};

/** The i-th large-demo customer: 25 × 20 × 20 combinations, unique up to 10,000. */
function largeName(i: number): string {
  const { first, second, place } = LARGE_WORDS;
  return `${first[i % first.length]} ${second[Math.floor(i / first.length) % second.length]} ${place[Math.floor(i / (first.length * second.length)) % place.length]}`;
}

/**
 * Both sides of the large pair: 70% of customers on both, spelt differently on the right
 * (upper case, another legal form); the rest on one side only.
 */
function largeEntities(side: 'accounts' | 'companies'): EntityRecord[] {
  const connectionId = side === 'accounts' ? DEMO_CONNECTIONS.largeAccounts : DEMO_CONNECTIONS.largeCompanies;
  const kind: EntityKind = side === 'accounts' ? 'account' : 'company';
  return Array.from({ length: LARGE_DEMO_SIZE }, (_, i) => {
    const shared = i % 10 < 7;
    const suffix = LARGE_WORDS.suffix[i % LARGE_WORDS.suffix.length];
    let name: string;
    if (side === 'accounts') name = `${largeName(i)}${suffix ? ` ${suffix}` : ''}`;
    else if (shared) name = i % 2 ? largeName(i).toUpperCase() : `${largeName(i)} Ltd`;
    else name = `${LARGE_WORDS.place[i % 20]} ${LARGE_WORDS.second[Math.floor(i / 20) % 20]} Services ${i}`;
    return record(connectionId, kind, [`${side === 'accounts' ? 'A' : 'C'}-${i + 1}`, name]);
  });
}

export function createDemoMappingSource(): MappingSource {
  const accounts = ACCOUNTS.map((entry) => record(DEMO_CONNECTIONS.accounts, 'account', entry));
  const companies = COMPANIES.map((entry) => record(DEMO_CONNECTIONS.companies, 'company', entry));
  const keyOf = (list: EntityRecord[], vendorId: string) =>
    list.find((entity) => entity.vendorId === vendorId)!.key;
  const mappings = MAPPED.map(([accountId, companyId, origin]): MappingRecord => {
    const leftKey = keyOf(accounts, accountId);
    const rightKey = keyOf(companies, companyId);
    return {
      id: mappingId(leftKey, rightKey),
      leftConnectionId: DEMO_CONNECTIONS.accounts,
      rightConnectionId: DEMO_CONNECTIONS.companies,
      leftKey,
      rightKey,
      origin,
      confidence: 1,
      createdBy: origin === 'imported' ? 'import onboarding.csv' : 'you',
      createdAt: FIRST_SYNC,
    };
  });
  const store = new MemoryMappingStore({
    entities: [...accounts, ...companies],
    mappings,
    loadEntities: (connectionId) =>
      connectionId === DEMO_CONNECTIONS.largeAccounts
        ? largeEntities('accounts')
        : connectionId === DEMO_CONNECTIONS.largeCompanies
          ? largeEntities('companies')
          : undefined,
  });
  const connections: ConnectionSummary[] = [
    {
      id: DEMO_CONNECTIONS.accounts,
      label: 'Demo · WatchGuard Cloud accounts',
      entityCount: accounts.length,
      demo: true,
    },
    {
      id: DEMO_CONNECTIONS.companies,
      label: 'Demo · ConnectWise RMM companies',
      entityCount: companies.length,
      demo: true,
    },
    {
      id: DEMO_CONNECTIONS.largeAccounts,
      label: 'Demo · 10,000 accounts',
      entityCount: LARGE_DEMO_SIZE,
      demo: true,
    },
    {
      id: DEMO_CONNECTIONS.largeCompanies,
      label: 'Demo · 10,000 companies',
      entityCount: LARGE_DEMO_SIZE,
      demo: true,
    },
  ];
  return { store, connections: async () => connections };
}
