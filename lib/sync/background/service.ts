import { changesOfRun, countEntities, type EntityCounts, finishCompletePass } from '../../db/entities';
import { type PurgeCounts, purgeConnectionData } from '../../db/purge';
import { EMPTY_COUNTS, type EntityChange, type SyncRun, type SyncTrigger } from '../../db/records';
import type { CompanionDb } from '../../db/schema';
import { pruneRuns, recentRuns, runningRuns, saveRun, updateRunIfPresent } from '../../db/sync-runs';
import type { VendorConnection } from '../../vendors';
import { type RunSummary, summariseRun } from '../events';
import type { ConnectionDirectory, ConnectionSummary } from './connections';
import { runSync } from './engine';
import { CANCELLED, describeSyncError, SyncRunError } from './errors';
import type { EntitySource } from './source';

export interface SyncServiceDeps {
  db: CompanionDb;
  directory: ConnectionDirectory;
  sourcesFor: (connection: VendorConnection) => EntitySource[];
  /** Every stored step of every run; must not throw. */
  publish?: (run: SyncRun) => void;
  /** After a run ends (succeeded, failed or cancelled), e.g. to update the toolbar badge. */
  onRunFinished?: (run: SyncRun) => void | Promise<void>;
  /** True while at least one run is active (the background keeps a resume alarm meanwhile). */
  onBusyChange?: (busy: boolean) => void;
  now?: () => Date;
  newId?: () => string;
  /** An interrupted run older than this starts over instead of resuming (default 12 h). */
  maxResumeAgeMs?: number;
  /** Runs (and their change logs) kept per connection (default 20). */
  keepRuns?: number;
  log?: (message: string) => void;
}

export interface StartResult {
  connectionId: string;
  runId: string;
  /** True when the connection was already syncing: no second run was started. */
  alreadyRunning: boolean;
}

export interface ConnectionSyncStatus {
  connection: ConnectionSummary;
  /** A run of this connection is going on in this background now. */
  running: boolean;
  /** The run in progress, as last stored (also an interrupted one the background will resume). */
  activeRun: RunSummary | null;
  /** The newest finished run. */
  lastRun: RunSummary | null;
  lastSuccessAt: string | null;
  entities: EntityCounts;
}

interface ActiveRun {
  controller: AbortController;
  runId: Promise<string>;
  done: Promise<void>;
}

export type SyncService = ReturnType<typeof createSyncService>;

const DEFAULT_MAX_RESUME_AGE_MS = 12 * 60 * 60 * 1000;
const DEFAULT_KEEP_RUNS = 20;

/**
 * Runs syncs for the background: at most one per connection, cancellable, resumed after the
 * background was stopped. Runs go on after `start` resolves (it resolves once the run exists).
 */
