import { describe, expect, it } from 'vitest';
import { readinessHandlers } from '@/lib/readiness/background/handlers';
import type { CompanyLookup } from '@/lib/readiness/threatlocker/company-verdict';

/** The portal page's Company ID check: cloud sites by name, on-premise only where granted, cached and rate-limited. */

function handlersWith(options: { granted?: string[]; perMinute?: number } = {}) {
  const calls: { site: string; companyId: string }[] = [];
  let clock = 1_000_000;
  const handlers = readinessHandlers({
    groups: [],
    connection: async () => {
      throw new Error('unused');
    },
    context: () => {
      throw new Error('unused');
    },
    isGranted: async (origin) => (options.granted ?? []).includes(origin),
    pageLookupLimits: { cacheMs: 60_000, perMinute: options.perMinute ?? 3, now: () => clock },
    lookUpCompany: async (site, companyId): Promise<CompanyLookup> => {
      calls.push({ site, companyId });
      return { host: new URL(site).host, companyId, known: companyId === 'acme', companyName: 'Acme MSP' };
    },
  });
  const from = { sender: {}, context: 'content-script' as const };
  return {
    calls,
    tick: (ms: number) => {
      clock += ms;
    },
    check: (payload: Parameters<typeof handlers.checkPortalCompanyId>[0]) =>
      handlers.checkPortalCompanyId(payload, from),
  };
}

describe('checkPortalCompanyId', () => {
  it('looks a cloud choice up on its site', async () => {
    const { check, calls } = handlersWith();
    await expect(check({ server: 'eu', companyId: 'acme' })).resolves.toEqual({
      known: true,
      host: 'eu.myconnectwise.net',
      companyName: 'Acme MSP',
    });
    await expect(check({ server: 'na', companyId: 'globex' })).resolves.toMatchObject({ known: false });
    expect(calls.map((call) => call.site)).toEqual([
      'https://eu.myconnectwise.net',
      'https://na.myconnectwise.net',
    ]);
  });

  it('looks an on-premise server up only when the user granted its host, and only over https', async () => {
    const { check, calls } = handlersWith({ granted: ['https://manage.example-msp.com'] });
    await expect(
      check({
        server: 'on-premise',
        onPremUrl: 'https://manage.example-msp.com/v4_6_release',
        companyId: 'acme',
      }),
    ).resolves.toMatchObject({ known: true, host: 'manage.example-msp.com' });
    await expect(
      check({ server: 'on-premise', onPremUrl: 'https://intranet.example.org', companyId: 'acme' }),
    ).rejects.toThrow('Not checked: the extension has no access to intranet.example.org');
    await expect(
      check({ server: 'on-premise', onPremUrl: 'http://manage.example-msp.com', companyId: 'acme' }),
    ).rejects.toThrow('https://');
    await expect(check({ server: 'on-premise', companyId: 'acme' })).rejects.toThrow('https://');
    expect(calls).toHaveLength(1);
  });

  it('answers a repeated check from its cache, in any letter case', async () => {
    const { check, calls } = handlersWith();
    await check({ server: 'na', companyId: 'acme' });
    await check({ server: 'na', companyId: 'ACME' });
    await check({ server: 'na', companyId: 'acme' });
    expect(calls).toHaveLength(1);
  });

  it('refuses a burst of fresh lookups, and takes them again a minute later', async () => {
    const { check, calls, tick } = handlersWith({ perMinute: 3 });
    for (const id of ['a1', 'a2', 'a3']) await check({ server: 'na', companyId: id });
    await expect(check({ server: 'na', companyId: 'a4' })).rejects.toThrow('Too many Company ID checks');
    expect(calls).toHaveLength(3);
    tick(61_000);
    await expect(check({ server: 'na', companyId: 'a4' })).resolves.toMatchObject({ known: false });
  });
});
