/**
 * The contract between the mapping screens and the database (lib/db implements it over IndexedDB
 * in the background; tests use an in-memory twin). Records are zod-checked when read back, so a
 * damaged or older database gives a clear error instead of a wrong table.
 */
import { z } from 'zod';

/** What a vendor entity is in its own system. */
export const entityKindSchema = z.enum(['account', 'company', 'client', 'site']);
export type EntityKind = z.infer<typeof entityKindSchema>;

export const entityRecordSchema = z.object({
  /** `${connectionId}/${kind}/${vendorId}`: stable across syncs. */
  key: z.string().min(1),
  connectionId: z.string().min(1),
  kind: entityKindSchema,
  vendorId: z.string().min(1),
  name: z.string(),
  /** `normaliseName(name)`, kept so matching and search need no recomputation. */
  normalisedName: z.string(),
  /** Ids of the same customer in other systems that the vendor records (e.g. a PSA company id). */
  externalIds: z.array(z.string()).default([]),
  status: z.string().optional(),
  type: z.string().optional(),
  /** The entity this one belongs to (a site's company); its moves are recorded as changes. */
  parentVendorId: z.string().optional(),
  firstSeen: z.string().datetime(),
  lastSeen: z.string().datetime(),
  /** Set only by a complete sync pass that no longer saw the entity. */
  removedAt: z.string().datetime().optional(),
});
export type EntityRecord = z.infer<typeof entityRecordSchema>;

export const mappingOriginSchema = z.enum(['auto', 'manual', 'imported']);

export const mappingRecordSchema = z.object({
  /** `${leftKey}\n${rightKey}`. */
  id: z.string().min(1),
  leftConnectionId: z.string().min(1),
  rightConnectionId: z.string().min(1),
  leftKey: z.string().min(1),
  rightKey: z.string().min(1),
  origin: mappingOriginSchema,
  /** 0..1: 1 for manual, imported and certain matches. */
  confidence: z.number().min(0).max(1),
  /** Who made it: 'you', 'auto-mapping', 'import <file name>'. */
  createdBy: z.string(),
  createdAt: z.string().datetime(),
  note: z.string().optional(),
});
export type MappingRecord = z.infer<typeof mappingRecordSchema>;

/** One edit to the mappings of a connection pair; a batch of them is applied atomically. */
export type MappingChange =
  | { kind: 'map'; mapping: MappingRecord }
  | { kind: 'unmap'; mappingId: string }
  | { kind: 'reject'; leftKey: string; rightKey: string }
  | { kind: 'unreject'; leftKey: string; rightKey: string };

export const mappingAuditEntrySchema = z.object({
  id: z.number().int().optional(),
  at: z.string().datetime(),
  by: z.string(),
  leftConnectionId: z.string(),
  rightConnectionId: z.string(),
  /** What the user did, e.g. 'accept', 'bulk-accept', 'unmap', 'reassign', 'import', 'undo'. */
  action: z.string(),
  /** Mappings before and after, so the change can be undone exactly. */
  removed: z.array(mappingRecordSchema),
  added: z.array(mappingRecordSchema),
  rejected: z.array(z.object({ leftKey: z.string(), rightKey: z.string() })).default([]),
  unrejected: z.array(z.object({ leftKey: z.string(), rightKey: z.string() })).default([]),
  /** True once undone; an undone entry is not undone twice. */
  undone: z.boolean().default(false),
});
export type MappingAuditEntry = z.infer<typeof mappingAuditEntrySchema>;

export interface ConnectionPair {
  leftConnectionId: string;
  rightConnectionId: string;
}

export interface MappingStore {
  /** Entities of a connection, removed ones included (flagged by `removedAt`). */
  entities(connectionId: string): Promise<EntityRecord[]>;
  mappings(pair: ConnectionPair): Promise<MappingRecord[]>;
  /** Rejected suggestions as `leftKey + '\n' + rightKey` (see `rejectionKey`). */
  rejections(pair: ConnectionPair): Promise<Set<string>>;
  /**
   * Applies every change in one transaction and writes one audit entry; all or nothing. Refuses
   * (throws, changing nothing) an unmap of a mapping that is gone, a record of another pair, and
   * a result with two mappings for one left entity. A batch that changes nothing records no
   * audit entry (the entry is still returned, with empty lists).
   */
  apply(
    pair: ConnectionPair,
    changes: MappingChange[],
    action: string,
    by: string,
  ): Promise<MappingAuditEntry>;
  /**
   * Reverts the newest audit entry of the pair that is not undone yet; null when none. Marks it
   * `undone` and writes and returns an 'undo' entry holding the reverse change. 'undo' entries are
   * never reverted themselves, so calling it again walks further back.
   */
  undoLast(pair: ConnectionPair, by: string): Promise<MappingAuditEntry | null>;
  auditLog(pair: ConnectionPair, limit: number): Promise<MappingAuditEntry[]>;
}
