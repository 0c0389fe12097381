import type { Commands, Handlers } from '../messaging';
import { testConnection } from './index';

export interface VendorHandlerDeps {
  /** Read-only WatchGuard Access IDs seen on Managed Access pages (the region store). */
  knownReadOnlyAccessIds?: () => Promise<readonly string[]>;
  /** Throws while the credential vault is locked: a locked vault means no vendor calls at all. */
  assertUnlocked?: () => Promise<void>;
}

/** The background side of vendor commands; the router has checked sender and schema. */
export function vendorHandlers(
  deps: VendorHandlerDeps = {},
): Required<Pick<Handlers<Commands>, 'testVendorConnection'>> {
  return {
    testVendorConnection: async (connection) => {
      await deps.assertUnlocked?.();
      // A broken store must not break Test connection: the hint is a bonus.
      const knownReadOnlyAccessIds = await deps.knownReadOnlyAccessIds?.().catch(() => []);
      return testConnection(connection, knownReadOnlyAccessIds ? { knownReadOnlyAccessIds } : {});
    },
  };
}
