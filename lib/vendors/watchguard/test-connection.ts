import { runTestConnection, type TestConnectionResult } from '../http';
import { createWatchGuardClient, type WatchGuardClientOptions } from './client';
import type { WatchGuardConnectionInput } from './config';

/**
 * Test connection for WatchGuard Cloud: a token from the Authentication API URL (proves the
 * Access ID and password), then the first managed account of the configured account (proves the
 * API URL's host, the API key and that the Account ID belongs to these credentials). Never
 * throws. With the read-only Access ID the test can pass, since reading works; the summary then
 * says that the ConnectWise plug-ins need the read-write one (seeds/000).
 */
export function testWatchGuardConnection(
  input: WatchGuardConnectionInput,
  options: WatchGuardClientOptions & { signal?: AbortSignal } = {},
): Promise<TestConnectionResult> {
  return runTestConnection('watchguard', async () => {
    const client = createWatchGuardClient(input, options);
    const managed = await client.countManagedAccounts(options.signal);
    const region = client.endpoints.region?.label ?? client.endpoints.apiOrigin.host;
    const warning = client.readOnlyAccessId
      ? ' Note: this is the read-only Access ID; the ConnectWise plug-ins need the read-write one (Administration > Managed Access).'
      : '';
    const count =
      managed === undefined
        ? 'managed accounts listed (no total given)'
        : `${managed} managed account${managed === 1 ? '' : 's'}`;
    return {
      summary: `Connected to WatchGuard Cloud (${region}) as account ${client.accountId}: ${count}.${warning}`,
      details: {
        region,
        accountId: client.accountId,
        ...(managed !== undefined ? { managedAccounts: managed } : {}),
        readOnlyAccessId: client.readOnlyAccessId,
      },
    };
  });
}
