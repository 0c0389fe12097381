import { describe, expect, it } from 'vitest';
import { readinessHandlers } from '@/lib/readiness/background/handlers';
import { readinessCommands } from '@/lib/readiness/commands';
import { threatLockerServerChoice } from '@/lib/readiness/threatlocker/setup-lint';
import { VendorError } from '@/lib/vendors/http';

describe('ThreatLocker server choice', () => {
  it.each([
    ['na', 'North American Cloud'],
    ['eu', 'European Cloud'],
    ['au', 'Australian Cloud'],
  ])('a %s cloud site maps to “%s”', (region, choice) => {
    expect(threatLockerServerChoice({ hosting: 'cloud', region })).toMatchObject({
      ok: true,
      text: expect.stringContaining(`“${choice}”`),
    });
  });

  it('warns about a cloud site ThreatLocker does not list, and asks for an on-premise address', () => {
    expect(threatLockerServerChoice({ hosting: 'cloud', region: 'za' })).toMatchObject({
      ok: false,
      text: expect.stringContaining('no entry for South Africa'),
    });
    expect(threatLockerServerChoice({ hosting: 'on-premise', onPremUrl: ' ' }).ok).toBe(false);
    expect(threatLockerServerChoice({ hosting: 'on-premise', onPremUrl: 'https://cw.example.com' })).toEqual({
      ok: true,
      text: 'In ThreatLocker, choose On-Premise and enter https://cw.example.com.',
    });
  });
});

describe('checkManageCompanyId', () => {
  const deps = (lookUpCompany: Parameters<typeof readinessHandlers>[0]['lookUpCompany']) =>
    readinessHandlers({
      groups: [],
      connection: async () => {
        throw new Error('unused');
      },
      context: () => {
        throw new Error('unused');
      },
      ...(lookUpCompany ? { lookUpCompany } : {}),
    });
  const from = { sender: {}, context: 'extension-page' as const };

  it('only takes an https site and a non-blank company ID', () => {
    const request = readinessCommands.checkManageCompanyId.request;
    expect(request.safeParse({ siteUrl: 'http://na.myconnectwise.net', companyId: 'acme' }).success).toBe(
      false,
    );
    expect(request.safeParse({ siteUrl: 'https://na.myconnectwise.net', companyId: '  ' }).success).toBe(
      false,
    );
    expect(request.safeParse({ siteUrl: 'https://na.myconnectwise.net', companyId: 'acme' }).success).toBe(
      true,
    );
  });

  it('answers the lookup, and turns a transport failure into a message', async () => {
    const known = deps(async (_site, companyId) => ({
      host: 'na.myconnectwise.net',
      companyId,
      known: true,
    }));
    await expect(
      known.checkManageCompanyId({ siteUrl: 'https://na.myconnectwise.net', companyId: 'acme' }, from),
    ).resolves.toMatchObject({ known: true, host: 'na.myconnectwise.net' });
    const failing = deps(async () => {
      throw new VendorError({ kind: 'network', vendor: 'cw-manage', message: 'offline', nextStep: 'retry' });
    });
    await expect(
      failing.checkManageCompanyId({ siteUrl: 'https://na.myconnectwise.net', companyId: 'acme' }, from),
    ).rejects.toThrow('The codebase lookup failed: offline');
  });
});
