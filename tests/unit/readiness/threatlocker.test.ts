import { describe, expect, it } from 'vitest';
import type { MaskedConnection } from '@/lib/connections/schemas';
import type { ReadinessContext } from '@/lib/readiness/background/group';
import { threatLockerManageReadiness as group } from '@/lib/readiness/background/threatlocker';
import { runCheck } from '@/lib/readiness/check';
import type { ReadinessResult, ReadinessValues } from '@/lib/readiness/schemas';
import type { CwManageConfig } from '@/lib/vendors/cw-manage';
import { useManageSimulator } from '../vendors/cw-manage/harness';

const env = useManageSimulator();

function context(
  options: { member?: 'integration' | 'limited'; companyId?: string; mapped?: number[] } = {},
): ReadinessContext {
  const config: CwManageConfig = {
    ...env.config(options.member ?? 'integration'),
    ...(options.companyId ? { companyId: options.companyId } : {}),
  };
  const connection = {
    id: 'manage-1',
    vendor: 'cw-manage',
    name: 'Manage',
    settings: {
      hosting: 'on-premise',
      region: 'na',
      onPremUrl: env.server.url,
      companyId: config.companyId,
      integrations: ['threatlocker-psa'],
    },
  } as unknown as MaskedConnection;
  return {
    connection,
    signal: new AbortController().signal,
    clientOptions: { allowInsecureHttp: true, timeoutMs: 2_000, retry: { maxAttempts: 1 } },
    resolve: async () => ({ vendor: 'cw-manage', config }) as never,
    mappedVendorIds: async () => (options.mapped ?? []).map(String),
  };
}

async function run(values: ReadinessValues, options: Parameters<typeof context>[0] = {}) {
  const data = await group.gather(context(options), values);
  const results = group.checks.map((check) => runCheck(check, data, values));
  return Object.fromEntries(results.map((result) => [result.id, result])) as Record<string, ReadinessResult>;
}

describe('ThreatLocker readiness: choices', () => {
  it('lists the boards, company types and statuses of the tenant', async () => {
    const choices = await group.choices!(context(), {});
    expect(choices.board).toMatchObject({ ok: true });
    expect(choices.board?.ok && choices.board.choices).toContainEqual({ value: '2', label: 'ThreatLocker' });
    expect(choices.companyTypes?.ok && choices.companyTypes.choices.map((c) => c.value)).toContain('Client');
    expect(choices.companyStatuses?.ok && choices.companyStatuses.choices.map((c) => c.value)).toContain(
      'Active',
    );
  });

  it('names the role function when the API member may not read boards (403)', async () => {
    const choices = await group.choices!(context({ member: 'limited' }), {});
    expect(choices.board).toMatchObject({ ok: false, message: expect.stringMatching(/Table Setup/) });
  });
});

describe('ThreatLocker readiness: the ticket board', () => {
  it('passes a board with a closed status and a default team with members, naming the team and what settled it', async () => {
    const results = await run({ board: '2' });
    expect(results['threatlocker-board-closed-status']).toMatchObject({
      status: 'pass',
      evidence: ['Statuses of “ThreatLocker”: New, Assigned, Closed'],
    });
    const member = results['threatlocker-board-default-member']!;
    expect(member).toMatchObject({ status: 'pass', inferred: true });
    expect(member.detail).toMatch(/team Security/);
    expect(member.evidence?.[0]).toMatch(/Team “Security” \(default\): /);
  });

  it('fails a board without "closed" and without a default team, saying what to add', async () => {
    const results = await run({ board: '3' });
    expect(results['threatlocker-board-closed-status']).toMatchObject({
      status: 'fail',
      evidence: ['Statuses of “Alerts”: New, Acknowledged, Completed'],
      nextStep: expect.stringMatching(/add a status whose name contains “closed”/),
    });
    expect(results['threatlocker-board-default-member']).toMatchObject({ status: 'fail' });
  });

  it('fails a board with no statuses at all, and leaves a team whose defaultFlag is null unknown', async () => {
    const results = await run({ board: '5' });
    expect(results['threatlocker-board-closed-status']).toMatchObject({
      status: 'fail',
      detail: expect.stringMatching(/no statuses/),
    });
    expect(results['threatlocker-board-default-member']).toMatchObject({
      status: 'unknown',
      detail: expect.stringMatching(/defaultFlag/),
    });
  });

  it('fails a board that has no team', async () => {
    const results = await run({ board: '4' });
    expect(results['threatlocker-board-default-member']).toMatchObject({
      status: 'fail',
      evidence: ['“Projects” has no teams.'],
    });
  });

  it('says unknown, never pass, when the board cannot be read (403), naming the right', async () => {
    const results = await run({ board: '2' }, { member: 'limited' });
    for (const id of ['threatlocker-board-closed-status', 'threatlocker-board-default-member']) {
      expect(results[id]).toMatchObject({ status: 'unknown', detail: expect.stringMatching(/Table Setup/) });
    }
  });

  it('asks for a board before checking it', async () => {
    const results = await run({});
    expect(results['threatlocker-board-closed-status']).toMatchObject({ status: 'unknown' });
    expect(env.sim.stats.count('GET /service/boards/:id/statuses')).toBe(0);
  });
});

