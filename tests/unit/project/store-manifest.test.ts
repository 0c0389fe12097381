import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromeStoreProblems, pngSize } from '../../../scripts/store-manifest';

const root = path.resolve(import.meta.dirname, '../../..');
const icon = (size: number) => new Uint8Array(readFileSync(path.join(root, `public/icon/${size}.png`)));
const icons = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };
const files = new Map(Object.entries(icons).map(([size, file]) => [file, icon(Number(size))]));
const good = {
  name: 'MSP Portal Companion',
  description: JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).description,
  version: '0.1.0',
  icons,
};
const problems = (manifest: Record<string, unknown>, file = (name: string) => files.get(name)) =>
  chromeStoreProblems({ manifest, file });

describe('chromeStoreProblems', () => {
  it('passes the manifest fields the project ships (package.json description, public/icon/)', () => {
    expect(problems(good)).toEqual([]);
    expect(pngSize(icon(128))).toEqual({ width: 128, height: 128 });
  });

  it('names a missing name, description and version', () => {
    expect(problems({ icons })).toEqual([
      'name is missing.',
      'description is missing.',
      'version is missing.',
    ]);
  });

  it('refuses a description over 132 characters (the one the project had) and markup', () => {
    const long =
      'Checks ConnectWise security roles, regional endpoints and account mappings for WatchGuard Cloud and other vendor integrations, right in the portals MSP admins already use.';
    expect(problems({ ...good, description: long })).toEqual([
      'description has 171 characters; the store allows 132.',
    ]);
    expect(problems({ ...good, description: 'Checks <b>roles</b>' })).toEqual([
      'description must be plain text (it holds markup).',
    ]);
    expect(problems({ ...good, name: 'n'.repeat(76) })).toEqual([
      'name has 76 characters; the store allows 75.',
    ]);
  });

  it('refuses versions Chrome does not parse', () => {
    for (const version of ['1.0.0.0.1', '01.0', '1.70000', '1.0-beta', '']) {
      expect(problems({ ...good, version }), version).toHaveLength(1);
    }
    expect(problems({ ...good, version: '65535.0.1.2' })).toEqual([]);
  });

  it('wants each icon size declared, in the package, a PNG of that size', () => {
    const { 32: _missing, ...three } = icons;
    expect(problems({ ...good, icons: three })).toEqual(['icons["32"] is missing.']);
    expect(problems({ ...good, icons: { ...icons, 48: 'icon/128.png' } })).toEqual([
      'icons["48"] (icon/128.png) is 128×128, not 48×48.',
    ]);
    expect(problems(good, (name) => (name === 'icon/16.png' ? undefined : files.get(name)))).toEqual([
      'icons["16"] names icon/16.png, which is not in the package.',
    ]);
    expect(problems(good, (name) => (name === 'icon/16.png' ? new Uint8Array(30) : files.get(name)))).toEqual(
      ['icons["16"] (icon/16.png) is not a PNG.'],
    );
  });
});
