import type { VendorConnection } from '../vendors';
import type { VendorId } from '../vendors/http';
import { ConnectionUnavailableError } from './errors';

/** A saved connection as lists show it: no settings, no secrets. */
export interface ConnectionSummary {
  id: string;
  vendor: VendorId;
  name: string;
}

/**
 * Where the sync finds connections. The connections feature (wip/connections) implements it over
 * its saved connections and the secret vault; the sync only depends on this interface.
 */
export interface ConnectionDirectory {
  list(): Promise<ConnectionSummary[]>;
  /**
   * The full settings, secrets included (background only). Throws ConnectionUnavailableError,
   * with words for the user, when they cannot be used now (deleted, vault locked…).
   */
  resolve(id: string): Promise<VendorConnection>;
}

/** Until the connections feature is wired in: no connections, so nothing to sync. */
export const emptyConnectionDirectory: ConnectionDirectory = {
  list: async () => [],
  resolve: async (id) => {
    throw new ConnectionUnavailableError(
      `There is no saved connection "${id}".`,
      'Add the connection in the settings.',
    );
  },
};
