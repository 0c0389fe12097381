/** Small builders for mapping tests: entities and mapping records with sensible defaults. */
import { newEntityRecord } from '@/lib/mapping/entity-record';
import { mappingId } from '@/lib/mapping/keys';
import type { ConnectionPair, EntityKind, EntityRecord, MappingRecord } from '@/lib/mapping/store';

export const SEEN = '2026-01-05T08:00:00.000Z';
export const PAIR: ConnectionPair = { leftConnectionId: 'wg', rightConnectionId: 'rmm' };

export function entity(
  connectionId: string,
  vendorId: string,
  name: string,
  extra: Partial<EntityRecord> = {},
): EntityRecord {
  const kind: EntityKind = extra.kind ?? (connectionId === PAIR.leftConnectionId ? 'account' : 'company');
  return { ...newEntityRecord({ connectionId, kind, vendorId, name, firstSeen: SEEN }), ...extra };
}

export const left = (vendorId: string, name: string, extra: Partial<EntityRecord> = {}) =>
  entity(PAIR.leftConnectionId, vendorId, name, extra);
export const right = (vendorId: string, name: string, extra: Partial<EntityRecord> = {}) =>
  entity(PAIR.rightConnectionId, vendorId, name, extra);

export function mapping(
  leftEntity: EntityRecord,
  rightEntity: EntityRecord,
  extra: Partial<MappingRecord> = {},
): MappingRecord {
  return {
    id: mappingId(leftEntity.key, rightEntity.key),
    leftConnectionId: leftEntity.connectionId,
    rightConnectionId: rightEntity.connectionId,
    leftKey: leftEntity.key,
    rightKey: rightEntity.key,
    origin: 'manual',
    confidence: 1,
    createdBy: 'you',
    createdAt: SEEN,
    ...extra,
  };
}
