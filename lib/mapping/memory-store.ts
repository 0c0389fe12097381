/**
 * A MappingStore that lives in memory, for unit tests and the benchmark (the extension uses the
 * IndexedDB one, lib/db/mapping-store.ts). It keeps the contract's promises the same way the
 * database does: a batch is checked whole before anything changes, every batch writes one audit
 * entry, and callers get copies, never the store's own records.
 */
import { MappingStoreError } from './errors';
import { belongsTo, mappingId, pairKey } from './keys';
import { rejectionKey } from './plan';
import {
  type ConnectionPair,
  type EntityRecord,
  entityRecordSchema,
  type MappingAuditEntry,
  type MappingChange,
  type MappingRecord,
  type MappingStore,
  mappingRecordSchema,
} from './store';

export interface MemoryStoreSeed {
  entities?: readonly EntityRecord[];
  mappings?: readonly MappingRecord[];
  rejections?: readonly (ConnectionPair & { leftKey: string; rightKey: string })[];
  /** Entities of a connection made on its first read (large test data sets cost nothing until used). */
  loadEntities?: (connectionId: string) => readonly EntityRecord[] | undefined;
  now?: () => Date;
}

type KeyPair = { leftKey: string; rightKey: string };

export class MemoryMappingStore implements MappingStore {
  private readonly entitiesByConnection = new Map<string, Map<string, EntityRecord>>();
  private readonly mappingsByPair = new Map<string, Map<string, MappingRecord>>();
  private readonly rejectionsByPair = new Map<string, Map<string, KeyPair>>();
  private readonly audit: MappingAuditEntry[] = [];
  private nextAuditId = 1;
  private readonly loadEntities: MemoryStoreSeed['loadEntities'];
  private readonly now: () => Date;

  constructor(seed: MemoryStoreSeed = {}) {
    this.loadEntities = seed.loadEntities;
    this.now = seed.now ?? (() => new Date());
    this.putEntities(seed.entities ?? []);
    for (const mapping of seed.mappings ?? []) {
      const record = mappingRecordSchema.parse(mapping);
      this.pairMappings(record).set(record.id, record);
    }
    for (const { leftKey, rightKey, ...pair } of seed.rejections ?? []) {
      this.pairRejections(pair).set(rejectionKey(leftKey, rightKey), { leftKey, rightKey });
    }
  }

  /** Stands in for the sync engine: upserts entities by key. */
  putEntities(records: readonly EntityRecord[]): void {
    for (const record of records) {
      const entity = entityRecordSchema.parse(record);
      this.connectionEntities(entity.connectionId).set(entity.key, entity);
    }
  }

  /** Connections that hold at least one entity. */
  connectionIds(): string[] {
    return [...this.entitiesByConnection].filter(([, entities]) => entities.size > 0).map(([id]) => id);
  }

  async entities(connectionId: string): Promise<EntityRecord[]> {
    return structuredClone([...this.connectionEntities(connectionId).values()]);
  }

  async mappings(pair: ConnectionPair): Promise<MappingRecord[]> {
    return structuredClone([...this.pairMappings(pair).values()]);
  }

  async rejections(pair: ConnectionPair): Promise<Set<string>> {
    return new Set(this.pairRejections(pair).keys());
  }

  async apply(
    pair: ConnectionPair,
    changes: MappingChange[],
    action: string,
    by: string,
  ): Promise<MappingAuditEntry> {
    const mappings = new Map(this.pairMappings(pair));
    const rejections = new Map(this.pairRejections(pair));
    for (const change of changes) {
      if (change.kind === 'map') {
        const mapping = checkedMapping(pair, change.mapping);
        mappings.set(mapping.id, mapping);
      } else if (change.kind === 'unmap') {
        if (!mappings.delete(change.mappingId)) {
          throw new MappingStoreError('That mapping no longer exists: reload the table and try again.');
        }
      } else {
        checkKeys(pair, change);
        const key = rejectionKey(change.leftKey, change.rightKey);
        if (change.kind === 'reject')
          rejections.set(key, { leftKey: change.leftKey, rightKey: change.rightKey });
        else rejections.delete(key);
      }
    }
    return this.commit(pair, mappings, rejections, action, by);
  }

