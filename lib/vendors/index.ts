/**
 * Every vendor client behind one door, for the background's Test connection and sync.
 * Each vendor adds one entry to `vendorConnectionSchema` and `testConnection`.
 *
 *   const result = await testConnection({ vendor: 'cw-manage', config }, { signal });
 */
import { z } from 'zod';
import { cwAutomateConfigSchema, testCwAutomateConnection } from './cw-automate';
import { cwManageConfigSchema, testCwManageConnection } from './cw-manage';
import { cwRmmConnectionInputSchema, testCwRmmConnection } from './cw-rmm';
import type { TestConnectionResult, TokenCacheRegistry } from './http';
import { testWatchGuardConnection, watchGuardConnectionInputSchema } from './watchguard';

export type { TestConnectionResult } from './http';

/** A connection's full settings, secrets included: background only, never sent to a page. */
export const vendorConnectionSchema = z.discriminatedUnion('vendor', [
  z.object({ vendor: z.literal('cw-manage'), config: cwManageConfigSchema }),
  z.object({ vendor: z.literal('cw-automate'), config: cwAutomateConfigSchema }),
  z.object({ vendor: z.literal('watchguard'), config: watchGuardConnectionInputSchema }),
  z.object({ vendor: z.literal('cw-rmm'), config: cwRmmConnectionInputSchema }),
]);
export type VendorConnection = z.infer<typeof vendorConnectionSchema>;

export interface VendorCallOptions {
  signal?: AbortSignal;
  /** Only for unit tests and local simulators served over http. */
  allowInsecureHttp?: boolean;
  /** WatchGuard: read-only Access IDs remembered from Managed Access pages, to name that mistake. */
  knownReadOnlyAccessIds?: readonly string[];
  /** Where tokens are shared between calls (default: the background's registry). */
  tokenCaches?: TokenCacheRegistry;
}

/** Authenticates and makes one cheap read; never throws. */
export function testConnection(
  connection: VendorConnection,
  options: VendorCallOptions = {},
): Promise<TestConnectionResult> {
  switch (connection.vendor) {
    case 'cw-manage':
      return testCwManageConnection(connection.config, options);
    case 'cw-automate':
      return testCwAutomateConnection(connection.config, options);
    case 'watchguard':
      return testWatchGuardConnection(connection.config, options);
    case 'cw-rmm':
      return testCwRmmConnection(connection.config, options);
  }
}
