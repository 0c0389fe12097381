import { entityKey } from './keys';
import { normaliseName } from './normalise';
import type { EntityRecord } from './store';

export type NewEntity = Omit<EntityRecord, 'key' | 'normalisedName' | 'externalIds' | 'lastSeen'> &
  Partial<Pick<EntityRecord, 'externalIds' | 'lastSeen'>>;

/** An entity record with its derived fields (key, normalised name) filled in, as a sync writes it. */
export function newEntityRecord(entity: NewEntity): EntityRecord {
  return {
    ...entity,
    key: entityKey(entity.connectionId, entity.kind, entity.vendorId),
    normalisedName: normaliseName(entity.name),
    externalIds: entity.externalIds ?? [],
    lastSeen: entity.lastSeen ?? entity.firstSeen,
  };
}
