import { describe, expect, it } from 'vitest';
import { testCwManageConnection } from '../../../../lib/vendors/cw-manage';
import { createManualClock } from '../../../../lib/vendors/http';
import { useManageSimulator } from './harness';

const env = useManageSimulator();
const options = () => ({ allowInsecureHttp: true, clock: createManualClock() });

describe('testCwManageConnection', () => {
  it('reports the company, version and API root on success', async () => {
    const result = await testCwManageConnection(env.config(), options());
    expect(result).toEqual({
      ok: true,
      vendor: 'cw-manage',
      summary: `Connected to Simulated MSP on ConnectWise Manage ${env.sim.state.data.version} (cloud).`,
      facts: [
        { label: 'Company', value: 'Simulated MSP' },
        { label: 'Version', value: env.sim.state.data.version },
        { label: 'Hosting', value: 'cloud' },
        { label: 'Codebase', value: 'v2025_1/' },
        { label: 'API address', value: `${env.server.url}/v2025_1/apis/3.0/` },
      ],
      nextStep: expect.stringContaining('Sync now in the toolbar popup'),
    });
  });

  it('returns the typed error instead of throwing', async () => {
    const result = await testCwManageConnection(
      env.config('integration', { privateKey: 'wrong-key-0000' }),
      options(),
    );
    expect(result).toMatchObject({
      ok: false,
      vendor: 'cw-manage',
      error: { kind: 'auth', field: 'publicKey,privateKey' },
    });
    expect(JSON.stringify(result)).not.toContain('wrong-key-0000');
  });
});
