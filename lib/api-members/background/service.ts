import type { ConnectionsFeature } from '../../connections';
import type { ApiMemberTags } from '../../connections/kinds/cw-manage';
import type { ConnectionRecord } from '../../connections/schemas';
import { forgetFleetRuns, latestFleetRuns, recentFleetRuns, saveFleetRun } from '../../db/fleet-audits';
import type { CompanionDb } from '../../db/schema';
import type { StorageAreaLike } from '../../extension/storage-area';
import { CommandError } from '../../messaging/errors';
import { MANAGE_PROFILE_IDS } from '../../permissions/profile-ids';
import type { AlarmsLike } from '../../sync/background/alarms';
import type { VendorConnection } from '../../vendors';
import { createCwManageClient } from '../../vendors/cw-manage';
import { compareRuns } from '../drift';
import type { ApiMemberView, FleetAudit, FleetRun, FleetSchedule } from '../schemas';
import { suggestProfiles } from '../suggest';
import { fleetSummaryLine } from '../summary';
import { auditFleet, type FleetReader, memberPlaces } from './fleet-audit';
import { fleetReader } from './reader';
import { createFleetScheduleStore, FLEET_AUDIT_ALARM, reconcileFleetAlarm } from './schedule';

type ManageConnection = Extract<VendorConnection, { vendor: 'cw-manage' }>;
type ManageRecord = Extract<ConnectionRecord, { vendor: 'cw-manage' }>;

export interface FleetAuditDeps {
  connections: Pick<ConnectionsFeature, 'store' | 'resolveConnection'>;
  openDb: () => Promise<CompanionDb>;
  storage: StorageAreaLike;
  alarms?: AlarmsLike;
  /** Redraws the toolbar badge after the worse-verdict flag changed. */
  refreshBadge?: () => Promise<void>;
  /** Tests and the bench read through their own reader; default: the connection's Manage client. */
  readerFor?: (connection: ManageConnection) => FleetReader;
  now?: () => Date;
  newId?: () => string;
  log?: (message: string) => void;
}

/**
 * Runs in: the background. Options › API members' worker side: the member list with tags, tag
 * writes into the connection's settings (so its backup carries them), audit runs saved whole to
 * IndexedDB, the daily re-audit and the toolbar "!" when a verdict got worse.
 * A run is written once, complete, at its end; a worker stopped mid-run leaves only its
 * "pending" mark, and the next start runs it again from the beginning.
 */
