import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_SCRIPT_MATCHES } from '../../../lib/hosts';
import { expect, test } from '../fixtures';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

test('the built manifest asks for the fewest permissions and names the cloud vendor hosts', async ({
  extensionId,
}) => {
  const manifest = JSON.parse(readFileSync(path.join('.output/chrome-mv3/manifest.json'), 'utf8'));
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.version).toBe(pkg.version);
  expect(manifest.description).toBe(pkg.description);
  // scripting: content scripts registered at run time on granted on-premise servers.
  expect(manifest.permissions.sort()).toEqual(['alarms', 'scripting', 'storage']);
  expect(manifest.storage).toEqual({ managed_schema: 'managed_schema.json' });
  expect(manifest.host_permissions).toEqual(
    expect.arrayContaining([
      'https://*.myconnectwise.net/*',
      'https://*.connectwisedev.com/*',
      'https://*.cloud.watchguard.com/*',
      'https://openapi.service.itsupport247.net/*',
      'https://openapi.service.euplatform.connectwise.com/*',
      'https://openapi.service.auplatform.connectwise.com/*',
    ]),
  );
  // The ThreatLocker portal (opt-in form lint) by name, and any on-premise server.
  expect(manifest.optional_host_permissions).toEqual(['https://portal.threatlocker.com/*', 'https://*/*']);
  expect(Object.keys(manifest.icons).sort()).toEqual(['128', '16', '32', '48']);
});

test('web-accessible files are reachable outside the vendor hosts only at per-session addresses', () => {
  // Issue #16: a page on any other host must not be able to probe for the extension's files.
  const manifest = JSON.parse(readFileSync(path.join('.output/chrome-mv3/manifest.json'), 'utf8'));
  const vendorHosts = new Set<string>([
    ...CONTENT_SCRIPT_MATCHES.cwManage,
    ...CONTENT_SCRIPT_MATCHES.watchguard,
    ...CONTENT_SCRIPT_MATCHES.cwRmm,
    ...CONTENT_SCRIPT_MATCHES.threatlocker,
  ]);
  const entries = manifest.web_accessible_resources as {
    resources: string[];
    matches: string[];
    use_dynamic_url?: boolean;
  }[];
  expect(entries.length).toBeGreaterThan(0);
  const outside = entries.filter((entry) => entry.matches.some((pattern) => !vendorHosts.has(pattern)));
  expect(outside.flatMap((entry) => entry.resources)).toContain('role-checker.js');
  for (const entry of outside) expect(entry.use_dynamic_url, entry.resources.join()).toBe(true);
  for (const entry of entries) expect(entry.matches).not.toContain('<all_urls>');
});
