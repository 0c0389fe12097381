import {
  type EntityKind,
  type EntityRecord,
  entityRecordSchema,
  mappingRecordSchema,
} from '../mapping/store';
import { entityKey, type IncomingEntity, mergeEntity, type UnnamedHandling } from './entity-merge';
import { SCAN_BATCH, scanEntities } from './entity-scan';
import { readRecord, readRecordOrSkip } from './errors';
import {
  type EntityChange,
  type EntityChangeKind,
  entityChangeSchema,
  type StoredEntity,
  type SyncRun,
  storedEntitySchema,
  syncRunSchema,
} from './records';
import type { CompanionDb } from './schema';
import { allOrNothing, requestBatch, SYNC_WRITE } from './transaction';

export interface EntityPage {
  connectionId: string;
  kind: EntityKind;
  runId: string;
  /** ISO time the page was received. */
  at: string;
  /** Vendor ids are unique within the page (the engine drops in-page duplicates first). */
  entities: readonly IncomingEntity[];
}

/** Something about one entity of the page that the run should report. */
export type EntityNote =
  | { vendorId: string; note: 'unnamed'; handling: UnnamedHandling; storedName: string }
  | { vendorId: string; note: 'seen-earlier' }
  | { vendorId: string; note: 'unreadable-replaced' };

export interface PageOutcome {
  written: number;
  changes: Record<EntityChangeKind, number>;
  unchanged: number;
  /** Entities dropped because this run had already written them (from an earlier page). */
  seenEarlier: number;
  notes: EntityNote[];
}

/**
 * Upserts one page of entities and saves the run (its advanced cursor and counts) in the SAME
 * transaction: either the page and the cursor after it are stored, or neither. A background
 * stopped at any moment therefore resumes at the first page not stored, and never counts or
 * writes a page twice. `nextRun` turns the page's outcome into the run record to save.
 */
export async function writeEntityPage(
  db: CompanionDb,
  page: EntityPage,
  nextRun: (outcome: PageOutcome) => SyncRun,
): Promise<SyncRun> {
  const tx = db.transaction(['entities', 'entityChanges', 'syncRuns'], 'readwrite', SYNC_WRITE);
  const entities = tx.objectStore('entities');
  return allOrNothing(tx, async () => {
    const stored = await Promise.all(
      page.entities.map((entity) => entities.get(entityKey(page.connectionId, page.kind, entity.vendorId))),
    );
    const outcome: PageOutcome = {
      written: 0,
      changes: noChanges(),
      unchanged: 0,
      seenEarlier: 0,
      notes: [],
    };
    const writes = requestBatch();
    page.entities.forEach((incoming, index) => {
      const raw = stored[index];
      const existing = raw === undefined ? undefined : readRecordOrSkip(storedEntitySchema, raw);
      if (raw !== undefined && !existing)
        outcome.notes.push({ vendorId: incoming.vendorId, note: 'unreadable-replaced' });
      if (existing?.lastSeenRunId === page.runId) {
        outcome.seenEarlier++;
        outcome.notes.push({ vendorId: incoming.vendorId, note: 'seen-earlier' });
        return;
      }
      const merged = mergeEntity(existing, incoming, page);
      if (merged.unnamed) {
        outcome.notes.push({
          vendorId: incoming.vendorId,
          note: 'unnamed',
          handling: merged.unnamed,
          storedName: merged.record.name,
        });
      }
      writes.add(entities.put(merged.record));
      for (const change of merged.changes) {
        outcome.changes[change.change]++;
        writes.add(tx.objectStore('entityChanges').add(change));
      }
      if (merged.changes.length === 0) outcome.unchanged++;
      outcome.written++;
    });
    const run = syncRunSchema.parse(nextRun(outcome));
    writes.add(tx.objectStore('syncRuns').put(run));
    await writes.done();
    return run;
  });
}

export interface CompletePass {
  connectionId: string;
  runId: string;
  /** The kinds the run read completely; entities of other kinds are left alone. */
  kinds: readonly EntityKind[];
  at: string;
}

/** How many entities a complete pass would mark removed, out of how many active ones. */
export interface RemovalCount {
  count: number;
  of: number;
}

/**
 * Ends a complete pass: every entity of its kinds that the run did not see is marked removed,
 * and the run is saved as finished, in one transaction. Only a complete pass may call this; a
 * failed or cancelled run removes nothing. Records too damaged to read are left untouched.
 * When `hold` says so (the removal guard: too large a share would go), nothing is removed and
 * the run is saved with what would have been, for the admin to confirm.
 */
