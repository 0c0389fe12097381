import { ConnectionError, type ConnectionsFeature } from '../../connections';
import { isVaultError } from '../../secrets/errors';
import type { VendorId } from '../../vendor-ids';
import type { VendorConnection } from '../../vendors';
import { ConnectionUnavailableError } from './errors';

/** A saved connection as lists show it: no settings, no secrets. */
export interface ConnectionSummary {
  id: string;
  vendor: VendorId;
  name: string;
}

/** Where the sync finds connections; the sync depends on this interface only. */
export interface ConnectionDirectory {
  list(): Promise<ConnectionSummary[]>;
  /**
   * The full settings, secrets included (background only). Throws ConnectionUnavailableError,
   * with words for the user, when they cannot be used now (deleted, vault locked…).
   */
  resolve(id: string): Promise<VendorConnection>;
}

/**
 * The saved connections of lib/connections. A connection pinned by policy but never saved here
 * has no secrets yet, so it is left out (a scheduled sync of it could only fail). The feature's
 * own refusals (vault locked, secret missing, host not granted) reach the user in its words.
 */
export function connectionDirectoryOf(
  connections: Pick<ConnectionsFeature, 'service' | 'resolveConnection'>,
): ConnectionDirectory {
  return {
    list: async () =>
      (await connections.service.list())
        .filter((connection) => connection.stored)
        .map(({ id, vendor, name }) => ({ id, vendor, name })),
    resolve: async (id) => {
      try {
        return await connections.resolveConnection(id);
      } catch (error) {
        if (isVaultError(error) || error instanceof ConnectionError) {
          throw new ConnectionUnavailableError(error.message, NEXT_STEP[error.code] ?? DEFAULT_NEXT_STEP);
        }
        throw error;
      }
    },
  };
}

const DEFAULT_NEXT_STEP = 'Open the connection in Settings › Connections, then sync again.';
const NEXT_STEP: Partial<Record<string, string>> = {
  'vault-locked': 'Unlock the vault in Settings › Connections, then sync again.',
  'not-found': 'It may have been deleted; reload the page.',
};
