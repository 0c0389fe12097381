import { describe, expect, it } from 'vitest';
import { drain, useManageSimulator } from './harness';

const env = useManageSimulator();

describe('ConnectWise Manage client: codebase lookup and headers', () => {
  it('looks the codebase up once and builds the API root from it', async () => {
    const { manage } = env.client();
    const info = await manage.companyInfo();
    expect(info.Codebase).toBe('v2025_1/');
    const { codebase, apiBaseUrl } = await manage.connection();
    await manage.systemInfo();
    expect(codebase).toBe('v2025_1/');
    expect(apiBaseUrl).toBe(`${env.server.url}/v2025_1/apis/3.0/`);
    expect(env.sim.stats.count('GET /login/companyinfo/:companyId')).toBe(1);
  });

  it('skips the lookup when a codebase is configured', async () => {
    const { manage } = env.client(env.config('integration', { codebase: 'v2025_1' }));
    await manage.systemInfo();
    expect(env.sim.stats.count('GET /login/companyinfo/:companyId')).toBe(0);
  });

  it('signs every call with Basic companyId+publicKey:privateKey, the clientId and a versioned Accept', async () => {
    const cfg = env.config();
    const { manage } = env.client(cfg);
    await manage.systemInfo();
    const call = env.sim.stats.recent.find((record) => record.route === 'GET /system/info')!;
    const basic = Buffer.from(String(call.headers.authorization).replace(/^Basic /, ''), 'base64').toString();
    expect(basic).toBe(`${cfg.companyId}+${cfg.publicKey}:${cfg.privateKey}`);
    expect(call.headers.clientid).toBe(cfg.clientId);
    expect(call.headers.accept).toBe('application/vnd.connectwise.com+json; version=2025.1');
    // The lookup is anonymous: no key pair leaves for the site host.
    const lookup = env.sim.stats.recent.find((record) => record.route.includes('companyinfo'))!;
    expect(lookup.headers.authorization).toBeUndefined();
  });
});

describe('ConnectWise Manage client: paging', () => {
  const allIds = () => env.sim.state.data.companies.map((company) => company.id);

  it('follows navigable Link headers to the last record', async () => {
    const { manage } = env.client();
    const companies = await drain(manage.companies({ paging: 'navigable', pageSize: 7 }));
    expect(companies.map((company) => company.id)).toEqual(allIds());
    expect(env.sim.stats.count('GET /company/companies')).toBe(Math.ceil(53 / 7));
  });

  it('pages forward-only by pageId until the empty page', async () => {
    const { manage } = env.client();
    const pages: number[] = [];
    for await (const page of manage.companyPages({ pageSize: 10 })) pages.push(page.length);
    expect(pages).toEqual([10, 10, 10, 10, 10, 3, 0]);
    const forwardOnly = env.sim.stats.recent.filter((record) => record.route === 'GET /company/companies');
    expect(forwardOnly.every((record) => record.headers['pagination-type'] === 'forward-only')).toBe(true);
    expect(forwardOnly.at(-1)?.path).toBe('/company/companies');
  });

  it('caps pageSize at the server maximum of 1,000', async () => {
    const { manage } = env.client();
    await drain(manage.companies({ pageSize: 5_000 }));
    const first = env.sim.stats.recent.find((record) => record.route === 'GET /company/companies');
    expect(first?.status).toBe(200);
  });

  it('lists role settings, my security, members, boards, statuses, agreements and additions', async () => {
    const { manage } = env.client();
    const { data } = env.sim.state;
    const roles = await drain(manage.securityRoles());
    expect(roles.map((role) => role.name)).toEqual(data.roles.map((role) => role.name));
    const settings = await drain(manage.securityRoleSettings(3, { pageSize: 9 }));
    expect(settings).toHaveLength(data.roles[2]!.settings.length);
    expect(settings.find((row) => row.moduleFunctionName === 'Agreements')?.inquireLevel).toBe('All');
    const mine = await drain(manage.mySecurity());
    expect(mine[0]?.member?.identifier).toBe(data.apiMembers.integration.identifier);
    expect(await drain(manage.members({ pageSize: 4 }))).toHaveLength(data.members.length);
    const boards = await drain(manage.boards());
    expect(boards.map((board) => board.name)).toContain('ThreatLocker');
    const statuses = await drain(manage.boardStatuses(2));
    expect(statuses.some((status) => /closed/i.test(status.name))).toBe(true);
    const agreement = data.agreements[0]!;
    const forCompany = await drain(manage.agreements({ companyId: agreement.company.id }));
    expect(forCompany.map((row) => row.id)).toEqual([agreement.id]);
    const additions = await drain(manage.agreementAdditions(agreement.id));
    expect(additions).toEqual(
      data.additions(agreement.id).map((row) => expect.objectContaining({ id: row.id })),
    );
  });
});

describe('ConnectWise Manage client: filters', () => {
  it('filters companies by status (conditions) and type (childConditions)', async () => {
    const { manage } = env.client();
    const { companies } = env.sim.state.data;
    const got = await drain(manage.companies({ statuses: ['Active'], types: ['Client', 'Partner'] }));
    const expected = companies.filter(
      (company) =>
        company.status.name === 'Active' &&
        company.types.some((type) => ['Client', 'Partner'].includes(type.name)),
    );
    expect(got.map((company) => company.id)).toEqual(expected.map((company) => company.id));
    expect(expected.length).toBeGreaterThan(0);
  });

  it('quotes names with double quotes and backslashes', async () => {
    const { manage } = env.client();
    const target = env.sim.state.data.companies[5]!;
    const original = target.name;
    target.name = 'Quote "Inc" \\ Co';
    try {
      const got = await drain(manage.companies({ conditions: `name="Quote \\"Inc\\" \\\\ Co"` }));
      expect(got.map((company) => company.id)).toEqual([target.id]);
    } finally {
      target.name = original;
    }
  });

  it('asks only for the requested fields', async () => {
    const { manage } = env.client();
    const fields = ['id', 'identifier', 'name', 'status/id', 'status/name'];
    const [first] = await drain(manage.companies({ fields, pageSize: 1 }));
    expect(Object.keys(first!).sort()).toEqual(['id', 'identifier', 'name', 'status']);
    expect(first!.status).toEqual(env.sim.state.data.companies[0]!.status);
  });
});
