/**
 * ConnectWise Manage against its 2025.1 models (tests/fixtures/specs/cw-manage-2025.1.json): for
 * every endpoint the client calls, any record the model allows parses (fields left out, nullable
 * fields null, unknown fields added), the product does the right thing with the sparse ones, and
 * the simulator sends nothing the model does not describe.
 *
 * The spec guarantees no response field at all; the client still requires a few, named in
 * `KEEP` with the reason: without them the record is of no use to any feature.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { auditRole } from '../../../../lib/permissions';
import { manageCompanySource } from '../../../../lib/sync/background/sources';
import {
  additionSchema,
  agreementSchema,
  apiMemberSchema,
  boardSchema,
  boardStatusSchema,
  boardTeamSchema,
  companySchema,
  companyStatusSchema,
  companyTypeSchema,
  configurationTypeSchema,
  countSchema,
  createCwManageClient,
  memberSchema,
  mySecuritySchema,
  securityRoleSchema,
  securityRoleSettingSchema,
  systemInfoSchema,
} from '../../../../lib/vendors/cw-manage';
import { createSimulatorHandler, FaultRegistry, json, listen, Router } from '../../../simulators/core';
import { createManageSimulator } from '../../../simulators/cw-manage';
import { drain } from '../support';
import { loadSpec, modelArbitrary, problemsAgainst, sparsest } from './spec-models';

const spec = loadSpec('cw-manage-2025.1.json');

/** Endpoint → the model it returns, our schema, and what we cannot do without. */
const ENDPOINTS: [string, string, z.ZodType, Record<string, unknown>][] = [
  ['GET /company/companies', 'Company', companySchema, { id: 1, identifier: 'Acme', name: 'Acme' }],
  ['GET /company/companies/statuses', 'CompanyStatus', companyStatusSchema, { id: 1, name: 'Active' }],
  ['GET /company/companies/types', 'CompanyType', companyTypeSchema, { id: 1, name: 'Client' }],
  ['GET /system/securityroles', 'SecurityRole', securityRoleSchema, { id: 1, name: 'Admin' }],
  [
    'GET /system/securityroles/{id}/settings',
    'SecurityRoleSetting',
    securityRoleSettingSchema,
    { id: 1, moduleName: 'Companies', moduleFunctionName: 'Company Maintenance' },
  ],
  [
    'GET /system/mySecurity',
    'MySecurity',
    mySecuritySchema,
    { moduleName: 'Companies', moduleFunctionName: 'Company Maintenance' },
  ],
  ['GET /system/members', 'Member', memberSchema, { id: 1, identifier: 'api' }],
  ['GET /system/apiMembers', 'ApiMember', apiMemberSchema, { id: 1, identifier: 'HuntressEDR' }],
  ['GET /service/boards', 'Board', boardSchema, { id: 1, name: 'Help Desk' }],
  ['GET /service/boards/{id}/statuses', 'BoardStatus', boardStatusSchema, { id: 1, name: 'New' }],
  ['GET /finance/agreements', 'Agreement', agreementSchema, { id: 1, name: 'MSP' }],
  ['GET /finance/agreements/{id}/additions', 'Addition', additionSchema, { id: 1 }],
  ['GET /system/info', 'Info', systemInfoSchema, { version: 'v2025.1.12345' }],
  ['GET /service/boards/{id}/teams', 'BoardTeam', boardTeamSchema, { id: 1, name: 'Tier 1' }],
  [
    'GET /company/configurations/types',
    'ConfigurationType',
    configurationTypeSchema,
    { id: 1, name: 'Server' },
  ],
  ['GET /company/companies/count', 'Count', countSchema, { count: 3 }],
];

