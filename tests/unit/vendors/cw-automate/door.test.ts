import { describe, expect, it } from 'vitest';
import { testConnection, vendorConnectionSchema } from '../../../../lib/vendors';
import { useAutomateSimulator } from './harness';

const env = useAutomateSimulator();

describe('the vendor door for ConnectWise Automate', () => {
  it('accepts an Automate connection and routes its test to the Automate client', async () => {
    const connection = vendorConnectionSchema.parse({ vendor: 'cw-automate', config: env.config('admin') });
    const result = await testConnection(connection, { allowInsecureHttp: true });
    expect(result).toMatchObject({
      ok: true,
      vendor: 'cw-automate',
      facts: expect.arrayContaining([{ label: 'Two-factor code', value: 'not asked for' }]),
    });
  });

  it('rejects an Automate connection without a password', () => {
    const { password: _password, ...config } = env.config('admin');
    const parsed = vendorConnectionSchema.safeParse({ vendor: 'cw-automate', config });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['config', 'password']);
  });
});
