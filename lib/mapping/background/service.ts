/**
 * The background's mapping service: loads a pair from the MappingStore once, keeps the expensive
 * part (matching) and the table model in memory, and turns screen requests into pages, batches,
 * files and previews. Edits run one at a time, so two quick clicks cannot interleave.
 *
 * Entities change only through sync: the source's `onEntitiesChanged` (or `invalidate`) drops the
 * cached pairs of a connection when its sync completes; the screen can also ask with `refresh`.
 * Mappings change only through this service, so its cached copy stays true. Refusals are
 * CommandErrors: their text is written for the technician and goes to the screen as is.
 */

import type { StorageAreaLike } from '../../extension/storage-area';
import { CommandError } from '../../messaging/errors';
import { type ActionContext, MappingActionError, planAction } from '../actions';
import { MappingStoreError } from '../errors';
import { type ImportContext, previewImport } from '../import-preview';
import { mappingId, pairKey } from '../keys';
import { exportMappings, type FileFormat } from '../mapping-file';
import type { MatchCandidate } from '../matcher';
import { foldCharacters } from '../normalise';
import { describeReason, type PairData, PairModel, planInputOf } from '../pair-view';
import { matchPair, planPair } from '../plan';
import type { ConnectionSummary, LastChange, MappingAction, PairPage, ViewQuery } from '../schemas';
import { createSettingsStore, type MappingSettings, type StoredSettings } from '../settings';
import type { ConnectionPair, EntityRecord, MappingAuditEntry, MappingChange, MappingStore } from '../store';

/** Where mapping data comes from; see lib/background/router.ts for how it is chosen. */
export interface MappingSource {
  store: MappingStore;
  /** The connections a pair can be made of, with a label for the picker. */
  connections(): Promise<ConnectionSummary[]>;
  /** When the connection's last complete sync started (for "removed since last sync"); optional. */
  lastCompleteSync?(connectionId: string): Promise<string | undefined>;
  /** Lets the sync engine say a connection's entities changed, so cached tables are rebuilt. */
  onEntitiesChanged?(listener: (connectionId: string) => void): void;
  /**
   * The store's own refusals in words for the screen (lib/db: its StoreError), undefined for
   * anything unexpected. The in-memory store's MappingStoreError is always understood.
   */
  describeError?(error: unknown): string | undefined;
}

export interface MappingServiceDeps extends MappingSource {
  settingsArea: StorageAreaLike;
  now?: () => Date;
}

const BY_USER = 'you';
const BY_AUTO = 'auto-mapping';
/** Pairs kept in memory: the one on screen and the one before it. */
const CACHED_PAIRS = 2;
const PREVIEW_LINES = 200;
const PREVIEW_ERRORS = 500;

interface LoadedPair {
  pair: ConnectionPair;
  data: PairData;
  matches: Map<string, MatchCandidate[]>;
  matchedAtScore: number;
  settings: StoredSettings;
  model: PairModel;
  autoApplicable: ReturnType<typeof planPair>['autoApplicable'];
  lastChange: LastChange | null;
}

const ACTION_LABELS: Record<string, string> = {
  accept: 'Accept',
  reassign: 'Reassign',
  reject: 'Reject suggestion',
  unmap: 'Unmap',
  'bulk-accept': 'Accept all',
  import: 'Import',
  'auto-apply': 'Auto-map exact matches',
};

