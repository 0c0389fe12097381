import { describe, expect, it } from 'vitest';
import { createCwAutomateClient } from '../../../../lib/vendors/cw-automate';
import { listen } from '../../../simulators/core';
import { AUTOMATE_ROUTES, createAutomateSimulator } from '../../../simulators/cw-automate';
import { drain, failure, useAutomateSimulator } from './harness';

const env = useAutomateSimulator();
const { clients } = AUTOMATE_ROUTES;

describe('ConnectWise Automate lists', () => {
  it('pages until an empty page', async () => {
    const { automate } = env.client(env.config('admin'));
    const all = await drain(automate.clients({ pageSize: 50 }));
    expect(all.map((client) => client.Name)).toEqual(env.sim.state.data.clients.map((client) => client.Name));
    expect(env.requests(clients).map((call) => call.path)).toHaveLength(4);
  });

  it('keeps going past short pages when the server caps the page size', async () => {
    const capped = createAutomateSimulator({ clock: env.clock, maxPageSize: 25 });
    const server = await listen(capped.handler);
    try {
      const account = capped.state.data.accounts.admin;
      const automate = createCwAutomateClient(
        {
          server: server.url,
          username: 'admin',
          password: account.password,
          clientId: capped.state.data.clientIds[0]!,
        },
        { allowInsecureHttp: true, clock: env.clock },
      );
      const all = await drain(automate.clients({ pageSize: 1000 }));
      expect(all).toHaveLength(capped.state.data.clients.length);
      expect(capped.stats.count(clients)).toBe(Math.ceil(120 / 25) + 1);
    } finally {
      await server.close();
    }
  });

  it('reads user classes with their Permissions object, and users', async () => {
    const { automate } = env.client();
    const classes = await drain(automate.userClasses());
    expect(classes.map((userClass) => userClass.Name)).toContain('Rewst Automation');
    const rewst = await automate.userClass(2);
    expect(rewst.Permissions).toMatchObject({ ClientRead: true, ClientsShowAll: true, SuperAdmin: false });
    const users = await drain(automate.users({ pageSize: 5 }));
    expect(users.find((user) => user.Name === 'integrator')).toMatchObject({ IsIntegrator: true });
    expect(users).toHaveLength(env.sim.state.data.users.length);
  });

  it('403 names the user class permission that grants the endpoint', async () => {
    const { automate } = env.client(env.config('restricted'));
    const error = await failure(automate.clients());
    expect(error).toMatchObject({
      kind: 'forbidden',
      status: 403,
      endpoint: 'GET /Clients',
      field: 'ClientRead',
      grantingFunction: expect.objectContaining({ module: 'Clients', function: 'Read', inferred: true }),
    });
    expect(error.nextStep).toContain('User Class Manager');
    const classError = await failure(automate.userClass(2));
    expect(classError).toMatchObject({ field: 'UserClassRead', endpoint: 'GET /UserClasses/{id}' });
  });

  it('names the endpoint and field of a record that breaks the schema', async () => {
    const record = env.sim.state.data.clients[3]!;
    const name = record.Name;
    delete (record as { Name?: string }).Name;
    try {
      const error = await failure(env.client(env.config('admin')).automate.clients());
      expect(error).toMatchObject({ kind: 'invalid-response', endpoint: 'GET /Clients', field: '[3].Name' });
    } finally {
      record.Name = name;
    }
  });

  it('names ExpirationDate when a token comes without it', async () => {
    const { automate } = env.client(env.config('admin'), {
      fetch: async (input, init) => {
        const url = input instanceof Request ? input.url : String(input);
        const response = await fetch(input, init);
        if (!url.endsWith('/apitoken')) return response;
        const { ExpirationDate: _dropped, ...body } = await response.json();
        return new Response(JSON.stringify(body), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        });
      },
    });
    const error = await failure(automate.signIn());
    expect(error).toMatchObject({
      kind: 'invalid-response',
      endpoint: 'POST /apitoken',
      field: 'ExpirationDate',
    });
  });
});

describe('ConnectWise Automate faults and abort', () => {
  it.each(['429', '503'] as const)(
    'retries a %s on the token and list routes until it clears',
    async (kind) => {
      env.sim.faults.add({ route: AUTOMATE_ROUTES.token, kind, times: 1 });
      env.sim.faults.add({ route: clients, kind, times: 2, afterRequests: 1 });
      const all = await drain(env.client(env.config('admin')).automate.clients({ pageSize: 30 }));
      expect(all).toHaveLength(120);
      expect(env.clock.sleeps).toHaveLength(3);
    },
  );

  it.each([
    ['429', 'rate-limited'],
    ['503', 'server'],
    ['drop', 'network'],
    ['truncated-json', 'invalid-response'],
  ] as const)('gives up on a lasting %s with kind %s', async (kind, errorKind) => {
    env.sim.faults.add({ route: clients, kind, times: Number.POSITIVE_INFINITY });
    const error = await failure(env.client(env.config('admin')).automate.clients());
    expect(error).toMatchObject({ kind: errorKind, endpoint: 'GET /Clients' });
    expect(env.sim.stats.count(clients)).toBe(4);
  });

  it('retries a malformed token answer', async () => {
    env.sim.faults.add({ route: AUTOMATE_ROUTES.token, kind: 'malformed-json' });
    await expect(env.client(env.config('admin')).automate.signIn()).resolves.toMatchObject({
      twoFactor: false,
    });
  });

  it('stops paging when aborted', async () => {
    const controller = new AbortController();
    const { automate } = env.client(env.config('admin'));
    const pages: number[] = [];
    const error = await failure(
      (async () => {
        for await (const page of automate.clientPages({ pageSize: 10, signal: controller.signal })) {
          pages.push(page.length);
          if (pages.length === 3) controller.abort();
        }
      })(),
    );
    expect(error.kind).toBe('aborted');
    expect(pages).toEqual([10, 10, 10]);
    expect(env.sim.stats.count(clients)).toBe(3);
  });

  it('keeps the password, TOTP secret and token out of errors and logs', async () => {
    const cfg = env.config();
    const { automate, events } = env.client(cfg);
    await automate.signIn();
    env.sim.faults.add({
      route: clients,
      kind: '500',
      body: { Message: `${cfg.password} ${cfg.totpSecret}` },
    });
    const error = await failure(automate.clients());
    const bearer = String(env.requests(clients)[0]?.headers.authorization).replace('Bearer ', '');
    for (const text of [JSON.stringify(error), String(error), JSON.stringify(events)]) {
      for (const secret of [cfg.password, cfg.totpSecret!, bearer]) expect(text).not.toContain(secret);
    }
  });
});
