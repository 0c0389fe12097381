import { fact, runTestConnection, type TestConnectionResult, yesNo } from '../http';
import { type CwAutomateClientOptions, createCwAutomateClient } from './client';
import type { CwAutomateConfig } from './config';

/**
 * Test connection for ConnectWise Automate: sign in (with a generated two-factor code when the
 * user needs one), then one cheap read — the first client — which also shows whether the user
 * class can see clients at all (Rewst's guide: missing customers mean missing client access).
 * Never throws; failures come back as the typed error with its next step.
 */
export function testCwAutomateConnection(
  config: CwAutomateConfig,
  options: CwAutomateClientOptions & { signal?: AbortSignal } = {},
): Promise<TestConnectionResult> {
  return runTestConnection('cw-automate', async () => {
    const { signal, ...clientOptions } = options;
    const client = createCwAutomateClient(config, clientOptions);
    const session = await client.signIn(signal);
    let seesClients = false;
    for await (const page of client.clientPages({ pageSize: 1, ...(signal ? { signal } : {}) })) {
      seesClients = page.length > 0;
      break;
    }
    const host = new URL(client.apiBaseUrl).host;
    return {
      summary:
        `Signed in to ConnectWise Automate at ${host} as ${config.username.trim()}` +
        `${session.twoFactor ? ' with a generated two-factor code' : ''}; ` +
        (seesClients ? 'clients are visible.' : 'no clients are visible to this user.'),
      facts: [
        ...fact('Server', host),
        ...fact('API address', client.apiBaseUrl),
        ...fact('User', config.username.trim()),
        ...fact('User ID', session.userId),
        ...fact('Two-factor code', session.twoFactor ? 'generated from the TOTP secret' : 'not asked for'),
        ...fact('Clients visible', yesNo(seesClients)),
      ],
      nextStep: seesClients
        ? 'Sync the clients with Sync now in the toolbar popup, then map them in Settings › Mappings.'
        : "In Automate's User Class Manager give this user's class access to the clients, then test again.",
    };
  });
}