describe('ThreatLocker readiness: company mapping filters', () => {
  const expected = (types: string[], statuses: string[]) =>
    env.sim.state.data.companies.filter(
      (company) =>
        company.types.some((type) => types.includes(type.name)) && statuses.includes(company.status.name),
    ).length;

  it('counts the companies the chosen types and statuses select, through /company/companies/count', async () => {
    const results = await run({ companyTypes: ['Client'], companyStatuses: ['Active'] });
    const count = expected(['Client'], ['Active']);
    expect(count).toBeGreaterThan(0);
    expect(results['threatlocker-company-filter']).toMatchObject({
      status: 'pass',
      detail: expect.stringContaining(`${count} compan`),
    });
    const call = env.sim.stats.recent.find((record) => record.route === 'GET /company/companies/count')!;
    expect(call).toBeDefined();
    expect(env.sim.stats.count('GET /company/companies')).toBe(0);
  });

  it('quotes names with quotes and backslashes, and fails a selection that yields nothing', async () => {
    const results = await run({ companyTypes: ['Cli"ent \\ x'], companyStatuses: ['Active'] });
    expect(results['threatlocker-company-filter']).toMatchObject({ status: 'fail' });
  });

  it('needs both a type and a status', async () => {
    const results = await run({ companyTypes: ['Client'] });
    expect(results['threatlocker-company-filter']).toMatchObject({ status: 'unknown' });
  });
});

describe('ThreatLocker readiness: agreements and additions of mapped companies', () => {
  it('lists mapped companies without an agreement with additions, reading agreements in batches', async () => {
    const { data } = env.sim.state;
    const mapped = data.companies.map((company) => company.id);
    const covered = new Set(
      data.agreements
        .filter((agreement) => !agreement.cancelledFlag)
        .filter((agreement) =>
          data.additions(agreement.id).some((addition) => addition.cancelledDate === null),
        )
        .map((agreement) => agreement.company.id),
    );
    const results = await run({}, { mapped });
    const result = results['threatlocker-agreement-additions']!;
    const without = mapped.length - mapped.filter((id) => covered.has(id)).length;
    expect(without).toBeGreaterThan(0);
    expect(result).toMatchObject({ status: 'fail' });
    expect(result.detail).toContain(`${without} of ${mapped.length} mapped companies`);
    // 53 companies → 2 batches of `company/id in (…)`, not one request per company.
    expect(env.sim.stats.count('GET /finance/agreements')).toBe(2);
    expect(env.sim.stats.count('GET /company/companies')).toBe(2);
  });

  it('passes when every mapped company has one', async () => {
    const { data } = env.sim.state;
    const good = data.agreements.find(
      (agreement) =>
        !agreement.cancelledFlag && data.additions(agreement.id).some((a) => a.cancelledDate === null),
    )!;
    const results = await run({}, { mapped: [good.company.id] });
    expect(results['threatlocker-agreement-additions']).toMatchObject({ status: 'pass' });
  });

  it('is unknown, not a pass, when nothing is mapped', async () => {
    const results = await run({}, { mapped: [] });
    expect(results['threatlocker-agreement-additions']).toMatchObject({ status: 'unknown' });
  });
});

describe('ThreatLocker readiness: after setup and the login company', () => {
  it('finds the executive summary type and configurations', async () => {
    const results = await run({});
    expect(results['threatlocker-executive-summary-type']).toMatchObject({ status: 'pass' });
    expect(results['threatlocker-executive-summary-configurations']).toMatchObject({
      status: 'pass',
      detail: expect.stringMatching(/^6 configurations/),
    });
  });

  it('says the summary has not synced yet when both are absent', async () => {
    const { readiness } = env.sim.state;
    const saved = { types: readiness.configurationTypes, configurations: readiness.configurations };
    readiness.configurationTypes = saved.types.filter((type) => type.name !== 'ThreatLocker Monthly');
    readiness.configurations = [];
    try {
      const results = await run({});
      for (const id of [
        'threatlocker-executive-summary-type',
        'threatlocker-executive-summary-configurations',
      ]) {
        expect(results[id]).toMatchObject({
          status: 'fail',
          detail: expect.stringMatching(/not synced yet/),
        });
      }
    } finally {
      readiness.configurationTypes = saved.types;
      readiness.configurations = saved.configurations;
    }
  });

  it('checks the login Company ID on the server, before keys matter', async () => {
    const host = new URL(env.server.url).host;
    const known = await run({});
    expect(known['threatlocker-company-id-known']).toMatchObject({
      status: 'pass',
      detail: expect.stringContaining(`'${env.sim.state.data.companyId}' is known on ${host}`),
    });
    const unknown = await run({}, { companyId: 'customer42' });
    expect(unknown['threatlocker-company-id-known']).toMatchObject({
      status: 'fail',
      detail: `'customer42' is not known on ${host}: this must be the Company ID you log in with, not a customer's.`,
    });
  });
});
