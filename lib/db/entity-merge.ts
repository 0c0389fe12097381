import { normaliseName } from '../mapping/normalise';
import type { EntityKind } from '../mapping/store';
import type { EntityChange, EntityChangeKind, StoredEntity } from './records';

/** One entity as a vendor source delivers it (see lib/sync/background/source.ts). */
export interface IncomingEntity {
  vendorId: string;
  name: string;
  status?: string;
  type?: string;
  /** The entity it belongs to (a site's company). */
  parentVendorId?: string;
  externalIds?: readonly string[];
}

export interface MergeContext {
  connectionId: string;
  kind: EntityKind;
  runId: string;
  /** ISO time of the page. */
  at: string;
}

/** A blank name from the vendor: what the merge did about it. */
export type UnnamedHandling = 'kept-stored-name' | 'stored-under-id';

export interface MergeResult {
  record: StoredEntity;
  changes: Omit<EntityChange, 'id'>[];
  unnamed?: UnnamedHandling;
}

export function entityKey(connectionId: string, kind: EntityKind, vendorId: string): string {
  return `${connectionId}/${kind}/${vendorId}`;
}

/**
 * The stored entity after a sync saw it, and what changed. Pure: the caller reads `existing` and
 * writes the result in one transaction. A blank name never replaces a stored one (the vendor
 * record lost its name; the customer did not), and a new entity without a name is kept under its
 * id with an empty normalised name, so it is listed but never matched automatically.
 */
export function mergeEntity(
  existing: StoredEntity | undefined,
  incoming: IncomingEntity,
  context: MergeContext,
): MergeResult {
  const { connectionId, kind, runId, at } = context;
  const offered = incoming.name.trim();
  let unnamed: UnnamedHandling | undefined;
  let name = offered;
  if (!offered) {
    unnamed = existing?.name ? 'kept-stored-name' : 'stored-under-id';
    name = existing?.name ?? '';
  }

  const record: StoredEntity = {
    key: entityKey(connectionId, kind, incoming.vendorId),
    connectionId,
    kind,
    vendorId: incoming.vendorId,
    name,
    // Always recomputed: a newer normaliser then refreshes every name on the next sync.
    normalisedName: normaliseName(name),
    externalIds: [...(incoming.externalIds ?? [])],
    ...optional('status', incoming.status),
    ...optional('type', incoming.type),
    ...optional('parentVendorId', incoming.parentVendorId),
    firstSeen: existing?.firstSeen ?? at,
    lastSeen: at,
    lastSeenRunId: runId,
  };

  const change = (kindOfChange: EntityChangeKind, extra: Partial<EntityChange> = {}) => ({
    runId,
    connectionId,
    at,
    key: record.key,
    kind,
    vendorId: record.vendorId,
    change: kindOfChange,
    name: record.name,
    ...optional('parentVendorId', record.parentVendorId),
    ...extra,
  });

  const changes: Omit<EntityChange, 'id'>[] = [];
  if (!existing) {
    changes.push(change('added'));
  } else {
    if (existing.removedAt) changes.push(change('restored'));
    if (existing.name !== record.name) changes.push(change('renamed', { previousName: existing.name }));
    if (existing.parentVendorId !== record.parentVendorId) {
      changes.push(change('moved', optional('previousParentVendorId', existing.parentVendorId)));
    }
  }
  return { record, changes, ...(unnamed ? { unnamed } : {}) };
}

/** `{ [key]: value }` when the value is set, else nothing (keeps optional fields absent, not undefined). */
function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}
