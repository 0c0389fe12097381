import { fact, runTestConnection, type TestConnectionResult } from '../http';
import { type CwClientOptions, createCwManageClient } from './client';
import type { CwManageConfig } from './config';

/**
 * Test connection for ConnectWise Manage: the codebase lookup (proves the site and company ID),
 * then one cheap authenticated read, `/system/info` (proves the keys, the client ID and the
 * codebase). Never throws; failures come back as the typed error with its next step.
 */
export function testCwManageConnection(
  config: CwManageConfig,
  options: CwClientOptions & { signal?: AbortSignal } = {},
): Promise<TestConnectionResult> {
  return runTestConnection('cw-manage', async () => {
    const client = createCwManageClient(config, options);
    const { signal } = options;
    const company = await client.companyInfo(signal);
    const info = await client.systemInfo(signal);
    const { codebase, apiBaseUrl } = await client.connection(signal);
    const cloud = info.isCloud ?? String(company.IsCloud).toLowerCase() === 'true';
    return {
      summary: `Connected to ${company.CompanyName ?? config.companyId} on ConnectWise Manage ${info.version} (${cloud ? 'cloud' : 'on-premise'}).`,
      facts: [
        ...fact('Company', company.CompanyName ?? config.companyId),
        ...fact('Version', info.version),
        ...fact('Hosting', cloud ? 'cloud' : 'on-premise'),
        ...fact('Codebase', codebase),
        ...fact('API address', apiBaseUrl),
      ],
      nextStep:
        'Sync the companies with Sync now in the toolbar popup, or check a security role in Settings › Audit a role.',
    };
  });
}
