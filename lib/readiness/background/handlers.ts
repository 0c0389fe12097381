import type { MaskedConnection } from '../../connections/schemas';
import { CommandError } from '../../messaging/errors';
import type { HandlerMap } from '../../messaging/router';
import { CW_MANAGE_REGIONS } from '../../regions/catalogue';
import { checkInfo, runCheck } from '../check';
import type { readinessCommands } from '../commands';
import type { ReadinessGroupInfo } from '../schemas';
import type { CompanyLookup } from '../threatlocker/company-verdict';
import { lookUpManageCompany } from './company-lookup';
import { failureOf, type ReadinessContext, type ReadinessGroup } from './group';
import { createLookupLimiter, type LookupLimits, PAGE_LOOKUP_LIMITS } from './lookup-limiter';
import { READINESS_GROUPS } from './registry';

/** What the readiness handlers need of the rest of the background. */
export interface ReadinessDeps {
  /** The saved connection without secrets; throws a CommandError when there is none. */
  connection(id: string): Promise<MaskedConnection>;
  context(connection: MaskedConnection, signal: AbortSignal): ReadinessContext;
  groups?: readonly ReadinessGroup[];
  /** The codebase lookup (company-lookup.ts); tests reach an http simulator through it. */
  lookUpCompany?: typeof lookUpManageCompany;
  now?: () => Date;
  /** Whether the user granted the extension an on-premise origin (the page may name any). */
  isGranted?: (origin: string) => Promise<boolean>;
  pageLookupLimits?: LookupLimits;
}

/** A whole group's reads stop here, so a hung server does not hold the panel forever. */
const GROUP_TIMEOUT_MS = 120_000;

export function appliesTo(group: ReadinessGroup, connection: MaskedConnection): boolean {
  return group.kinds.includes(connection.vendor) && (group.appliesTo?.(connection) ?? true);
}

export function groupInfo(group: ReadinessGroup): ReadinessGroupInfo {
  return {
    id: group.id,
    title: group.title,
    source: group.source,
    kinds: [...group.kinds],
    inputs: [...group.inputs],
    checks: group.checks.map(checkInfo),
  };
}

/** Runs in: the background. Fails closed: an unknown group or one that does not apply is refused. */
export function readinessHandlers(deps: ReadinessDeps): HandlerMap<typeof readinessCommands> {
  const groups = deps.groups ?? READINESS_GROUPS;
  const now = deps.now ?? (() => new Date());
  const lookUp = deps.lookUpCompany ?? lookUpManageCompany;
  const limitedForPages = createLookupLimiter<CompanyLookup>(deps.pageLookupLimits ?? PAGE_LOOKUP_LIMITS);

  async function lookUpOrExplain(siteUrl: string, companyId: string) {
    try {
      return await lookUp(siteUrl, companyId, { signal: AbortSignal.timeout(20_000) });
    } catch (error) {
      throw new CommandError(`The codebase lookup failed: ${failureOf(error).message}`);
    }
  }

  /** The site a portal form's server choice names; on-premise only where access is granted. */
  async function portalSite(server: 'na' | 'eu' | 'au' | 'on-premise', onPremUrl = ''): Promise<string> {
    if (server !== 'on-premise') return CW_MANAGE_REGIONS[server].siteUrl;
    let url: URL | null = null;
    try {
      url = new URL(onPremUrl.trim());
    } catch {
      url = null;
    }
    if (url?.protocol !== 'https:') throw new CommandError('Enter the on-premise address (https://…) first.');
    if (!(await deps.isGranted?.(url.origin))) {
      throw new CommandError(
        `Not checked: the extension has no access to ${url.host}. Save a Manage connection for that server in Options › Connections (it asks for access), then try again.`,
      );
    }
    return url.origin;
  }

  async function find(connectionId: string, groupId: string) {
    const connection = await deps.connection(connectionId);
    const group = groups.find((candidate) => candidate.id === groupId);
    if (!group || !appliesTo(group, connection)) {
      throw new CommandError(`The readiness checks "${groupId}" do not apply to this connection.`);
    }
    return { connection, group, ctx: deps.context(connection, AbortSignal.timeout(GROUP_TIMEOUT_MS)) };
  }

  return {
    async listReadinessGroups({ connectionId }) {
      const connection = await deps.connection(connectionId);
      return { groups: groups.filter((group) => appliesTo(group, connection)).map(groupInfo) };
    },
    async loadReadinessChoices({ connectionId, groupId, values }) {
      const { group, ctx } = await find(connectionId, groupId);
      return { choices: group.choices ? await group.choices(ctx, values) : {} };
    },
    async runReadinessGroup({ connectionId, groupId, values }) {
      const { group, ctx } = await find(connectionId, groupId);
      const data = await group.gather(ctx, values);
      const label = (id: string) => group.inputs.find((input) => input.id === id)?.label ?? id;
      return {
        results: group.checks.map((check) => runCheck(check, data, values, label)),
        ranAt: now().toISOString(),
      };
    },
    checkManageCompanyId: ({ siteUrl, companyId }) => lookUpOrExplain(siteUrl, companyId),
    async checkPortalCompanyId({ server, onPremUrl, companyId }) {
      const site = await portalSite(server, onPremUrl);
      const { host, known, companyName } = await limitedForPages(`${site}|${companyId.toLowerCase()}`, () =>
        lookUpOrExplain(site, companyId),
      );
      return { host, known, ...(companyName ? { companyName } : {}) };
    },
  };
}
