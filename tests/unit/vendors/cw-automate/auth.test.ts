import { describe, expect, it } from 'vitest';
import { AUTOMATE_ROUTES, totpCode } from '../../../simulators/cw-automate';
import { drain, failure, useAutomateSimulator } from './harness';

const env = useAutomateSimulator();
const { token, refresh, clients } = AUTOMATE_ROUTES;

describe('ConnectWise Automate sign-in', () => {
  it('signs in without two factors and calls with Bearer + clientId', async () => {
    const cfg = env.config('admin');
    const { automate } = env.client(cfg);
    await expect(automate.signIn()).resolves.toMatchObject({ userId: '2', twoFactor: false });
    await drain(automate.clients({ pageSize: 100 }));
    const [tokenCall] = env.requests(token);
    expect(tokenCall?.headers.clientid).toBe(cfg.clientId);
    expect(tokenCall?.headers['content-type']).toMatch(/^application\/json/);
    expect(tokenCall?.headers.authorization).toBeUndefined();
    const call = env.requests(clients)[0]!;
    expect(call.headers.authorization).toMatch(/^Bearer \S+$/);
    expect(call.headers.clientid).toBe(cfg.clientId);
  });

  it('answers the two-factor challenge with a code generated from the stored secret', async () => {
    const fetches: { url: string; body: string }[] = [];
    const spying = env.client(env.config(), {
      fetch: async (input, init) => {
        const request = new Request(input, init);
        fetches.push({ url: request.url, body: await request.clone().text() });
        return fetch(request);
      },
    });
    await expect(spying.automate.signIn()).resolves.toMatchObject({ twoFactor: true, userId: '1' });
    const posts = fetches
      .filter((entry) => entry.url.endsWith('/apitoken'))
      .map((entry) => JSON.parse(entry.body));
    const account = env.sim.state.data.accounts.integrator;
    expect(posts).toEqual([
      { UserName: 'integrator', Password: account.password },
      {
        UserName: 'integrator',
        Password: account.password,
        TwoFactorPasscode: totpCode(account.totpSecret!, env.clock.now()),
      },
    ]);
  });

  it('asks for the TOTP secret when the user needs two factors and none is stored', async () => {
    const cfg = env.config('integrator', { totpSecret: '' });
    const error = await failure(env.client(cfg).automate.signIn());
    expect(error).toMatchObject({ kind: 'auth', field: 'totpSecret', endpoint: 'POST /apitoken' });
    expect(error.nextStep).toContain('TOTP secret');
  });

  it('says the generated code was refused when the secret is wrong', async () => {
    const cfg = env.config('integrator', { totpSecret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' });
    const error = await failure(env.client(cfg).automate.signIn());
    expect(error).toMatchObject({ kind: 'auth', field: 'totpSecret' });
    expect(error.message).toContain('refused the two-factor code');
    expect(error.nextStep).toContain('clock');
  });

  it('names the username and password on a 401, without the password', async () => {
    const error = await failure(
      env.client(env.config('admin', { password: 'wrong-password-123' })).automate.signIn(),
    );
    expect(error).toMatchObject({ kind: 'auth', status: 401, field: 'username,password' });
    expect(JSON.stringify(error)).not.toContain('wrong-password-123');
  });

  it('names the client ID when the server refuses it', async () => {
    const cfg = env.config('admin', { clientId: '00000000-0000-4000-8000-000000000000' });
    const error = await failure(env.client(cfg).automate.signIn());
    expect(error).toMatchObject({ kind: 'auth', field: 'clientId' });
  });

  it('asks for one token however many calls start at once', async () => {
    const { automate } = env.client();
    await Promise.all([
      automate.signIn(),
      drain(automate.clients()),
      drain(automate.userClasses()),
      drain(automate.users()),
    ]);
    await drain(automate.clients());
    // Two posts: the challenge and the answer; never overlapping.
    expect(env.sim.stats.count(token)).toBe(2);
    expect(env.sim.stats.maxConcurrent(token)).toBe(1);
  });
});

describe('ConnectWise Automate token lifetime', () => {
  it('refreshes shortly before expiry without a new two-factor code, retiring the old token', async () => {
    const { automate } = env.client();
    const first = await automate.signIn();
    await drain(automate.clients());
    env.clock.set(Date.parse(first.expiresAt) - 60_000);
    await drain(automate.clients());
    expect(env.sim.stats.count(refresh)).toBe(1);
    expect(env.sim.stats.count(token)).toBe(2);
    const [before, after] = [env.requests(clients)[0]!, env.requests(clients).at(-1)!].map((call) =>
      String(call.headers.authorization).replace('Bearer ', ''),
    );
    expect(after).not.toBe(before);
    expect(env.sim.state.tokens.verify(before)).toBe('missing');
    const refreshed = await automate.signIn();
    expect(Date.parse(refreshed.expiresAt)).toBeGreaterThan(Date.parse(first.expiresAt));
  });

  it('signs in again once the token has expired', async () => {
    const { automate } = env.client();
    const first = await automate.signIn();
    env.clock.set(Date.parse(first.expiresAt) + 1_000);
    await drain(automate.clients());
    expect(env.sim.stats.count(refresh)).toBe(0);
    expect(env.sim.stats.count(token)).toBe(4);
  });

  it('falls back to a sign-in when the refresh is refused', async () => {
    const { automate } = env.client();
    const first = await automate.signIn();
    env.sim.state.tokens.expireAll();
    // The client still thinks its token is good for a minute: it tries the refresh first.
    env.clock.set(Date.parse(first.expiresAt) - 60_000);
    await drain(automate.clients());
    expect(env.sim.stats.count(refresh)).toBe(1);
    expect(env.sim.stats.count(token)).toBe(4);
  });

  it('recovers when the token expires mid-run', async () => {
    env.sim.faults.add({ route: clients, kind: 'expire-token', afterRequests: 2 });
    const { automate } = env.client(env.config('admin'));
    const all = await drain(automate.clients({ pageSize: 20 }));
    expect(all.map((client) => client.Id)).toEqual(env.sim.state.data.clients.map((client) => client.Id));
    expect(env.sim.stats.count(token)).toBe(2);
  });
});
