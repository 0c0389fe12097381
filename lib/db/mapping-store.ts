import type { IDBPObjectStore, IDBPTransaction } from 'idb';
import { rejectionKey } from '../mapping/plan';
import {
  type ConnectionPair,
  type EntityRecord,
  type MappingAuditEntry,
  type MappingChange,
  type MappingRecord,
  type MappingStore,
  mappingAuditEntrySchema,
  mappingRecordSchema,
} from '../mapping/store';
import { listEntities } from './entities';
import { readRecord, StoreError } from './errors';
import { type RejectionRecord, rejectionRecordSchema } from './records';
import type { CompanionDb, CompanionSchema } from './schema';
import { allOrNothing, requestBatch } from './transaction';

type KeyPair = { leftKey: string; rightKey: string };
type MappingStoreNames = ('mappings' | 'rejections' | 'mappingAudit')[];
type MappingTransaction = IDBPTransaction<CompanionSchema, MappingStoreNames, 'readwrite'>;

/**
 * The mapping contract over IndexedDB. Each `apply` and `undoLast` is one transaction over the
 * mappings, the rejections and the audit log, so a batch lands whole with its audit entry or not
 * at all. Audit entries keep the mappings before and after (net of the batch), which is what
 * makes an exact undo possible. The database may still be opening: every call waits for it.
 */
export function createIdbMappingStore(
  database: CompanionDb | Promise<CompanionDb>,
  now: () => Date = () => new Date(),
): MappingStore {
  return {
    entities: async (connectionId: string): Promise<EntityRecord[]> =>
      listEntities(await database, connectionId),

    async mappings(pair) {
      const db = await database;
      const rows = await db.getAllFromIndex('mappings', 'byPair', pairKey(pair));
      return rows.map((row) => readRecord(mappingRecordSchema, row, 'mapping'));
    },

    async rejections(pair) {
      const db = await database;
      const rows = await db.getAllFromIndex('rejections', 'byPair', pairKey(pair));
      return new Set(rows.map((row) => readRecord(rejectionRecordSchema, row, 'rejected suggestion').id));
    },

    async apply(pair, changes, action, by) {
      if (!action.trim()) throw invalid('A mapping change needs an action name.');
      for (const change of changes) checkChange(pair, change);
      const db = await database;
      const at = now().toISOString();
      const tx = db.transaction(['mappings', 'rejections', 'mappingAudit'], 'readwrite');
      return allOrNothing(tx, async () => {
        const mappings = tx.objectStore('mappings');
        const rejections = tx.objectStore('rejections');
        // Net effect per id: the state before the batch (first read) and after it (last write).
        const mappingStates = new Map<string, { before?: MappingRecord; after?: MappingRecord }>();
        const rejectionStates = new Map<string, { before: boolean; after: boolean; keys: KeyPair }>();

        const mappingState = async (id: string) => {
          let state = mappingStates.get(id);
          if (!state) {
            const raw = await mappings.get(id);
            const before = raw === undefined ? undefined : readRecord(mappingRecordSchema, raw, 'mapping');
            state = before ? { before, after: before } : {};
            mappingStates.set(id, state);
          }
          return state;
        };
        const rejectionState = async (keys: KeyPair) => {
          const id = rejectionKey(keys.leftKey, keys.rightKey);
          let state = rejectionStates.get(id);
          if (!state) {
            const exists = (await rejections.getKey(id)) !== undefined;
            state = { before: exists, after: exists, keys };
            rejectionStates.set(id, state);
          }
          return state;
        };

        for (const change of changes) {
          switch (change.kind) {
            case 'map':
              (await mappingState(change.mapping.id)).after = mappingRecordSchema.parse(change.mapping);
              break;
            case 'unmap': {
              const state = await mappingState(change.mappingId);
              if (!state.after) throw stale('That mapping no longer exists; the list was out of date.');
              delete state.after;
              break;
            }
            case 'reject':
            case 'unreject':
              (await rejectionState(change)).after = change.kind === 'reject';
              break;
          }
        }

        await refuseDoubleMappings(mappings, pair, mappingStates);
        const entry = mappingAuditEntrySchema.parse({
          at,
          by,
          ...pair,
          action,
          removed: [...mappingStates.values()].flatMap((s) =>
            s.before && !same(s.before, s.after) ? [s.before] : [],
          ),
          added: [...mappingStates.values()].flatMap((s) =>
            s.after && !same(s.before, s.after) ? [s.after] : [],
          ),
          rejected: [...rejectionStates.values()].flatMap((s) => (!s.before && s.after ? [s.keys] : [])),
          unrejected: [...rejectionStates.values()].flatMap((s) => (s.before && !s.after ? [s.keys] : [])),
          undone: false,
        });
        // A batch that changes nothing leaves no audit entry: "undo" must undo something visible.
        if (isEmpty(entry)) return entry;
        await writeEffect(tx, pair, entry, at, by);
        const id = await tx.objectStore('mappingAudit').add(entry);
        return { ...entry, id };
      });
    },

    async undoLast(pair, by) {
      const db = await database;
      const at = now().toISOString();
      const tx = db.transaction(['mappings', 'rejections', 'mappingAudit'], 'readwrite');
      return allOrNothing(tx, async () => {
        const audit = tx.objectStore('mappingAudit');
        let cursor = await audit.index('byPair').openCursor(pairKey(pair), 'prev');
        let target: MappingAuditEntry | undefined;
        while (cursor && !target) {
          const entry = readRecord(mappingAuditEntrySchema, cursor.value, 'mapping history entry');
          if (!entry.undone && entry.action !== 'undo') target = entry;
          else cursor = await cursor.continue();
        }
        if (!target) return null;
        for (const mapping of target.added) {
          const raw = await tx.objectStore('mappings').get(mapping.id);
          if (!raw || !same(readRecord(mappingRecordSchema, raw, 'mapping'), mapping)) {
            throw stale('The mappings changed since that step, so it cannot be undone exactly.');
          }
        }
        const reverse = mappingAuditEntrySchema.parse({
          at,
          by,
          ...pair,
          action: 'undo',
          removed: target.added,
          added: target.removed,
          rejected: target.unrejected,
          unrejected: target.rejected,
          undone: false,
        });
        await writeEffect(tx, pair, reverse, at, by);
        await audit.put({ ...target, undone: true });
        const id = await audit.add(reverse);
        return { ...reverse, id };
      });
    },

    async auditLog(pair, limit) {
      const db = await database;
      const entries: MappingAuditEntry[] = [];
      let cursor = await db
        .transaction('mappingAudit')
        .store.index('byPair')
        .openCursor(pairKey(pair), 'prev');
      while (cursor && entries.length < limit) {
        entries.push(readRecord(mappingAuditEntrySchema, cursor.value, 'mapping history entry'));
        cursor = await cursor.continue();
      }
      return entries;
    },
  };
}