export function createFleetAuditService(deps: FleetAuditDeps) {
  const now = deps.now ?? (() => new Date());
  const newId = deps.newId ?? (() => crypto.randomUUID());
  const log = deps.log ?? (() => undefined);
  const schedule = createFleetScheduleStore(deps.storage);
  const running = new Map<string, Promise<FleetAudit>>();
  let database: Promise<CompanionDb> | undefined;
  const db = () => {
    database ??= deps.openDb();
    database.catch(() => {
      database = undefined;
    });
    return database;
  };

  async function manageRecord(connectionId: string): Promise<ManageRecord> {
    const record = await deps.connections.store.get(connectionId);
    if (!record)
      throw new CommandError('This connection is not saved here: save it under Connections first.');
    if (record.vendor !== 'cw-manage')
      throw new CommandError('API members are listed for ConnectWise Manage connections only.');
    return record;
  }

  async function reader(connectionId: string): Promise<FleetReader> {
    const connection = await deps.connections.resolveConnection(connectionId);
    if (connection.vendor !== 'cw-manage') {
      throw new CommandError('API members are listed for ConnectWise Manage connections only.');
    }
    return (deps.readerFor ?? ((manage) => fleetReader(createCwManageClient(manage.config))))(connection);
  }

  const tagsOf = async (connectionId: string): Promise<ApiMemberTags> =>
    (await manageRecord(connectionId)).settings.apiMemberTags ?? {};

  async function withDrift(runs: readonly FleetRun[]): Promise<FleetAudit | null> {
    const [latest, previous] = runs;
    if (!latest) return null;
    return { run: latest, drift: previous ? compareRuns(previous, latest) : null };
  }

  async function runOnce(connectionId: string, trigger: FleetRun['trigger']): Promise<FleetAudit> {
    const startedAt = now().toISOString();
    await schedule.setPending(connectionId, true);
    try {
      const [tags, source] = await Promise.all([tagsOf(connectionId), reader(connectionId)]);
      const result = await auditFleet(source, tags);
      const run: FleetRun = {
        id: newId(),
        connectionId,
        startedAt,
        finishedAt: now().toISOString(),
        trigger,
        ...result,
      };
      const store = await db();
      const [previous] = await recentFleetRuns(store, connectionId, 1);
      await saveFleetRun(store, run);
      const drift = previous ? compareRuns(previous, run) : null;
      if (trigger === 'scheduled' && drift?.verdictChanged.some((change) => change.worse)) {
        const worse = await schedule.worse();
        if (!worse.includes(connectionId)) {
          await schedule.setWorse([...worse, connectionId]);
          await deps.refreshBadge?.();
        }
      }
      return { run, drift };
    } finally {
      // Cleared only here: a worker stopped before this line leaves the mark for `start`.
      await schedule.setPending(connectionId, false);
    }
  }

  /** One run per connection at a time: a second ask joins the run in progress. */
  function run(connectionId: string, trigger: FleetRun['trigger']): Promise<FleetAudit> {
    const current = running.get(connectionId);
    if (current) return current;
    const started = runOnce(connectionId, trigger).finally(() => running.delete(connectionId));
    running.set(connectionId, started);
    return started;
  }

  async function auditedConnections(): Promise<string[]> {
    const [latest, { records }] = await Promise.all([
      latestFleetRuns(await db()),
      deps.connections.store.list(),
    ]);
    const saved = new Set(
      records.filter((record) => record.vendor === 'cw-manage').map((record) => record.id),
    );
    return latest.map((entry) => entry.connectionId).filter((id) => saved.has(id));
  }

  return {
    async listMembers(connectionId: string): Promise<ApiMemberView[]> {
      const [tags, source] = await Promise.all([tagsOf(connectionId), reader(connectionId)]);
      const members = await source.listApiMembers();
      return members
        .map((member) => ({
          id: member.id,
          identifier: member.identifier,
          name: member.name ?? null,
          inactive: member.inactiveFlag ?? null,
          role: member.securityRole
            ? { id: member.securityRole.id ?? null, name: member.securityRole.name ?? null }
            : null,
          ...memberPlaces(member),
          tags: tags[String(member.id)] ?? [],
          suggestions: suggestProfiles(member.identifier, member.name),
        }))
        .sort((a, b) => a.identifier.localeCompare(b.identifier));
    },

    async setTags(connectionId: string, memberId: number, profiles: readonly string[]): Promise<string[]> {
      const unknown = profiles.find((id) => !MANAGE_PROFILE_IDS.has(id));
      if (unknown)
        throw new CommandError(`“${unknown}” is not a ConnectWise Manage integration of the catalogue.`);
      const record = await manageRecord(connectionId);
      const tags = { ...(record.settings.apiMemberTags ?? {}) };
      const chosen = [...new Set(profiles)];
      if (chosen.length) tags[String(memberId)] = chosen;
      else delete tags[String(memberId)];
      await deps.connections.store.put({
        ...record,
        settings: { ...record.settings, apiMemberTags: tags },
        updatedAt: now().toISOString(),
      });
      return chosen;
    },

    run,

    async last(connectionId: string): Promise<FleetAudit | null> {
      return withDrift(await recentFleetRuns(await db(), connectionId, 2));
    },

    async summary() {
      const worse = await schedule.worse();
      const { records } = await deps.connections.store.list();
      const names = new Map(records.map((record) => [record.id, record.name]));
      const newest = (await latestFleetRuns(await db()))
        .filter((run) => names.has(run.connectionId))
        .sort((a, b) => b.finishedAt.localeCompare(a.finishedAt))[0];
      if (!newest) return null;
      return {
        connectionId: newest.connectionId,
        connectionName: names.get(newest.connectionId) ?? '',
        line: fleetSummaryLine(newest),
        finishedAt: newest.finishedAt,
        worse: worse.includes(newest.connectionId),
      };
    },

    async acknowledge(): Promise<void> {
      if ((await schedule.worse()).length === 0) return;
      await schedule.setWorse([]);
      await deps.refreshBadge?.();
    },

    getSchedule: () => schedule.get(),
    async setSchedule(next: FleetSchedule): Promise<FleetSchedule> {
      await schedule.set(next);
      if (deps.alarms) await reconcileFleetAlarm(deps.alarms, next);
      return next;
    },

    /** Worker start: the alarm as the schedule says, then runs a stopped worker left half done, again. */
    async start(): Promise<void> {
      if (deps.alarms) await reconcileFleetAlarm(deps.alarms, await schedule.get());
      for (const connectionId of await schedule.pending()) {
        await schedule.setPending(connectionId, false);
        if ((await deps.connections.store.get(connectionId))?.vendor !== 'cw-manage') continue;
        await run(connectionId, 'scheduled').catch((error: unknown) =>
          log(`interrupted API-member audit not rerun: ${error instanceof Error ? error.name : 'error'}`),
        );
      }
    },

    /** The alarm's turn: every Manage connection audited before is audited again. */
    async onAlarm(name: string): Promise<boolean> {
      if (name !== FLEET_AUDIT_ALARM) return false;
      if (!(await schedule.get()).enabled) return true;
      for (const connectionId of await auditedConnections()) {
        await run(connectionId, 'scheduled').catch((error: unknown) =>
          log(`scheduled API-member audit failed: ${error instanceof Error ? error.name : 'error'}`),
        );
      }
      return true;
    },

    async forget(connectionId: string): Promise<void> {
      await forgetFleetRuns(await db(), connectionId);
      const worse = await schedule.worse();
      if (worse.includes(connectionId)) {
        await schedule.setWorse(worse.filter((id) => id !== connectionId));
        await deps.refreshBadge?.();
      }
    },
  };
}
export type FleetAuditService = ReturnType<typeof createFleetAuditService>;
