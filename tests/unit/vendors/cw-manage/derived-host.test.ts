import { describe, expect, it } from 'vitest';
import { createCwManageClient } from '@/lib/vendors/cw-manage';
import { createManualClock, VendorError } from '@/lib/vendors/http';
import { connectionsHarness, MANAGE_PRIVATE_KEY, onPremManageRequest } from '../../connections/harness';

/**
 * Issue #16, item 2: for an on-premise Manage server the API host comes from the server's own
 * codebase answer. Credentials go only to an origin the user granted.
 */

const SITE = 'https://manage.example-msp.com';
const DERIVED = 'https://api-manage.example-msp.com';

/** A server whose codebase answer sends the API to its `api-` host; records where keys went. */
function onPremServer() {
  const withCredentials: string[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (request.headers.get('authorization')) withCredentials.push(url.origin);
    if (url.pathname.startsWith('/login/companyinfo/')) {
      return Response.json({ Codebase: 'v2025_1/', CompanyName: 'Contoso', IsCloud: false });
    }
    return Response.json({ version: 'v2025.1', isCloud: false });
  }) as typeof globalThis.fetch;
  return { fetch, withCredentials };
}

const config = (grantedOrigins?: string[]) => ({
  site: SITE,
  companyId: 'contoso',
  publicKey: 'AbCdEfGh12345678',
  privateKey: MANAGE_PRIVATE_KEY,
  clientId: '0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b',
  ...(grantedOrigins ? { grantedOrigins } : {}),
});

describe('an on-premise server that names another API host', () => {
  it('refuses to send the key to a derived host that was not granted, with a message', async () => {
    const server = onPremServer();
    const client = createCwManageClient(config(), { fetch: server.fetch, clock: createManualClock() });
    const failure = await client.systemInfo().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(VendorError);
    expect((failure as VendorError).kind).toBe('config');
    expect((failure as VendorError).message).toContain('api-manage.example-msp.com');
    expect(server.withCredentials).toEqual([]);
  });

  it('sends it there once that host is granted too', async () => {
    const server = onPremServer();
    const client = createCwManageClient(config([DERIVED]), {
      fetch: server.fetch,
      clock: createManualClock(),
    });
    await client.systemInfo();
    expect(server.withCredentials).toEqual([DERIVED]);
  });

  it('gets the granted derived hosts from the connections feature’s permissions', async () => {
    const harness = connectionsHarness();
    harness.granted.add('https://manage.example-msp.com/*');
    const saved = await harness.feature.service.save(onPremManageRequest(SITE));
    const without = await harness.feature.resolveConnection(saved.id);
    expect(without.vendor === 'cw-manage' && without.config.grantedOrigins).toEqual([]);

    harness.granted.add('https://api-manage.example-msp.com/*');
    const granted = await harness.feature.resolveConnection(saved.id);
    expect(granted.vendor === 'cw-manage' && granted.config.grantedOrigins).toEqual([DERIVED]);
  });
});
