import { describe, expect, it } from 'vitest';
import {
  automateApiBaseUrl,
  createCwAutomateClient,
  testCwAutomateConnection,
} from '../../../../lib/vendors/cw-automate';
import { listen } from '../../../simulators/core';
import { failure, useAutomateSimulator } from './harness';

const env = useAutomateSimulator();

describe('ConnectWise Automate settings', () => {
  it('keeps only the origin of the server address and adds /cwa/api/v1/', () => {
    const base = (server: string) =>
      automateApiBaseUrl({ server, username: 'u', password: 'p', clientId: 'x' }, false).href;
    expect(base('automate.example-msp.com')).toBe('https://automate.example-msp.com/cwa/api/v1/');
    expect(base('https://rancor.hostedrmm.com/automate/dashboard')).toBe(
      'https://rancor.hostedrmm.com/cwa/api/v1/',
    );
    expect(base('https://rancor.hostedrmm.com/cwa/api/v1')).toBe('https://rancor.hostedrmm.com/cwa/api/v1/');
  });

  it('refuses a TOTP secret that is not base32, naming the field', () => {
    expect(() => createCwAutomateClient(env.config('integrator', { totpSecret: 'not a secret!' }))).toThrow(
      expect.objectContaining({ kind: 'config', field: 'totpSecret' }),
    );
    expect(() => createCwAutomateClient(env.config('integrator', { username: '' }))).toThrow(
      expect.objectContaining({ field: 'username' }),
    );
  });

  it('says where the API should be when the server has none', async () => {
    const server = await listen((_req, res) => {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<h1>Not Found</h1>');
    });
    try {
      const error = await failure(env.client(env.config('admin', { server: server.url })).automate.signIn());
      expect(error).toMatchObject({ kind: 'bad-url', endpoint: 'POST /apitoken' });
      expect(error.nextStep).toContain('/cwa/api/v1');
    } finally {
      await server.close();
    }
  });
});

describe('testCwAutomateConnection', () => {
  const options = () => ({ allowInsecureHttp: true, clock: env.clock });

  it('signs in with a generated code and reads one client', async () => {
    const result = await testCwAutomateConnection(env.config(), options());
    expect(result).toEqual({
      ok: true,
      vendor: 'cw-automate',
      summary: `Signed in to ConnectWise Automate at ${new URL(env.server.url).host} as integrator with a generated two-factor code; clients are visible.`,
      facts: [
        { label: 'Server', value: new URL(env.server.url).host },
        { label: 'API address', value: `${env.server.url}/cwa/api/v1/` },
        { label: 'User', value: 'integrator' },
        { label: 'User ID', value: '1' },
        { label: 'Two-factor code', value: 'generated from the TOTP secret' },
        { label: 'Clients visible', value: 'yes' },
      ],
      nextStep: expect.stringContaining('Sync now in the toolbar popup'),
    });
    expect(env.sim.stats.recent.find((call) => call.route === 'GET /clients')?.path).toBe('/Clients');
  });

  it('returns the typed error for a user class that cannot read clients', async () => {
    const result = await testCwAutomateConnection(env.config('restricted'), options());
    expect(result).toMatchObject({ ok: false, error: { kind: 'forbidden', field: 'ClientRead' } });
  });
});
