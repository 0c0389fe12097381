/**
 * The ConnectWise RMM simulator's deterministic data set: one partner with its companies and
 * their sites, and two API keys (one with every scope we use, one that may only read companies).
 * Same seed ⇒ same records. Company names come from the same 'customers' fork as the WatchGuard
 * simulator, so one seed gives an MSP with the same customers in both tools, as in real life.
 *
 * Record shapes follow the `Company` and `Site` schemas of the Asio OpenAPI description
 * (shared/reference/specs/connectwise-rmm/asio-openapi.yml; vendor-apis.md §3.3).
 */
import { createRng, type Rng, uniqueCompanyNames } from '../core';

export interface RmmApiKey {
  clientId: string;
  clientSecret: string;
  /** Scopes the key may ask for in `POST /v1/token`. */
  scopes: readonly string[];
}

export interface RmmCompanyRecord {
  id: string;
  name: string;
  friendlyName: string;
  description: string;
  partnerId: string;
  activityStatus: { id: string; name: string; activeFlag: boolean; defaultFlag: boolean };
  externalIds: { id: string; externalId: string; productId: string; productInstanceId: string }[];
  createdDate: string;
  updatedDate: string;
}

export interface RmmSiteRecord {
  id: string;
  name: string;
  friendlyName: string;
  partnerId: string;
  activeFlag: boolean;
  primaryFlag: boolean;
  timeZone: string;
  company: { id: string; name: string; friendlyName: string };
  createdDate: string;
}

export interface CwRmmDataOptions {
  seed?: number;
  /** Companies of the partner (default 50). */
  companies?: number;
  /** Sites per company (default 1–3). A function lets a test pin exact counts. */
  sitesPerCompany?: number | ((index: number) => number);
  /** Company names, e.g. to share customers with another simulator. */
  names?: readonly string[];
}

export interface CwRmmDataSet {
  seed: number;
  partnerId: string;
  keys: {
    /** May read companies and sites. */
    full: RmmApiKey;
    /** May only read companies: for "the key lacks a scope" tests. */
    companiesOnly: RmmApiKey;
  };
  /** Companies in a stable order (the listing pages through this array). */
  companies: RmmCompanyRecord[];
  company(id: string): RmmCompanyRecord | undefined;
  /** Sites of one company, generated on first use. */
  sites(companyId: string): readonly RmmSiteRecord[];
  /** Every site of the partner, in company order. */
  allSites(): readonly RmmSiteRecord[];
}

export const RMM_SCOPES = {
  companiesRead: 'platform.companies.read',
  sitesRead: 'platform.sites.read',
} as const;

const TIME_ZONES = [
  'America/New_York',
  'America/Chicago',
  'Europe/London',
  'Europe/Berlin',
  'Australia/Sydney',
];

/** Builds the data set. Pure: no clocks, no I/O. */
export function createCwRmmData(options: CwRmmDataOptions = {}): CwRmmDataSet {
  const seed = options.seed ?? 1;
  const rng = createRng(seed).fork('cw-rmm');
  const count = options.companies ?? 50;
  const names = options.names ?? uniqueCompanyNames(createRng(seed).fork('customers'), count);
  const partnerId = String(rng.int(50_000, 99_999));
  const base = Date.UTC(2024, 0, 1);

  const companies: RmmCompanyRecord[] = [];
  for (let index = 0; index < count; index++) {
    const companyRng = rng.fork(`company:${index}`);
    const name = names[index] ?? `Company ${index + 1}`;
    const active = companyRng.chance(0.9);
    const created = new Date(base + companyRng.int(0, 365) * 86_400_000).toISOString();
    companies.push({
      id: companyRng.uuid(),
      name,
      // Technicians often shorten names in RMM; mapping must cope with both spellings.
      friendlyName: companyRng.chance(0.3) ? shortName(name) : name,
      description: '',
      partnerId,
      activityStatus: {
        id: active ? 'b1f9b5c6-0001-4000-8000-000000000001' : 'b1f9b5c6-0002-4000-8000-000000000002',
        name: active ? 'Active' : 'Inactive',
        activeFlag: active,
        defaultFlag: active,
      },
      externalIds: companyRng.chance(0.2)
        ? [
            {
              id: companyRng.uuid(),
              externalId: String(companyRng.int(100, 99_999)),
              productId: 'psa',
              productInstanceId: companyRng.uuid(),
            },
          ]
        : [],
      createdDate: created,
      updatedDate: created,
    });
  }

  const byId = new Map(companies.map((company) => [company.id, company]));
  const siteCountFor = (index: number): number => {
    const setting = options.sitesPerCompany;
    if (typeof setting === 'number') return setting;
    if (typeof setting === 'function') return setting(index);
    return rng.fork(`site-count:${index}`).int(1, 3);
  };
  const siteCache = new Map<string, RmmSiteRecord[]>();
  const sitesOf = (company: RmmCompanyRecord, index: number): RmmSiteRecord[] => {
    let sites = siteCache.get(company.id);
    if (!sites) {
      sites = generateSites(rng.fork(`sites:${company.id}`), company, siteCountFor(index));
      siteCache.set(company.id, sites);
    }
    return sites;
  };
  let everySite: RmmSiteRecord[] | undefined;

  const keyRng = rng.fork('keys');
  return {
    seed,
    partnerId,
    keys: {
      // NA client IDs are said to start with 0e30 (third-party note, vendor-apis.md §3.1).
      full: {
        clientId: `0e30${keyRng.hex(12)}`,
        clientSecret: keyRng.hex(40),
        scopes: [RMM_SCOPES.companiesRead, RMM_SCOPES.sitesRead],
      },
      companiesOnly: {
        clientId: `0e30${keyRng.hex(12)}`,
        clientSecret: keyRng.hex(40),
        scopes: [RMM_SCOPES.companiesRead],
      },
    },
    companies,
    company: (id) => byId.get(id),
    sites(companyId) {
      const index = companies.findIndex((company) => company.id === companyId);
      return index < 0 ? [] : sitesOf(companies[index]!, index);
    },
    allSites() {
      everySite ??= companies.flatMap((company, index) => sitesOf(company, index));
      return everySite;
    },
  };
}

function generateSites(rng: Rng, company: RmmCompanyRecord, count: number): RmmSiteRecord[] {
  const sites: RmmSiteRecord[] = [];
  for (let i = 0; i < count; i++) {
    const name = i === 0 ? 'Main Office' : rng.pick(['Branch', 'Warehouse', 'Remote Workers', 'Datacenter']);
    sites.push({
      id: rng.uuid(),
      name: i === 0 ? name : `${name} ${i}`,
      friendlyName: i === 0 ? name : `${name} ${i}`,
      partnerId: company.partnerId,
      activeFlag: company.activityStatus.activeFlag,
      primaryFlag: i === 0,
      timeZone: rng.pick(TIME_ZONES),
      company: { id: company.id, name: company.name, friendlyName: company.friendlyName },
      createdDate: company.createdDate,
    });
  }
  return sites;
}

/** "Müller Dental GmbH" → "Müller Dental": the short form people type. */
function shortName(name: string): string {
  const short = name.replace(
    /,?\s+(Inc\.?|LLC|L\.L\.C\.|Ltd\.?|Limited|Corp\.?|GmbH.*|AG|Pty\.? Ltd\.?)$/i,
    '',
  );
  return short || name;
}