  async undoLast(pair: ConnectionPair, by: string): Promise<MappingAuditEntry | null> {
    const key = pairKey(pair);
    // Undo entries are not undone themselves: pressing Undo again walks further back.
    const entry = this.audit.findLast(
      (candidate) => pairKey(candidate) === key && !candidate.undone && candidate.action !== 'undo',
    );
    if (!entry) return null;
    const mappings = new Map(this.pairMappings(pair));
    const rejections = new Map(this.pairRejections(pair));
    for (const mapping of entry.added) {
      if (!mappings.delete(mapping.id)) {
        throw new MappingStoreError('The mappings changed after that edit, so it cannot be undone.');
      }
    }
    for (const mapping of entry.removed) mappings.set(mapping.id, mapping);
    for (const { leftKey, rightKey } of entry.rejected) rejections.delete(rejectionKey(leftKey, rightKey));
    for (const keys of entry.unrejected) rejections.set(rejectionKey(keys.leftKey, keys.rightKey), keys);
    const reverse = this.commit(pair, mappings, rejections, 'undo', by);
    entry.undone = true;
    return reverse;
  }

  async auditLog(pair: ConnectionPair, limit: number): Promise<MappingAuditEntry[]> {
    const key = pairKey(pair);
    return structuredClone(
      this.audit
        .filter((entry) => pairKey(entry) === key)
        .reverse()
        .slice(0, limit),
    );
  }

  /** Checks the pair's invariants on the new state, then swaps it in and records the difference. */
  private commit(
    pair: ConnectionPair,
    mappings: Map<string, MappingRecord>,
    rejections: Map<string, KeyPair>,
    action: string,
    by: string,
  ): MappingAuditEntry {
    const mappedLefts = new Set<string>();
    for (const mapping of mappings.values()) {
      if (mappedLefts.has(mapping.leftKey)) {
        throw new MappingStoreError(`${mapping.leftKey} would be mapped twice: unmap it first.`);
      }
      mappedLefts.add(mapping.leftKey);
    }
    const before = this.pairMappings(pair);
    const rejectedBefore = this.pairRejections(pair);
    const entry: MappingAuditEntry = {
      at: this.now().toISOString(),
      by,
      leftConnectionId: pair.leftConnectionId,
      rightConnectionId: pair.rightConnectionId,
      action,
      removed: [...before.values()].filter((mapping) => mappings.get(mapping.id) !== mapping),
      added: [...mappings.values()].filter((mapping) => before.get(mapping.id) !== mapping),
      rejected: [...rejections].filter(([key]) => !rejectedBefore.has(key)).map(([, keys]) => keys),
      unrejected: [...rejectedBefore].filter(([key]) => !rejections.has(key)).map(([, keys]) => keys),
      undone: false,
    };
    const changed =
      entry.removed.length || entry.added.length || entry.rejected.length || entry.unrejected.length;
    // Nothing changed: nothing to record, and nothing for Undo to revert.
    if (!changed) return entry;
    entry.id = this.nextAuditId++;
    this.mappingsByPair.set(pairKey(pair), mappings);
    this.rejectionsByPair.set(pairKey(pair), rejections);
    this.audit.push(entry);
    return structuredClone(entry);
  }

  private connectionEntities(connectionId: string): Map<string, EntityRecord> {
    let entities = this.entitiesByConnection.get(connectionId);
    if (!entities) {
      entities = new Map();
      this.entitiesByConnection.set(connectionId, entities);
      for (const record of this.loadEntities?.(connectionId) ?? []) entities.set(record.key, record);
    }
    return entities;
  }

  private pairMappings(pair: ConnectionPair): Map<string, MappingRecord> {
    return getOrCreate(this.mappingsByPair, pairKey(pair));
  }

  private pairRejections(pair: ConnectionPair): Map<string, KeyPair> {
    return getOrCreate(this.rejectionsByPair, pairKey(pair));
  }
}

function getOrCreate<V>(maps: Map<string, Map<string, V>>, key: string): Map<string, V> {
  let map = maps.get(key);
  if (!map) {
    map = new Map();
    maps.set(key, map);
  }
  return map;
}

function checkKeys(pair: ConnectionPair, keys: KeyPair): void {
  if (!belongsTo(keys.leftKey, pair.leftConnectionId) || !belongsTo(keys.rightKey, pair.rightConnectionId)) {
    throw new MappingStoreError(
      `${keys.leftKey} → ${keys.rightKey} does not belong to the pair ${pair.leftConnectionId} → ${pair.rightConnectionId}.`,
    );
  }
}

function checkedMapping(pair: ConnectionPair, record: MappingRecord): MappingRecord {
  const parsed = mappingRecordSchema.safeParse(record);
  if (!parsed.success) throw new MappingStoreError('A mapping record is incomplete or malformed.');
  const mapping = parsed.data;
  checkKeys(pair, mapping);
  if (
    mapping.leftConnectionId !== pair.leftConnectionId ||
    mapping.rightConnectionId !== pair.rightConnectionId ||
    mapping.id !== mappingId(mapping.leftKey, mapping.rightKey)
  ) {
    throw new MappingStoreError(
      `The mapping ${mapping.leftKey} → ${mapping.rightKey} has the wrong pair or id.`,
    );
  }
  return mapping;
}
