import type { ConnectionsFeature } from '../../connections';
import type { MappingSource } from '../../mapping/background/service';
import { entityKey } from '../../mapping/keys';
import type { EntityKind } from '../../mapping/store';
import { CommandError } from '../../messaging/errors';
import type { ReadinessDeps } from './handlers';

/**
 * Runs in: the background. The readiness handlers over the connections feature (settings, and
 * secrets only through `resolve`) and the mapping store (which of a connection's entities are
 * mapped to another connection's).
 */
export function connectionReadinessDeps(
  connections: Pick<ConnectionsFeature, 'resolveConnection'> & {
    hostAccess?: Pick<ConnectionsFeature['hostAccess'], 'isGranted'>;
    service: Pick<ConnectionsFeature['service'], 'list'>;
  },
  mappings: Pick<MappingSource, 'store' | 'connections'>,
): ReadinessDeps {
  const hostAccess = connections.hostAccess;
  return {
    ...(hostAccess ? { isGranted: (origin: string) => hostAccess.isGranted(origin) } : {}),
    async connection(id) {
      const connection = (await connections.service.list()).find((candidate) => candidate.id === id);
      if (!connection) throw new CommandError('This connection is not saved any more.');
      return connection;
    },
    context(connection, signal) {
      return {
        connection,
        signal,
        clientOptions: {},
        resolve: () => connections.resolveConnection(connection.id),
        mappedVendorIds: (kind) => mappedVendorIds(mappings, connection.id, kind),
      };
    },
  };
}

/** The vendor ids of `connectionId`'s entities of `kind` that are mapped, on either side of a pair. */
async function mappedVendorIds(
  mappings: Pick<MappingSource, 'store' | 'connections'>,
  connectionId: string,
  kind: EntityKind,
): Promise<string[]> {
  const prefix = entityKey(connectionId, kind, '');
  const others = (await mappings.connections()).filter((other) => other.id !== connectionId);
  const ids = new Set<string>();
  for (const other of others) {
    for (const pair of [
      { leftConnectionId: connectionId, rightConnectionId: other.id },
      { leftConnectionId: other.id, rightConnectionId: connectionId },
    ]) {
      for (const mapping of await mappings.store.mappings(pair)) {
        for (const key of [mapping.leftKey, mapping.rightKey]) {
          if (key.startsWith(prefix)) ids.add(key.slice(prefix.length));
        }
      }
    }
  }
  return [...ids];
}