export function createSyncService(deps: SyncServiceDeps) {
  const { db, directory } = deps;
  const now = deps.now ?? (() => new Date());
  const newId = deps.newId ?? (() => crypto.randomUUID());
  const log = deps.log ?? (() => undefined);
  const active = new Map<string, ActiveRun>();

  const publish = (run: SyncRun) => {
    try {
      deps.publish?.(run);
    } catch {
      // A page that cannot be told must not stop the sync.
    }
  };

  function setActive(connectionId: string, entry: ActiveRun | undefined): void {
    const wasBusy = active.size > 0;
    if (entry) active.set(connectionId, entry);
    else active.delete(connectionId);
    if (wasBusy !== active.size > 0) deps.onBusyChange?.(active.size > 0);
  }

  async function findConnection(connectionId: string): Promise<ConnectionSummary> {
    const connection = (await directory.list()).find((candidate) => candidate.id === connectionId);
    if (!connection) {
      throw new SyncRunError(
        `There is no saved connection "${connectionId}".`,
        'Reload the page; it may have been deleted.',
      );
    }
    return connection;
  }

  /** The run to carry on: the connection's interrupted run if recent enough, else a new one. */
  async function prepareRun(connection: ConnectionSummary, trigger: SyncTrigger): Promise<SyncRun> {
    const interrupted = (await runningRuns(db))
      .filter((run) => run.connectionId === connection.id)
      .sort((a, b) => b.startedAt.localeCompare(a.startedAt));
    const maxAge = deps.maxResumeAgeMs ?? DEFAULT_MAX_RESUME_AGE_MS;
    for (const [index, run] of interrupted.entries()) {
      const fresh = now().getTime() - Date.parse(run.updatedAt) <= maxAge;
      if (index === 0 && fresh) {
        log(`resuming sync ${run.id} of ${connection.id}`);
        return saveRun(db, { ...run, resumedTimes: run.resumedTimes + 1, updatedAt: now().toISOString() });
      }
      await finish({
        ...run,
        status: 'failed',
        error: {
          kind: 'sync',
          message:
            'This sync was interrupted (the browser or extension stopped) too long ago to continue. Nothing was marked removed.',
          nextStep: 'A new sync was started instead.',
        },
      });
    }
    const at = now().toISOString();
    return saveRun(db, {
      id: newId(),
      connectionId: connection.id,
      vendor: connection.vendor,
      trigger,
      status: 'running',
      phase: 'starting',
      kinds: [],
      startedAt: at,
      updatedAt: at,
      resume: { sourceIndex: 0 },
      resumedTimes: 0,
      counts: EMPTY_COUNTS,
      issues: [],
      issueCount: 0,
    });
  }

  /**
   * Saves a run that ends without the engine (cannot start), and tells everyone. A run purged
   * with its connection meanwhile stays gone: there is nothing left to finish or tell.
   */
  async function finish(run: SyncRun): Promise<SyncRun> {
    const at = now().toISOString();
    const saved = await updateRunIfPresent(db, { ...run, updatedAt: at, finishedAt: at });
    if (!saved) return run;
    publish(saved);
    await deps.onRunFinished?.(saved);
    return saved;
  }

  async function execute(run: SyncRun, signal: AbortSignal): Promise<void> {
    let sources: EntitySource[];
    try {
      sources = deps.sourcesFor(await directory.resolve(run.connectionId));
    } catch (error) {
      await finish({ ...run, status: 'failed', error: describeSyncError(error) });
      return;
    }
    // A new run learns its kinds here; a resumed one keeps its own and the engine compares.
    const started = run.kinds.length ? run : await saveRun(db, { ...run, kinds: sources.map((s) => s.kind) });
    publish(started);
    const ended = await runSync(started, sources, { db, now, signal, onProgress: publish });
    await deps.onRunFinished?.(ended);
    await pruneRuns(db, run.connectionId, deps.keepRuns ?? DEFAULT_KEEP_RUNS);
  }

  function start(connectionId: string, trigger: SyncTrigger): Promise<StartResult> {
    const current = active.get(connectionId);
    if (current) return current.runId.then((runId) => ({ connectionId, runId, alreadyRunning: true }));

    // The slot is taken before the first await, so two quick clicks start one run.
    const controller = new AbortController();
    const prepared = findConnection(connectionId).then((connection) => prepareRun(connection, trigger));
    const done = prepared
      .then((run) => execute(run, controller.signal))
      .catch((error: unknown) =>
        log(`sync of ${connectionId} stopped: ${error instanceof Error ? error.name : 'error'}`),
      )
      .finally(() => setActive(connectionId, undefined));
    const runId = prepared.then((run) => run.id);
    runId.catch(() => undefined); // the caller below hears about the failure; this copy need not
    setActive(connectionId, { controller, runId, done });
    return prepared.then((run) => ({ connectionId, runId: run.id, alreadyRunning: false }));
  }

  return {
    start,

    /** Starts every saved connection (each on its own; one failing does not stop the others). */
    async startAll(trigger: SyncTrigger): Promise<StartResult[]> {
      const connections = await directory.list();
      const results = await Promise.allSettled(
        connections.map((connection) => start(connection.id, trigger)),
      );
      return results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    },

    /** Cancels the connection's run; true if there was one. */
    async cancel(connectionId: string): Promise<boolean> {
      const current = active.get(connectionId);
      if (current) {
        current.controller.abort();
        return true;
      }
      const interrupted = (await runningRuns(db)).filter((run) => run.connectionId === connectionId);
      for (const run of interrupted) await finish({ ...run, status: 'cancelled', error: CANCELLED });
      return interrupted.length > 0;
    },

    /**
     * For a removed connection: cancels its run and waits until that run has made its last
     * write (page, cursor, final status, pruning), then deletes everything stored for the
     * connection. Waiting first is what keeps a page in flight from landing after the purge.
     * Call once the connection has left the directory, so no new run of it can start.
     */
    async forget(connectionId: string): Promise<PurgeCounts> {
      for (let current = active.get(connectionId); current; current = active.get(connectionId)) {
        current.controller.abort();
        await current.done;
      }
      return purgeConnectionData(db, connectionId);
    },

    /** Picks up runs a stopped background left behind; call when the background starts. */
    async resumeInterrupted(): Promise<StartResult[]> {
      const connections = new Map((await directory.list()).map((connection) => [connection.id, connection]));
      const results: StartResult[] = [];
      for (const run of await runningRuns(db)) {
        if (active.has(run.connectionId)) continue;
        if (!connections.has(run.connectionId)) {
          await finish({
            ...run,
            status: 'failed',
            error: { kind: 'connection', message: 'The connection was deleted while it was syncing.' },
          });
          continue;
        }
        results.push(await start(run.connectionId, run.trigger));
      }
      return results;
    },

    /**
     * Applies the removals the guard held back on the connection's newest run: only while that
     * run is still the newest and no sync of the connection is going on (a later pass would have
     * seen other entities, so its own view decides).
     */
    async confirmRemovals(connectionId: string, runId: string): Promise<SyncRun> {
      if (active.has(connectionId)) {
        throw new SyncRunError(
          'A sync of this connection is running, so the held removals cannot be confirmed now.',
          'Wait for it to finish, then look at what it found.',
        );
      }
      const [newest] = await recentRuns(db, connectionId, 1);
      if (!newest || newest.id !== runId || !newest.heldRemovals) {
        throw new SyncRunError(
          'These removals are no longer waiting for confirmation: another sync has run since.',
          'Look at the newest sync of this connection.',
        );
      }
      const at = now().toISOString();
      const { heldRemovals: _held, ...confirmed } = newest;
      const run = await finishCompletePass(
        db,
        { connectionId, runId, kinds: newest.kinds, at },
        ({ removed }) => ({ ...confirmed, updatedAt: at, counts: { ...newest.counts, removed } }),
      );
      publish(run);
      await deps.onRunFinished?.(run);
      return run;
    },

    isRunning: (connectionId: string): boolean => active.has(connectionId),

    /** When the connection's newest complete pass started ("removed since the last sync"). */
    async lastCompleteSync(connectionId: string): Promise<string | undefined> {
      const runs = await recentRuns(db, connectionId, deps.keepRuns ?? DEFAULT_KEEP_RUNS);
      return runs.find((run) => run.status === 'succeeded')?.startedAt;
    },

    /** When the connection's newest run started (the scheduler counts its interval from it). */
    async lastStartedAt(connectionId: string): Promise<string | null> {
      const [newest] = await recentRuns(db, connectionId, 1);
      return newest?.startedAt ?? null;
    },

    /** Resolves when every run active now has ended (tests, benchmark, shutdown). */
    async idle(): Promise<void> {
      while (active.size) await Promise.all([...active.values()].map((entry) => entry.done));
    },

    async status(): Promise<ConnectionSyncStatus[]> {
      const connections = await directory.list();
      return Promise.all(
        connections.map(async (connection) => {
          const runs = await recentRuns(db, connection.id, deps.keepRuns ?? DEFAULT_KEEP_RUNS);
          const running = runs.find((run) => run.status === 'running');
          const finished = runs.find((run) => run.status !== 'running');
          const succeeded = runs.find((run) => run.status === 'succeeded');
          return {
            connection,
            running: active.has(connection.id),
            activeRun: running ? summariseRun(running) : null,
            lastRun: finished ? summariseRun(finished) : null,
            lastSuccessAt: succeeded?.finishedAt ?? null,
            entities: await countEntities(db, connection.id),
          };
        }),
      );
    },

    /** A connection's recent runs with their issues, and what the newest finished run changed. */
    async history(
      connectionId: string,
      options: { runs: number; changes: number },
    ): Promise<{ runs: SyncRun[]; changes: EntityChange[] }> {
      const runs = await recentRuns(db, connectionId, options.runs);
      const lastFinished = runs.find((run) => run.status !== 'running');
      const changes = lastFinished ? await changesOfRun(db, lastFinished.id, options.changes) : [];
      return { runs, changes };
    },
  };
}
