import { describe, expect, it } from 'vitest';
import { createCwManageClient } from '../../../../lib/vendors/cw-manage';
import { createManualClock, type VendorError } from '../../../../lib/vendors/http';
import { listen } from '../../../simulators/core';
import { createManageSimulator } from '../../../simulators/cw-manage';
import { drain, failure, useManageSimulator } from './harness';

const env = useManageSimulator();

/** Every text a user or a log could see of an error. */
const visible = (error: VendorError) => JSON.stringify(error.toJSON()) + String(error);

describe('ConnectWise Manage client: unexpected responses', () => {
  it('names the endpoint and the field when a record breaks the schema', async () => {
    const company = env.sim.state.data.companies[12]!;
    const name = company.name;
    (company as { name: unknown }).name = 42;
    try {
      const error = await failure(env.client().manage.companies({ pageSize: 10 }));
      expect(error).toMatchObject({
        kind: 'invalid-response',
        endpoint: 'GET /company/companies',
        field: '[2].name',
      });
      expect(error.message).toContain('field "[2].name" has the wrong type');
    } finally {
      company.name = name;
    }
  });

  it('names a required field that a partial response left out', async () => {
    const error = await failure(env.client().manage.companies({ fields: ['id', 'name', 'status/name'] }));
    expect(error).toMatchObject({ kind: 'invalid-response', field: '[0].identifier' });
    expect(error.message).toContain('is missing');
  });
});