/**
 * One left entity has at most one mapping per pair: a batch whose result would map one twice is
 * refused whole (reassigning means unmapping first, in the same batch).
 */
async function refuseDoubleMappings(
  mappings: IDBPObjectStore<CompanionSchema, MappingStoreNames, 'mappings', 'readwrite'>,
  pair: ConnectionPair,
  states: ReadonlyMap<string, { before?: MappingRecord; after?: MappingRecord }>,
): Promise<void> {
  const added = [...states.values()].flatMap((state) =>
    state.after && !same(state.before, state.after) ? [state.after] : [],
  );
  if (!added.length) return;
  const leftKeys = new Map<string, string>();
  for (const row of await mappings.index('byPair').getAll(pairKey(pair))) {
    const stored = readRecord(mappingRecordSchema, row, 'mapping');
    const state = states.get(stored.id);
    if (!state || state.after) leftKeys.set(stored.id, stored.leftKey);
  }
  for (const mapping of added) leftKeys.set(mapping.id, mapping.leftKey);
  const seen = new Set<string>();
  for (const leftKey of leftKeys.values()) {
    if (seen.has(leftKey)) {
      throw invalid(`"${leftKey}" would be mapped twice; unmap it first, or reassign it.`);
    }
    seen.add(leftKey);
  }
}

/** Writes what an audit entry describes: removals first, so a replaced mapping ends as added. */
async function writeEffect(
  tx: MappingTransaction,
  pair: ConnectionPair,
  entry: MappingAuditEntry,
  at: string,
  by: string,
): Promise<void> {
  const mappings = tx.objectStore('mappings');
  const rejections = tx.objectStore('rejections');
  const writes = requestBatch();
  for (const mapping of entry.removed) writes.add(mappings.delete(mapping.id));
  for (const mapping of entry.added) writes.add(mappings.put(mapping));
  for (const keys of entry.unrejected)
    writes.add(rejections.delete(rejectionKey(keys.leftKey, keys.rightKey)));
  for (const keys of entry.rejected) writes.add(rejections.put(rejectionRecord(pair, keys, at, by)));
  await writes.done();
}

function rejectionRecord(pair: ConnectionPair, keys: KeyPair, at: string, by: string): RejectionRecord {
  return { id: rejectionKey(keys.leftKey, keys.rightKey), ...pair, ...keys, at, by };
}

/** Refuses a change that does not belong to the pair, before any transaction opens. */
function checkChange(pair: ConnectionPair, change: MappingChange): void {
  if (change.kind === 'unmap') return;
  if (change.kind === 'map') {
    const parsed = mappingRecordSchema.safeParse(change.mapping);
    if (!parsed.success) throw invalid('A mapping in the change is incomplete.');
    const mapping = parsed.data;
    if (
      mapping.leftConnectionId !== pair.leftConnectionId ||
      mapping.rightConnectionId !== pair.rightConnectionId
    ) {
      throw invalid(`The mapping of "${mapping.leftKey}" names other connections than the pair.`);
    }
    if (mapping.id !== rejectionKey(mapping.leftKey, mapping.rightKey)) {
      throw invalid(`The mapping of "${mapping.leftKey}" has an id that does not match its entities.`);
    }
  }
  const { leftKey, rightKey } = change.kind === 'map' ? change.mapping : change;
  if (
    !leftKey.startsWith(`${pair.leftConnectionId}/`) ||
    !rightKey.startsWith(`${pair.rightConnectionId}/`)
  ) {
    throw invalid(`"${leftKey}" and "${rightKey}" are not entities of this pair of connections.`);
  }
}

function pairKey(pair: ConnectionPair): [string, string] {
  return [pair.leftConnectionId, pair.rightConnectionId];
}

function same(a: MappingRecord | undefined, b: MappingRecord | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function isEmpty(entry: MappingAuditEntry): boolean {
  return !entry.added.length && !entry.removed.length && !entry.rejected.length && !entry.unrejected.length;
}

function invalid(message: string): StoreError {
  return new StoreError('invalid-change', message, 'Reload the mappings and try again.');
}

function stale(message: string): StoreError {
  return new StoreError('stale-change', message, 'Reload the mappings and try again.');
}
