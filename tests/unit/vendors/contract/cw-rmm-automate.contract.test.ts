/**
 * ConnectWise RMM (Asio OpenAPI `Company`, `Site`) and Automate (`LabTech.Models.Client`,
 * `UserClass`, `User`) against their specs (tests/fixtures/specs): generated records parse (the
 * specs mark no property required, so everything but the id and name may be missing), the sync
 * does the right thing with sparse ones, and the simulators send only what the specs describe.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  automateClientSource,
  rmmCompanySource,
  rmmSiteSource,
} from '../../../../lib/sync/background/sources';
import { createCwAutomateClient } from '../../../../lib/vendors/cw-automate';
import {
  automateClientSchema,
  automateUserListSchema,
  automateUserSchema,
  userClassSchema,
} from '../../../../lib/vendors/cw-automate/schemas';
import { createCwRmmClient } from '../../../../lib/vendors/cw-rmm';
import { rmmCompanySchema, rmmSiteSchema } from '../../../../lib/vendors/cw-rmm/schemas';
import { createManualClock, TokenCacheRegistry } from '../../../../lib/vendors/http';
import { createAutomateSimulator } from '../../../simulators/cw-automate';
import { createCwRmmSimulator } from '../../../simulators/cw-rmm';
import { drain, serve } from '../support';
import { loadSpec, modelArbitrary, problemsAgainst } from './spec-models';

const rmm = loadSpec('cw-rmm-asio.json');
const automate = loadSpec('cw-automate.json');

const CASES: [string, ReturnType<typeof loadSpec>, string, z.ZodType, Record<string, unknown>][] = [
  ['RMM GET /company/companies', rmm, 'Company', rmmCompanySchema, { id: 'c1', name: 'Acme' }],
  ['RMM GET /company/sites', rmm, 'Site', rmmSiteSchema, { id: 's1', name: 'Main office' }],
  [
    'Automate GET /Clients',
    automate,
    'LabTech.Models.Client',
    automateClientSchema,
    { Id: '7', Name: 'Acme' },
  ],
  [
    'Automate GET /UserClasses',
    automate,
    'Automate.Api.Domain.Contracts.Users.UserClass',
    userClassSchema,
    { UserClassId: 3, Name: 'Integrations' },
  ],
  [
    'Automate GET /Users',
    automate,
    'Automate.Api.Domain.Contracts.Users.User',
    automateUserSchema,
    { UserId: 9, Name: 'api' },
  ],
];

describe('responses generated from the RMM and Automate specs', () => {
  it.each(CASES)('%s: every record the spec allows parses', (_label, spec, model, schema, keep) => {
    fc.assert(
      fc.property(modelArbitrary(spec, model, { keep: Object.keys(keep), unknownFields: true }), (record) => {
        expect(schema.safeParse({ ...record, ...keep }).error).toBeUndefined();
      }),
      { numRuns: 150 },
    );
  });

  it('Automate: a numeric ExternalId is read as the linked PSA company id', async () => {
    const source = automateClientSource({
      clientPages: async function* () {
        yield [automateClientSchema.parse({ Id: 4, Name: 'Acme', ExternalId: 250 })];
      },
    });
    const [page] = await drain(source.pages(undefined, new AbortController().signal));
    expect(page?.entities).toEqual([{ vendorId: '4', name: 'Acme', externalIds: ['250'] }]);
  });

  it.each([
    ['a bare array', [{ UserId: 1, Name: 'api' }]],
    ['the object-wrapped form the spec declares', { Users: [{ UserId: 1, Name: 'api' }], TotalCount: 1 }],
  ])('Automate GET /Users reads %s', (_label, body) => {
    expect(automateUserListSchema.parse(body)).toEqual([{ UserId: 1, Name: 'api' }]);
  });

  it('Automate GET /Users names the field of an object it cannot read', () => {
    const result = automateUserListSchema.safeParse({ Users: [], Groups: [] });
    expect(result.success).toBe(false);
  });

  it('the spec checker itself reports unknown fields, wrong types and forbidden nulls', () => {
    expect(problemsAgainst(rmm, 'Company', { id: 1, nmae: 'x', friendlyName: null })).toEqual([
      'Company.id: expected a string, got 1',
      'Company.nmae: not in the spec',
      'Company.friendlyName: null, which the spec does not allow',
    ]);
  });
});

describe('the ConnectWise RMM simulator against the Asio spec', () => {
  it.each([false, true])(
    'companies and sites (sparse %s) hold only spec fields, and a sync reads them',
    async (sparse) => {
      const sim = createCwRmmSimulator({ companies: 12, sparse });
      const url = await serve(sim);
      const companies = await (
        await fetch(new URL('api/platform/v1/company/companies', `${url}/`), {
          headers: await bearer(url, sim),
        })
      ).json();
      const sites = await (
        await fetch(new URL('api/platform/v1/company/sites', `${url}/`), { headers: await bearer(url, sim) })
      ).json();
      expect((companies as unknown[]).flatMap((record) => problemsAgainst(rmm, 'Company', record))).toEqual(
        [],
      );
      expect((sites as unknown[]).flatMap((record) => problemsAgainst(rmm, 'Site', record))).toEqual([]);

      const { full } = sim.state.data.keys;
      const client = createCwRmmClient(
        { serverUrl: url, clientId: full.clientId, clientSecret: full.clientSecret },
        { allowInsecureHttp: true, tokenCaches: new TokenCacheRegistry() },
      );
      const signal = new AbortController().signal;
      const read = (await drain(rmmCompanySource(client).pages(undefined, signal))).flatMap(
        (page) => page.entities,
      );
      expect(read).toHaveLength(12);
      expect(read.every((entity) => entity.vendorId && entity.name)).toBe(true);
      const siteEntities = (await drain(rmmSiteSource(client).pages(undefined, signal))).flatMap(
        (page) => page.entities,
      );
      expect(siteEntities.every((site) => site.parentVendorId)).toBe(true);
      if (sparse)
        expect(read.every((entity) => entity.externalIds?.length === 0 && !entity.status)).toBe(true);
    },
  );
});

describe('the ConnectWise Automate simulator against the Automate spec', () => {
  it.each([false, true])(
    'clients, user classes and users (sparse %s) hold only spec fields',
    async (sparse) => {
      const clock = createManualClock({ start: Date.UTC(2025, 0, 6, 9, 0, 0) });
      const sim = createAutomateSimulator({ clock, sparse });
      const url = await serve(sim);
      const { data } = sim.state;
      const account = data.accounts.admin;
      const bodies = new Map<string, unknown[]>();
      // The client's own fetch, so the raw bodies are checked, not what the client made of them.
      const recording: typeof fetch = async (input, init) => {
        const response = await fetch(input, init);
        const path = new URL(input instanceof Request ? input.url : String(input)).pathname;
        if (response.ok && !/apitoken/i.test(path)) {
          const key = path.split('/').pop()!;
          bodies.set(key, [...(bodies.get(key) ?? []), ...((await response.clone().json()) as unknown[])]);
        }
        return response;
      };
      const client = createCwAutomateClient(
        {
          server: url,
          username: account.user.Name,
          password: account.password,
          clientId: data.clientIds[0]!,
          ...(account.totpSecret ? { totpSecret: account.totpSecret } : {}),
        },
        { allowInsecureHttp: true, clock, fetch: recording },
      );
      expect((await drain(client.clients({ pageSize: 1000 }))).length).toBeGreaterThan(0);
      await drain(client.userClasses());
      await drain(client.users());
      const check = (name: string, model: string) => {
        const records = bodies.get(name) ?? [];
        expect(records.length).toBeGreaterThan(0);
        expect(records.flatMap((record) => problemsAgainst(automate, model, record))).toEqual([]);
      };
      check('Clients', 'LabTech.Models.Client');
      check('UserClasses', 'Automate.Api.Domain.Contracts.Users.UserClass');
      check('Users', 'Automate.Api.Domain.Contracts.Users.User');
    },
  );
});

async function bearer(
  url: string,
  sim: ReturnType<typeof createCwRmmSimulator>,
): Promise<Record<string, string>> {
  const { full } = sim.state.data.keys;
  const response = await fetch(new URL('v1/token', `${url}/`), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      grant_type: 'client_credentials',
      client_id: full.clientId,
      client_secret: full.clientSecret,
      scope: full.scopes.join(' '),
    }),
  });
  const { access_token: token } = (await response.json()) as { access_token: string };
  return { Authorization: `Bearer ${token}`, Accept: 'application/json' };
}