describe('ConnectWise Manage responses generated from the 2025.1 models', () => {
  it.each(ENDPOINTS)('%s (%s): every record the model allows parses', (_endpoint, model, schema, keep) => {
    fc.assert(
      fc.property(modelArbitrary(spec, model, { keep: Object.keys(keep), unknownFields: true }), (record) => {
        expect(schema.safeParse({ ...record, ...keep }).error).toBeUndefined();
      }),
      { numRuns: 150 },
    );
  });

  it.each(ENDPOINTS)(
    '%s (%s): the sparsest record (only what we need, every nullable null) parses',
    (_e, model, schema, keep) => {
      expect(schema.safeParse(sparsest(spec, model, keep)).error).toBeUndefined();
    },
  );

  it('a null flag or reference id in one record does not fail its page, and the sync reads the page', async () => {
    const companies = [
      {
        id: 1,
        identifier: 'A',
        name: 'Alpha',
        deletedFlag: null,
        status: { id: null, name: 'Active' },
        types: [{ id: null, name: 'Client' }],
      },
      sparsest(spec, 'Company', { id: 2, identifier: 'B', name: 'Beta' }),
      { id: 3, identifier: 'C', name: 'Gamma', deletedFlag: true },
    ];
    const router = new Router().get('/v4_6_release/apis/3.0/company/companies', () =>
      json(200, companies, { link: '' }),
    );
    const server = await listen(createSimulatorHandler({ router, faults: new FaultRegistry() }).handler);
    try {
      const client = createCwManageClient(
        {
          site: server.url,
          companyId: 'co',
          publicKey: 'pub',
          privateKey: 'priv',
          clientId: '1a2b3c4d-0000-4000-8000-000000000001',
          codebase: 'v4_6_release/',
        },
        { allowInsecureHttp: true },
      );
      const pages = await drain(manageCompanySource(client).pages(undefined, new AbortController().signal));
      expect(pages.flatMap((page) => page.entities)).toEqual([
        { vendorId: '1', name: 'Alpha', status: 'Active', type: 'Client' },
        { vendorId: '2', name: 'Beta' },
      ]);
    } finally {
      await server.close();
    }
  });

  it('a null security level audits as None, and a null myAllFlag reads', () => {
    const settings = [
      sparsest(spec, 'SecurityRoleSetting', {
        id: 1,
        moduleName: 'Companies',
        moduleFunctionName: 'Company Maintenance',
      }),
    ];
    const parsed = securityRoleSettingSchema.array().parse(settings);
    expect(parsed[0]).toMatchObject({ addLevel: null, inquireLevel: null, myAllFlag: null });
    const report = auditRole(parsed, ['watchguard-cloud-psa']);
    const finding = report.findings.find(
      (row) =>
        row.module === 'Companies' && row.function === 'Company Maintenance' && row.action === 'inquire',
    );
    expect(finding).toMatchObject({ actual: 'None' });
  });
});

describe('the ConnectWise Manage simulator against the same models', () => {
  const sim = createManageSimulator({ companies: 30 });
  const sparse = createManageSimulator({ companies: 30, sparse: true });

  it.each([
    ['/company/companies', 'Company'],
    ['/company/companies/statuses', 'CompanyStatus'],
    ['/company/companies/types', 'CompanyType'],
    ['/system/securityroles', 'SecurityRole'],
    ['/system/members', 'Member'],
    ['/system/apiMembers', 'ApiMember'],
    ['/service/boards', 'Board'],
    ['/finance/agreements', 'Agreement'],
    ['/system/mysecurity', 'MySecurity'],
    ['/service/boards/1/teams', 'BoardTeam'],
    ['/company/configurations/types', 'ConfigurationType'],
    ['/company/configurations', 'CompanyConfiguration'],
  ])(
    '%s sends only what %s describes, with the right types (normal and sparse mode)',
    async (path, model) => {
      for (const simulator of [sim, sparse]) {
        const server = await listen(simulator.handler);
        try {
          const { data } = simulator.state;
          const key = data.apiMembers.integration;
          const client = createCwManageClient(
            {
              site: server.url,
              companyId: data.companyId,
              publicKey: key.publicKey,
              privateKey: key.privateKey,
              clientId: data.clientIds[0]!,
            },
            { allowInsecureHttp: true },
          );
          const { apiBaseUrl } = await client.connection();
          const response = await fetch(new URL(path.slice(1), apiBaseUrl), {
            headers: {
              Authorization: `Basic ${Buffer.from(`${data.companyId}+${key.publicKey}:${key.privateKey}`).toString('base64')}`,
              clientId: data.clientIds[0]!,
              Accept: 'application/json',
            },
          });
          expect(response.status).toBe(200);
          const records = (await response.json()) as unknown[];
          expect(records.length).toBeGreaterThan(0);
          expect(records.flatMap((record) => problemsAgainst(spec, model, record))).toEqual([]);
        } finally {
          await server.close();
        }
      }
    },
  );
});
