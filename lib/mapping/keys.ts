/** The string keys that tie entities, mappings and connection pairs together. */
import { rejectionKey } from './plan';
import type { ConnectionPair, EntityKind } from './store';

/** The store's entity key: stable across syncs, unique across connections. */
export function entityKey(connectionId: string, kind: EntityKind, vendorId: string): string {
  return `${connectionId}/${kind}/${vendorId}`;
}

/** A mapping's id; the same form as a rejection key, because both name one left/right pair. */
export function mappingId(leftKey: string, rightKey: string): string {
  return rejectionKey(leftKey, rightKey);
}

/** True when `key` is an entity key of `connectionId`. */
export function belongsTo(key: string, connectionId: string): boolean {
  return key.startsWith(`${connectionId}/`);
}

export function pairKey(pair: ConnectionPair): string {
  return `${pair.leftConnectionId}\n${pair.rightConnectionId}`;
}
