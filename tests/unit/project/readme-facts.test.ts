import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
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

/** The code spans in the first column of the table under `## <heading>`. */
function firstColumnSpans(heading: string): string[] {
  const section = new RegExp(`## ${heading}\\n([\\s\\S]*?)\\n## `).exec(readme)?.[1] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('|') && !line.startsWith('| -'))
    .flatMap((line) => [...(line.split('|')[1] ?? '').matchAll(/`([^`]+)`/g)].map((match) => match[1]!));
}

/** Every TypeScript file under a folder, skipping what is not ours. */
function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Storage keys and database names as the code declares them: `*_KEY = '…'`, `*_DB_NAME = '…'`, `keyedRecord('…')`. */
function storageKeysInCode(): string[] {
  const declared = /(?:_KEY|_DB_NAME)\s*=\s*'([^']+)'|keyedRecord\('([^']+)'\)/g;
  return sourceFiles('lib').flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(declared)].map((match) => (match[1] ?? match[2])!),
  );
}

const AREAS = ['storage.local', 'storage.session', 'storage.managed'];
const IGNORED_FOLDERS = new Set([
  'node_modules',
  'reports',
  'test-results',
  'artifacts',
  'playwright-report',
]);

describe('README facts', () => {
  it('lists every storage key and database the code declares, and no other', () => {
    const inReadme = firstColumnSpans('What is stored where, and what never leaves the browser').filter(
      (span) => !AREAS.includes(span),
    );
    expect(inReadme.length).toBeGreaterThan(0);
    expect([...new Set(storageKeysInCode())].sort()).toEqual([...new Set(inReadme)].sort());
  });

  it('Layout names folders that exist, and every top-level, lib/ and tests/ folder', () => {
    const listed = firstColumnSpans('Layout').map((span) => span.replace(/<[^>]+>\/?$/, ''));
    expect(listed.filter((entry) => !existsSync(entry))).toEqual([]);
    const folders = (parent: string) =>
      readdirSync(parent || '.')
        .filter((name) => !name.startsWith('.') && !IGNORED_FOLDERS.has(name))
        .map((name) => path.join(parent, name))
        .filter((entry) => statSync(entry).isDirectory())
        .map((entry) => `${entry}/`);
    const expected = [...folders(''), ...folders('lib'), ...folders('tests'), '.ci/'];
    const covered = (folder: string) => listed.some((entry) => entry === folder || entry.startsWith(folder));
    expect(expected.filter((folder) => !covered(folder))).toEqual([]);
  });

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