export async function finishCompletePass(
  db: CompanionDb,
  pass: CompletePass,
  nextRun: (outcome: { removed: number; held?: RemovalCount }) => SyncRun,
  hold: (removals: RemovalCount) => boolean = () => false,
): Promise<SyncRun> {
  const tx = db.transaction(['entities', 'entityChanges', 'syncRuns'], 'readwrite', SYNC_WRITE);
  const entities = tx.objectStore('entities');
  return allOrNothing(tx, async () => {
    // First the count (the guard needs it before anything is written), keeping only the keys.
    const unseen: string[] = [];
    let active = 0;
    for (const kind of pass.kinds) {
      await scanEntities(entities, { connectionId: pass.connectionId, kind }, (row) => {
        const entity = readRecordOrSkip(storedEntitySchema, row);
        if (
          !entity ||
          entity.removedAt ||
          entity.connectionId !== pass.connectionId ||
          entity.kind !== kind
        ) {
          return;
        }
        active++;
        if (entity.lastSeenRunId !== pass.runId) unseen.push(entity.key);
      });
    }
    const removals = { count: unseen.length, of: active };
    const held = unseen.length > 0 && hold(removals);
    const writes = requestBatch();
    for (let at = 0; !held && at < unseen.length; at += SCAN_BATCH) {
      const rows = await Promise.all(unseen.slice(at, at + SCAN_BATCH).map((key) => entities.get(key)));
      for (const row of rows) {
        const entity = readRecordOrSkip(storedEntitySchema, row);
        if (!entity) continue;
        writes.add(entities.put({ ...entity, removedAt: pass.at }));
        writes.add(tx.objectStore('entityChanges').add(removalOf(entity, pass)));
      }
    }
    const run = syncRunSchema.parse(
      nextRun(held ? { removed: 0, held: removals } : { removed: unseen.length }),
    );
    writes.add(tx.objectStore('syncRuns').put(run));
    await writes.done();
    return run;
  });
}

function removalOf(entity: StoredEntity, pass: CompletePass): Omit<EntityChange, 'id'> {
  return {
    runId: pass.runId,
    connectionId: pass.connectionId,
    at: pass.at,
    key: entity.key,
    kind: entity.kind,
    vendorId: entity.vendorId,
    change: 'removed',
    name: entity.name,
    ...(entity.parentVendorId !== undefined ? { parentVendorId: entity.parentVendorId } : {}),
  };
}

/** Every entity of a connection, removed ones included; a damaged record is a clear error. */
export async function listEntities(db: CompanionDb, connectionId: string): Promise<EntityRecord[]> {
  const rows = await db.getAllFromIndex('entities', 'byConnection', connectionId);
  return rows.map((row) => readRecord(entityRecordSchema, row, `entity "${(row as { key?: unknown }).key}"`));
}

/** The changes a run recorded, oldest first. */
export async function changesOfRun(db: CompanionDb, runId: string, limit: number): Promise<EntityChange[]> {
  const rows = await db.getAllFromIndex('entityChanges', 'byRun', runId, limit);
  return rows.flatMap((row) => readRecordOrSkip(entityChangeSchema, row) ?? []);
}

export interface EntityCounts {
  active: number;
  removed: number;
  /** Active entities that appear in no mapping, on either side. */
  unmapped: number;
}

/** The popup's numbers for one connection. Damaged rows are left out of the counts. */
export async function countEntities(db: CompanionDb, connectionId: string): Promise<EntityCounts> {
  const tx = db.transaction(['entities', 'mappings'], 'readonly');
  const [asLeft, asRight] = await Promise.all([
    tx.objectStore('mappings').index('byLeftConnection').getAll(connectionId),
    tx.objectStore('mappings').index('byRightConnection').getAll(connectionId),
  ]);
  const mapped = new Set<string>();
  for (const row of asLeft) {
    const mapping = readRecordOrSkip(mappingRecordSchema, row);
    if (mapping) mapped.add(mapping.leftKey);
  }
  for (const row of asRight) {
    const mapping = readRecordOrSkip(mappingRecordSchema, row);
    if (mapping) mapped.add(mapping.rightKey);
  }
  const counts: EntityCounts = { active: 0, removed: 0, unmapped: 0 };
  await scanEntities(tx.objectStore('entities'), { connectionId }, (row) => {
    const entity = readRecordOrSkip(storedEntitySchema, row);
    if (!entity || entity.connectionId !== connectionId) return;
    if (entity.removedAt) {
      counts.removed++;
      return;
    }
    counts.active++;
    if (!mapped.has(entity.key)) counts.unmapped++;
  });
  return counts;
}

function noChanges(): Record<EntityChangeKind, number> {
  return { added: 0, renamed: 0, moved: 0, removed: 0, restored: 0 };
}
