import type { MaskedConnection } from '../../connections/schemas';
import { CommandError } from '../../messaging/errors';
import type { HandlerMap } from '../../messaging/router';
import { checkInfo, runCheck } from '../check';
import type { readinessCommands } from '../commands';
import type { ReadinessGroupInfo } from '../schemas';
import { lookUpManageCompany } from './company-lookup';
import { failureOf, type ReadinessContext, type ReadinessGroup } from './group';
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
    async checkManageCompanyId({ siteUrl, companyId }) {
      try {
        return await (deps.lookUpCompany ?? lookUpManageCompany)(siteUrl, companyId, {
          signal: AbortSignal.timeout(20_000),
        });
      } catch (error) {
        throw new CommandError(`The codebase lookup failed: ${failureOf(error).message}`);
      }
    },
  };
}
