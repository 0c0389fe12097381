import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWatchGuardPage } from '@/lib/regions/page/watchguard-page-adapter';
import { parseHtml } from '../../role-checker/dom';
import { MANAGED_ACCESS, PAGES_DIR, PORTAL_HOSTS } from './watchguard-pages';

function loadPage(host: string, file: string): Document {
  return parseHtml(readFileSync(path.join(PAGES_DIR, host, file), 'utf8'));
}

const MANAGED_ACCESS_PAGE = 'administration/managed-access/index.html';

describe('Managed Access: every region’s layout reads the whole parameter set', () => {
  it.each([
    ['na', 'definition list with copy icons, next to the accounts table'],
    ['apac', 'parameter table with header cells'],
  ] as const)('%s (%s)', (region, _layout) => {
    const reading = readWatchGuardPage(loadPage(PORTAL_HOSTS[region], MANAGED_ACCESS_PAGE));
    expect(reading).toEqual({ kind: 'managed-access', values: MANAGED_ACCESS[region], masked: [] });
  });

  it('emea (read-only boxes): reads the boxes and reports the masked API key, not its dots', () => {
    const doc = loadPage(PORTAL_HOSTS.emea, MANAGED_ACCESS_PAGE);
    const { apiKey: _hidden, ...shown } = MANAGED_ACCESS.emea;
    expect(readWatchGuardPage(doc)).toEqual({ kind: 'managed-access', values: shown, masked: ['apiKey'] });

    // What the page's "Show" button does: the key appears, and the next reading has it.
    const key = doc.getElementById('ma-key')!;
    key.textContent = key.getAttribute('data-secret');
    expect(readWatchGuardPage(doc)).toEqual({
      kind: 'managed-access',
      values: MANAGED_ACCESS.emea,
      masked: [],
    });
  });

  it('does not take the managed accounts’ Account ID column for the account’s own ID', () => {
    const doc = loadPage(PORTAL_HOSTS.na, MANAGED_ACCESS_PAGE);
    doc.querySelector('dl')!.remove();
    const reading = readWatchGuardPage(doc);
    expect(reading.kind).not.toBe('managed-access');
  });

  it('cleans stray whitespace and invisible characters off a value, so copies are clean', () => {
    const doc = parseHtml(
      '<body><h1>Managed Access</h1><dl><dt>Access ID (Read-write)</dt><dd>\n  rw_1\u200B  </dd><dt>API URL</dt><dd>https://api.usa.cloud.watchguard.com/rest/endpoint-security/management</dd></dl></body>',
    );
    expect(readWatchGuardPage(doc)).toMatchObject({
      kind: 'managed-access',
      values: { readWriteAccessId: 'rw_1' },
    });
  });

  it('skips values that are sentences or malformed URLs instead of reading them', () => {
    const doc = parseHtml(
      '<body><h1>Managed Access</h1><dl><dt>API Key</dt><dd>Not available</dd><dt>API URL</dt><dd>see below</dd><dt>Authentication API URL</dt><dd>api-token</dd><dt>Account ID</dt><dd>WGC-1-2</dd></dl></body>',
    );
    expect(readWatchGuardPage(doc)).toEqual({
      kind: 'managed-access',
      values: { accountId: 'WGC-1-2' },
      masked: [],
    });
  });

  it('is recognised by its labelled values even without the heading', () => {
    const doc = loadPage(PORTAL_HOSTS.na, MANAGED_ACCESS_PAGE);
    doc.querySelector('h1')!.remove();
    doc.title = 'WatchGuard Cloud';
    expect(readWatchGuardPage(doc)).toMatchObject({ kind: 'managed-access', values: MANAGED_ACCESS.na });
  });
});

describe('Managed Access: states that are not a parameter set', () => {
  it('API access not enabled', () => {
    const doc = loadPage(PORTAL_HOSTS.na, 'administration/managed-access/api-disabled.html');
    expect(readWatchGuardPage(doc)).toEqual({ kind: 'managed-access-disabled' });
  });

  it('still loading', () => {
    const doc = parseHtml(
      '<body><h1>Managed Access</h1><div role="progressbar" aria-label="Loading"></div></body>',
    );
    expect(readWatchGuardPage(doc)).toEqual({ kind: 'managed-access-loading' });
  });

  it('a layout it does not know: says so, reads nothing', () => {
    const doc = loadPage(PORTAL_HOSTS.na, 'administration/managed-access/new-layout.html');
    const reading = readWatchGuardPage(doc);
    expect(reading).toMatchObject({ kind: 'unrecognised' });
    expect(JSON.stringify(reading)).not.toContain(MANAGED_ACCESS.na.apiKey);
  });
});

describe('integration forms', () => {
  function fields(host: string, file: string) {
    const reading = readWatchGuardPage(loadPage(host, file));
    if (reading.kind !== 'integration-form') throw new Error(`read as ${reading.kind}`);
    return reading.fields.map(({ element, vendor, field }) => [element.id, vendor, field]);
  }

  it('the RMM connection form: WatchGuard fields, then ConnectWise RMM fields; no password or secret', () => {
    expect(fields(PORTAL_HOSTS.na, 'administration/integrations/connectwise-rmm/index.html')).toEqual([
      ['wg-auth', 'watchguard', 'authUrl'],
      ['wg-api', 'watchguard', 'apiUrl'],
      ['wg-account', 'watchguard', 'accountId'],
      ['wg-access', 'watchguard', 'accessId'],
      ['wg-key', 'watchguard', 'apiKey'],
      ['rmm-server', 'cw-rmm', 'serverUrl'],
      ['rmm-client', 'cw-rmm', 'clientId'],
    ]);
  });

  it('the PSA form: the ConnectWise Manage site, company ID and public key; never the private key', () => {
    expect(fields(PORTAL_HOSTS.na, 'administration/integrations/connectwise-manage/index.html')).toEqual([
      ['psa-site', 'cw-manage', 'siteUrl'],
      ['psa-company', 'cw-manage', 'companyId'],
      ['psa-public', 'cw-manage', 'publicKey'],
    ]);
  });

  it('never takes a box labelled as a secret, even a plain text one', () => {
    const doc = parseHtml(
      '<body><h2>ConnectWise RMM</h2><label for="a">Client Secret</label><input id="a" type="text"><label for="b">Client ID</label><input id="b"></body>',
    );
    const reading = readWatchGuardPage(doc);
    expect(reading.kind === 'integration-form' && reading.fields.map((f) => f.element.id)).toEqual(['b']);
  });

  it('the same label means another field under another vendor’s heading', () => {
    const doc = parseHtml(
      '<body><h2>ConnectWise Manage</h2><label for="m">API URL</label><input id="m"><h2>WatchGuard Cloud</h2><label for="w">API URL</label><input id="w"></body>',
    );
    const reading = readWatchGuardPage(doc);
    expect(reading.kind === 'integration-form' && reading.fields.map((f) => [f.vendor, f.field])).toEqual([
      ['cw-manage', 'apiUrl'],
      ['watchguard', 'apiUrl'],
    ]);
  });
});

describe('other pages', () => {
  it('the portal dashboard is neither Managed Access nor a form', () => {
    expect(readWatchGuardPage(loadPage(PORTAL_HOSTS.na, 'index.html'))).toEqual({ kind: 'other' });
  });
});
