import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config from '../../../wxt.config';

const readme = readFileSync('README.md', 'utf8');

type ManifestFactory = (env: { browser: string; manifestVersion: 2 | 3; mode: string; command: string }) => {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
};

/** The permission column of the README's table: the code spans of its first cells. */
function permissionsInReadme(): string[] {
  const section = /## Permissions\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? '';
  const firstCells = section
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) => line.split('|')[1] ?? '');
  return firstCells.flatMap((cell) => [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1]!));
}

describe('README facts', () => {
  it('explains every permission the Chrome manifest asks for, and no other', async () => {
    const manifest = await (config.manifest as ManifestFactory)({
      browser: 'chrome',
      manifestVersion: 3,
      mode: 'production',
      command: 'build',
    });
    const asked = [
      ...(manifest.permissions ?? []),
      ...(manifest.host_permissions ?? []),
      ...(manifest.optional_host_permissions ?? []),
    ];
    expect(permissionsInReadme().sort()).toEqual([...asked].sort());
  });

  it('embeds only screenshots that exist, and every screenshot in docs/screenshots/', () => {
    const embedded = [...readme.matchAll(/\]\((docs\/screenshots\/[^)]+)\)/g)].map((match) => match[1]!);
    expect(embedded.filter((file) => !existsSync(file))).toEqual([]);
    const committed = readdirSync('docs/screenshots').map((file) => `docs/screenshots/${file}`);
    expect(committed.filter((file) => !embedded.includes(file))).toEqual([]);
  });
});