describe('ConnectWise Manage client: errors people can act on', () => {
  it('401 with a wrong key pair names the key fields, never the key', async () => {
    const cfg = env.config('integration', { privateKey: 'not-the-right-private-key' });
    const error = await failure(env.client(cfg).manage.systemInfo());
    expect(error).toMatchObject({ kind: 'auth', status: 401, field: 'publicKey,privateKey' });
    expect(error.nextStep).toContain('API Keys');
    expect(visible(error)).not.toContain('not-the-right-private-key');
  });

  it('401 for an unregistered client ID names the clientId field', async () => {
    const cfg = env.config('integration', { clientId: '00000000-0000-4000-8000-000000000000' });
    const error = await failure(env.client(cfg).manage.systemInfo());
    expect(error).toMatchObject({ kind: 'auth', field: 'clientId' });
  });

  it('refuses settings with an empty or malformed field before any request', () => {
    expect(() => createCwManageClient(env.config('integration', { clientId: 'abc' }))).toThrow(
      expect.objectContaining({ kind: 'config', field: 'clientId' }),
    );
    expect(() => createCwManageClient(env.config('integration', { publicKey: ' ' }))).toThrow(
      expect.objectContaining({ field: 'publicKey' }),
    );
  });

  it('403 names the endpoint, the module function that grants it and where to audit the role', async () => {
    const error = await failure(env.client(env.config('limited')).manage.agreements());
    expect(error).toMatchObject({
      kind: 'forbidden',
      status: 403,
      endpoint: 'GET /finance/agreements',
      grantingFunction: expect.objectContaining({
        module: 'Finance',
        function: 'Agreements',
        level: 'Inquire',
      }),
      helpUrl: `${env.server.url}/v2025_1/ConnectWise.aspx`,
    });
    expect(error.message).toContain('Finance › Agreements › Inquire');
    expect(error.nextStep).toContain('System › Security Roles');
    // Not retried: a role does not change by itself.
    expect(env.sim.stats.count('GET /finance/agreements')).toBe(1);
  });

  it('403 on a role-settings path maps to System › Security', async () => {
    const error = await failure(env.client(env.config('limited')).manage.securityRoleSettings(3));
    expect(error.grantingFunction).toMatchObject({ module: 'System', function: 'Security' });
    expect(error.endpoint).toBe('GET /system/securityRoles/{id}/settings');
  });

  it('404 under a wrong codebase override says how to fix the codebase', async () => {
    const error = await failure(
      env.client(env.config('integration', { codebase: 'v4_6_release/' })).manage.systemInfo(),
    );
    expect(error).toMatchObject({ kind: 'not-found', status: 404 });
    expect(error.nextStep).toContain('Clear the codebase override');
    expect(error.nextStep).toContain(`/login/companyinfo/${env.sim.state.data.companyId}`);
  });

  it('an unknown company ID fails the lookup on the Company ID field', async () => {
    const error = await failure(
      env.client(env.config('integration', { companyId: 'nobody' })).manage.systemInfo(),
    );
    expect(error).toMatchObject({ kind: 'config', field: 'companyId' });
  });

  it('a UI host used as the API host gets the URL fix', async () => {
    const host = new URL(env.server.url).host;
    env.sim.state.uiHosts.add(host);
    try {
      const error = await failure(
        env.client(env.config('integration', { apiUrl: env.server.url })).manage.systemInfo(),
      );
      expect(error.kind).toBe('bad-url');
      expect(error.message).toContain('SSL is required');
      expect(error.nextStep).toContain(`https://api-${host}/v2025_1/apis/3.0/`);
    } finally {
      env.sim.state.uiHosts.delete(host);
    }
  });

  it('"SSL is required" over plain http gets the https api- address', async () => {
    const strict = createManageSimulator({ companies: 3, requireTls: true });
    const server = await listen(strict.handler);
    try {
      const { data } = strict.state;
      const manage = createCwManageClient(
        {
          site: server.url,
          companyId: data.companyId,
          publicKey: data.apiMembers.integration.publicKey,
          privateKey: data.apiMembers.integration.privateKey,
          clientId: data.clientIds[0]!,
        },
        { allowInsecureHttp: true, clock: createManualClock() },
      );
      const error = await failure(manage.systemInfo());
      expect(error).toMatchObject({ kind: 'bad-url', status: 403 });
      expect(error.nextStep).toMatch(/^Use https:\/\/api-/);
    } finally {
      await server.close();
    }
  });

  it('429 after the last retry says when to try again', async () => {
    env.sim.faults.add({
      route: 'GET /system/info',
      kind: '429',
      retryAfter: 5,
      times: Number.POSITIVE_INFINITY,
    });
    const { manage, clock } = env.client();
    const error = await failure(manage.systemInfo());
    expect(clock.sleeps).toEqual([5_000, 5_000, 5_000]);
    expect(error).toMatchObject({ kind: 'rate-limited', retryAfterSeconds: 5 });
    expect(new Date(error.retryAt!).getTime()).toBe(clock.now() + 5_000);
    expect(error.nextStep).toMatch(/^Try again after \d\d:\d\d:\d\d UTC \(in 5 s\)\.$/);
  });

  it('429 asking for a longer wait than the cap stops at once with the time to come back', async () => {
    env.sim.faults.add({ route: 'GET /system/info', kind: '429', retryAfter: 600 });
    const { manage, clock } = env.client();
    const error = await failure(manage.systemInfo());
    expect(clock.sleeps).toEqual([]);
    expect(error).toMatchObject({ kind: 'rate-limited', retryAfterSeconds: 600 });
  });

  it('429 without Retry-After reads the wait from the documented body', async () => {
    env.sim.faults.add({ route: 'GET /system/info', kind: '429', times: Number.POSITIVE_INFINITY });
    const error = await failure(env.client().manage.systemInfo());
    expect(error).toMatchObject({ retryAfterSeconds: 30, nextStep: 'Try again in 30 s.' });
  });

  it('keeps secrets out of messages and logs even when the vendor echoes them', async () => {
    const cfg = env.config();
    const basic = Buffer.from(`${cfg.companyId}+${cfg.publicKey}:${cfg.privateKey}`).toString('base64');
    env.sim.faults.add({
      route: 'GET /system/info',
      kind: '500',
      body: { code: 'ConnectWiseApi', message: `bad ${cfg.privateKey} / Basic ${basic}` },
    });
    const { manage, events } = env.client(cfg);
    const error = await failure(manage.systemInfo());
    const errors = [error, await failure(env.client(env.config('limited')).manage.agreements())];
    for (const text of [...errors.map(visible), JSON.stringify(events)]) {
      expect(text).not.toContain(cfg.privateKey);
      expect(text).not.toContain(basic);
    }
  });
});

describe('ConnectWise Manage client: lists survive a role that reads nothing', () => {
  it('mySecurity works for any role', async () => {
    const rows = await drain(env.client(env.config('limited')).manage.mySecurity());
    expect(rows.find((row) => row.moduleFunctionName === 'Agreements')?.inquireLevel).toBe('None');
  });
});
