/**
 * The readiness reads of ConnectWise Manage against the 2025.1 models
 * (tests/fixtures/specs/cw-manage-2025.1.json): every record the model allows parses with our
 * schemas, and the simulator's new routes send only what the models describe (normal and sparse).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  boardTeamSchema,
  configurationTypeSchema,
  countSchema,
  createCwManageClient,
} from '@/lib/vendors/cw-manage';
import { type Listening, listen } from '../../simulators/core';
import { createManageSimulator } from '../../simulators/cw-manage';
import { loadSpec, modelArbitrary, problemsAgainst } from '../vendors/contract/spec-models';

const spec = loadSpec('cw-manage-2025.1.json');

const MODELS: [string, z.ZodType, Record<string, unknown>][] = [
  ['BoardTeam', boardTeamSchema, { id: 1, name: 'Tier 1' }],
  ['ConfigurationType', configurationTypeSchema, { id: 1, name: 'ThreatLocker Monthly' }],
  ['Count', countSchema, { count: 3 }],
];

describe('readiness schemas against the 2025.1 models', () => {
  it.each(MODELS)('%s: every record the model allows parses', (model, schema, keep) => {
    fc.assert(
      fc.property(modelArbitrary(spec, model, { keep: Object.keys(keep), unknownFields: true }), (record) => {
        expect(schema.safeParse({ ...record, ...keep }).error).toBeUndefined();
      }),
      { numRuns: 150 },
    );
  });
});

describe('the simulator’s readiness routes against the same models', () => {
  const servers: Listening[] = [];
  const sims = [
    createManageSimulator({ companies: 30 }),
    createManageSimulator({ companies: 30, sparse: true }),
  ];
  beforeAll(async () => {
    for (const sim of sims) servers.push(await listen(sim.handler));
  });
  afterAll(() => Promise.all(servers.map((server) => server.close())));

  it.each([
    ['service/boards/1/teams', 'BoardTeam', true],
    ['service/boards/5/teams', 'BoardTeam', true],
    ['company/configurations/types', 'ConfigurationType', true],
    ['company/configurations', 'CompanyConfiguration', true],
    ['company/configurations/count', 'Count', false],
    ['company/companies/count?conditions=status%2Fname%3D%22Active%22', 'Count', false],
  ] as const)('%s sends %s', async (path, model, isList) => {
    for (const [index, sim] of sims.entries()) {
      const server = servers[index]!;
      const { data } = sim.state;
      const key = data.apiMembers.integration;
      const config = {
        site: server.url,
        companyId: data.companyId,
        publicKey: key.publicKey,
        privateKey: key.privateKey,
        clientId: data.clientIds[0]!,
      };
      const { apiBaseUrl } = await createCwManageClient(config, { allowInsecureHttp: true }).connection();
      const response = await fetch(new URL(path, apiBaseUrl), {
        headers: {
          Authorization: `Basic ${Buffer.from(`${data.companyId}+${key.publicKey}:${key.privateKey}`).toString('base64')}`,
          clientId: data.clientIds[0]!,
          Accept: 'application/json',
        },
      });
      expect(response.status).toBe(200);
      const body = (await response.json()) as unknown;
      const records = isList ? (body as unknown[]) : [body];
      expect(Array.isArray(records)).toBe(true);
      if (isList && !path.includes('/5/')) expect(records.length).toBeGreaterThan(0);
      for (const record of records) expect(problemsAgainst(spec, model, record)).toEqual([]);
    }
  });
});
