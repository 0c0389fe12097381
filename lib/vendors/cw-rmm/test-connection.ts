import { fact, runTestConnection, type TestConnectionResult, yesNo } from '../http';
import { type CwRmmClientOptions, createCwRmmClient } from './client';
import type { CwRmmConnectionInput } from './config';

/**
 * Test connection for ConnectWise RMM: a token (proves the server, Client ID, Client Secret and
 * the scopes the key may use), then the first company, one record (proves the token reads data).
 * Never throws.
 */
export function testCwRmmConnection(
  input: CwRmmConnectionInput,
  options: CwRmmClientOptions & { signal?: AbortSignal } = {},
): Promise<TestConnectionResult> {
  return runTestConnection('cw-rmm', async () => {
    const client = createCwRmmClient(input, options);
    let companiesVisible = false;
    for await (const page of client.companyPages({
      pageSize: 1,
      ...(options.signal ? { signal: options.signal } : {}),
    })) {
      companiesVisible = page.length > 0;
      break;
    }
    const where = client.server.region?.label ?? client.server.origin.host;
    return {
      summary: companiesVisible
        ? `Connected to ConnectWise RMM (${where}): the API key can read companies and sites.`
        : `Connected to ConnectWise RMM (${where}), but the API key sees no companies yet.`,
      facts: [
        ...fact('Region', where),
        ...fact('Server', client.server.origin.origin),
        ...fact('Records per request', client.recordsPerRequest),
        ...fact('Companies visible', yesNo(companiesVisible)),
      ],
      nextStep: companiesVisible
        ? 'Sync the companies and sites with Sync now in the toolbar popup, then map them in Settings › Mappings.'
        : 'If ConnectWise RMM holds companies, give this API key the platform.companies.read and platform.sites.read scopes; if it holds none yet, add one. Then test again.',
    };
  });
}
