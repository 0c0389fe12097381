import { fact, runTestConnection, type TestConnectionResult } from '../http';
import { createWatchGuardClient, type WatchGuardClientOptions } from './client';
import type { WatchGuardConnectionInput } from './config';

/**
 * Test connection for WatchGuard Cloud: a token from the Authentication API URL (proves the
 * Access ID and password), then the first managed account of the configured account (proves the
 * API URL's host, the API key and that the Account ID belongs to these credentials). Never
 * throws. With the read-only Access ID the test can pass, since reading works; the next step
 * then says that the ConnectWise plug-ins need the read-write one (seeds/000).
 */
export function testWatchGuardConnection(
  input: WatchGuardConnectionInput,
  options: WatchGuardClientOptions & { signal?: AbortSignal } = {},
): Promise<TestConnectionResult> {
  return runTestConnection('watchguard', async () => {
    const client = createWatchGuardClient(input, options);
    const managed = await client.countManagedAccounts(options.signal);
    const region = client.endpoints.region?.label ?? client.endpoints.apiOrigin.host;
    const readOnly = client.readOnlyAccessId;
    // Some answers carry no total (issue #15); the listing itself still reads to its end.
    const count =
      managed === undefined
        ? 'managed accounts listed (no total given)'
        : `${managed} managed account${managed === 1 ? '' : 's'}`;
    return {
      summary: `Connected to WatchGuard Cloud (${region}) as account ${client.accountId}: ${count}.`,
      facts: [
        ...fact('Region', region),
        ...fact('Account ID', client.accountId),
        ...fact('Managed accounts', managed),
        ...fact('Access ID', readOnly ? 'read-only' : 'read-write'),
      ],
      nextStep: readOnly
        ? 'Replace the Access ID with the read-write one from Administration › Managed Access, here and in the ConnectWise plug-ins: the read-only one cannot set up the integration.'
        : 'Sync the managed accounts with Sync now in the toolbar popup, then map them to companies in Settings › Mappings.',
    };
  });
}