export function createMappingService(deps: MappingServiceDeps) {
  const now = deps.now ?? (() => new Date());
  const settingsStore = createSettingsStore(deps.settingsArea);
  const cache = new Map<string, LoadedPair>();
  let queue: Promise<unknown> = Promise.resolve();

  /** Runs `task` after every earlier one has settled; a store refusal becomes a message. */
  function serial<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task).catch((error: unknown) => {
      throw forScreen(error);
    });
    queue = run.catch(() => {});
    return run;
  }

  function forScreen(error: unknown): unknown {
    if (error instanceof CommandError) return error;
    const message = error instanceof MappingStoreError ? error.message : deps.describeError?.(error);
    return message ? new CommandError(message) : error;
  }

  async function load(pair: ConnectionPair, refresh = false): Promise<LoadedPair> {
    const key = pairKey(pair);
    const cached = cache.get(key);
    if (cached && !refresh) {
      // Most recently used last, so the pair dropped when a third one loads is the oldest.
      cache.delete(key);
      cache.set(key, cached);
      return cached;
    }
    const [left, right, leftSince, rightSince, settings] = await Promise.all([
      deps.store.entities(pair.leftConnectionId),
      deps.store.entities(pair.rightConnectionId),
      deps.lastCompleteSync?.(pair.leftConnectionId),
      deps.lastCompleteSync?.(pair.rightConnectionId),
      settingsStore.get(pair),
    ]);
    const data: PairData = {
      left,
      right,
      mappings: [],
      rejections: new Set(),
      removedSince: { left: leftSince, right: rightSince },
    };
    const input = planInputOf(data);
    const matches = matchPair(input.left, input.right, settings.minScore);
    const loaded: LoadedPair = {
      pair,
      matches,
      matchedAtScore: settings.minScore,
      settings,
      ...(await readEdits(pair, data, settings, matches)),
    };
    cache.delete(key);
    cache.set(key, loaded);
    while (cache.size > CACHED_PAIRS) cache.delete(cache.keys().next().value!);
    if (settings.autoApplyExact) await autoApply(loaded);
    return loaded;
  }

  /** Reads mappings, rejections and the audit log, and plans the table with the given matches. */
  async function readEdits(
    pair: ConnectionPair,
    entities: PairData,
    settings: StoredSettings,
    matches: Map<string, MatchCandidate[]>,
  ): Promise<Pick<LoadedPair, 'data' | 'model' | 'autoApplicable' | 'lastChange'>> {
    const [mappings, rejections, last] = await Promise.all([
      deps.store.mappings(pair),
      deps.store.rejections(pair),
      undoable(pair),
    ]);
    const data = { ...entities, mappings, rejections };
    const plan = planPair(planInputOf(data), settings, matches);
    return {
      data,
      model: new PairModel(data, plan),
      autoApplicable: plan.autoApplicable,
      lastChange: last ? describeEntry(last) : null,
    };
  }

  /** The entry Undo would revert: the newest that is neither an undo nor undone. */
  async function undoable(pair: ConnectionPair): Promise<MappingAuditEntry | null> {
    // After many undos the newest entries are all undo/undone ones: look further back as needed.
    for (let limit = 50; ; limit *= 4) {
      const log = await deps.store.auditLog(pair, limit);
      const entry = log.find((candidate) => !candidate.undone && candidate.action !== 'undo');
      if (entry || log.length < limit) return entry ?? null;
    }
  }

  /** After an edit: the cached entities and matches stay, the rest is read again. */
  async function reloadEdits(loaded: LoadedPair): Promise<void> {
    Object.assign(loaded, await readEdits(loaded.pair, loaded.data, loaded.settings, loaded.matches));
  }

  /** Runs a store write, then re-reads the edits whether or not the store took it. */
  async function write<T>(loaded: LoadedPair, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } finally {
      await reloadEdits(loaded);
    }
  }

  function apply(loaded: LoadedPair, changes: MappingChange[], action: string, by: string) {
    return write(loaded, () => deps.store.apply(loaded.pair, changes, action, by));
  }

  /**
   * Maps certain, uncontested matches involving an entity first seen since the last run, as
   * 'auto' mappings. Older pairs were offered before: if they are unmapped now, the user did it.
   */
  async function autoApply(loaded: LoadedPair): Promise<void> {
    const through = loaded.settings.autoAppliedThrough;
    const since = through ? Date.parse(through) : Number.NEGATIVE_INFINITY;
    const isNew = (key: string, side: ReadonlyMap<string, EntityRecord>) =>
      Date.parse(side.get(key)?.firstSeen ?? '') > since;
    const changes: MappingChange[] = loaded.autoApplicable
      .filter(
        ({ leftKey, candidate }) =>
          isNew(leftKey, loaded.model.left) || isNew(candidate.rightKey, loaded.model.right),
      )
      .map(({ leftKey, candidate }) => ({
        kind: 'map',
        mapping: {
          id: mappingId(leftKey, candidate.rightKey),
          leftConnectionId: loaded.pair.leftConnectionId,
          rightConnectionId: loaded.pair.rightConnectionId,
          leftKey,
          rightKey: candidate.rightKey,
          origin: 'auto',
          confidence: candidate.score,
          createdBy: BY_AUTO,
          createdAt: now().toISOString(),
          note: describeReason(candidate.reason),
        },
      }));
    if (changes.length) await apply(loaded, changes, 'auto-apply', BY_AUTO);
    let newest = since;
    for (const entity of [...loaded.data.left, ...loaded.data.right])
      newest = Math.max(newest, Date.parse(entity.firstSeen));
    if (Number.isFinite(newest)) {
      loaded.settings = { ...loaded.settings, autoAppliedThrough: new Date(newest).toISOString() };
      await settingsStore.set(loaded.pair, loaded.settings);
    }
  }

  function page(loaded: LoadedPair, query: ViewQuery): PairPage {
    return { ...loaded.model.page(query, loaded.settings.bulkThreshold), lastChange: loaded.lastChange };
  }

  deps.onEntitiesChanged?.(invalidate);

  /** Drops cached pairs of a connection whose entities changed. */
  function invalidate(connectionId: string): void {
    for (const [key, loaded] of cache) {
      if (loaded.pair.leftConnectionId === connectionId || loaded.pair.rightConnectionId === connectionId) {
        cache.delete(key);
      }
    }
  }

  return {
    invalidate,

    async connections(): Promise<ConnectionSummary[]> {
      return deps.connections();
    },

    view(pair: ConnectionPair, query: ViewQuery, refresh: boolean) {
      return serial(async () => {
        const loaded = await load(pair, refresh);
        return { page: page(loaded, query), settings: publicSettings(loaded.settings) };
      });
    },

    /** Right entities for the "map to…" picker, by name or id. */
    targets(pair: ConnectionPair, search: string, limit: number) {
      return serial(async () => {
        const loaded = await load(pair);
        const terms = foldCharacters(search).split(/\s+/).filter(Boolean);
        const found = loaded.data.right.filter((entity) => {
          if (entity.removedAt) return false;
          const haystack = foldCharacters(`${entity.name} ${entity.vendorId}`);
          return terms.every((term) => haystack.includes(term));
        });
        found.sort((a, b) => foldCharacters(a.name).localeCompare(foldCharacters(b.name)));
        return found.slice(0, limit).map((entity) => ({
          key: entity.key,
          vendorId: entity.vendorId,
          name: entity.name,
          mappedTo: (loaded.model.leftsByRight.get(entity.key) ?? []).map(
            (key) => loaded.model.left.get(key)?.name ?? key,
          ),
        }));
      });
    },

    act(pair: ConnectionPair, action: MappingAction) {
      return serial(async () => {
        const loaded = await load(pair);
        const context: ActionContext = { pair, now: now(), by: BY_USER, oneToOne: loaded.settings.oneToOne };
        let planned: ReturnType<typeof planAction>;
        try {
          planned = planAction(loaded.model, action, context);
        } catch (error) {
          if (error instanceof MappingActionError) throw new CommandError(error.message, error.detail);
          throw error;
        }
        await apply(loaded, planned.changes, planned.action, BY_USER);
        return { summary: planned.summary };
      });
    },

    undo(pair: ConnectionPair) {
      return serial(async () => {
        const loaded = await load(pair);
        const target = await undoable(pair);
        if (!target) return { summary: 'There is nothing to undo.' };
        await write(loaded, () => deps.store.undoLast(pair, BY_USER));
        return { summary: `Undone: ${describeEntry(target).label}.` };
      });
    },

    exportFile(pair: ConnectionPair, format: FileFormat) {
      return serial(async () => {
        const loaded = await load(pair);
        const labels = await labelsOf(pair);
        return exportMappings(pair, loaded.data, format, labels, now());
      });
    },

    previewImport(pair: ConnectionPair, fileName: string, content: string) {
      return serial(async () => {
        const loaded = await load(pair);
        const preview = readImport(loaded, fileName, content);
        const { plan } = preview;
        return {
          fileName,
          format: preview.format,
          rowCount: preview.rowCount,
          counts: {
            added: plan.added.length,
            reassigned: plan.reassigned.length,
            removed: plan.removed.length,
            unchanged: plan.unchanged,
            errors: plan.errors.length,
          },
          added: plan.added.slice(0, PREVIEW_LINES),
          reassigned: plan.reassigned.slice(0, PREVIEW_LINES),
          removed: plan.removed.slice(0, PREVIEW_LINES),
          errors: plan.errors.slice(0, PREVIEW_ERRORS),
          digest: plan.digest,
        };
      });
    },

    applyImport(pair: ConnectionPair, fileName: string, content: string, digest: string) {
      return serial(async () => {
        const loaded = await load(pair);
        const { plan } = readImport(loaded, fileName, content);
        if (plan.digest !== digest) {
          const message =
            'The mappings changed since the preview: check the new preview, then confirm again.';
          throw new CommandError(message, { stale: true });
        }
        if (!plan.changes.length) {
          throw new CommandError('Nothing to import: every row is unchanged or has an error.');
        }
        await apply(loaded, plan.changes, 'import', BY_USER);
        const skipped = plan.errors.length
          ? ` ${plan.errors.length} row${plan.errors.length === 1 ? '' : 's'} with errors skipped.`
          : '';
        return {
          summary: `Imported ${fileName}: ${plan.added.length} added, ${plan.reassigned.length} reassigned, ${plan.removed.length} removed.${skipped}`,
        };
      });
    },

    saveSettings(pair: ConnectionPair, settings: MappingSettings) {
      return serial(async () => {
        const loaded = await load(pair);
        const turnedOn = settings.autoApplyExact && !loaded.settings.autoApplyExact;
        // Turning auto-apply on offers every current exact match once.
        loaded.settings = {
          ...settings,
          ...(turnedOn ? {} : { autoAppliedThrough: loaded.settings.autoAppliedThrough }),
        };
        await settingsStore.set(pair, loaded.settings);
        if (settings.minScore !== loaded.matchedAtScore) {
          const input = planInputOf(loaded.data);
          loaded.matches = matchPair(input.left, input.right, settings.minScore);
          loaded.matchedAtScore = settings.minScore;
        }
        await reloadEdits(loaded);
        if (turnedOn) await autoApply(loaded);
        return { settings: publicSettings(loaded.settings) };
      });
    },
  };

  function readImport(loaded: LoadedPair, fileName: string, content: string) {
    const context: ImportContext = {
      pair: loaded.pair,
      left: loaded.data.left,
      right: loaded.data.right,
      mappings: loaded.data.mappings,
      oneToOne: loaded.settings.oneToOne,
      by: `import ${fileName}`.slice(0, 120),
      now: now(),
    };
    const preview = previewImport(fileName, content, context);
    if (!preview.ok) throw new CommandError(preview.message);
    return preview;
  }

  async function labelsOf(pair: ConnectionPair) {
    const connections = await deps.connections();
    const label = (id: string) => connections.find((connection) => connection.id === id)?.label ?? id;
    return { left: label(pair.leftConnectionId), right: label(pair.rightConnectionId) };
  }
}

export type MappingService = ReturnType<typeof createMappingService>;

function publicSettings({ autoAppliedThrough: _, ...settings }: StoredSettings): MappingSettings {
  return settings;
}

function describeEntry(entry: MappingAuditEntry): LastChange {
  const parts = [
    entry.added.length && `${entry.added.length} mapped`,
    entry.removed.length && `${entry.removed.length} unmapped`,
    entry.rejected.length && `${entry.rejected.length} rejected`,
  ].filter(Boolean);
  return {
    action: entry.action,
    label: `${ACTION_LABELS[entry.action] ?? entry.action}${parts.length ? ` (${parts.join(', ')})` : ''}`,
    at: entry.at,
    by: entry.by,
  };
}
