import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');
const scripts: Record<string, string> = JSON.parse(readFileSync('package.json', 'utf8')).scripts;

/** Every `npm start`, `npm test` and `npm run <name>` the README tells a person to type. */
function npmScriptsNamedIn(text: string): string[] {
  const names = new Set<string>();
  // `npm run <name>` first, so `npm run test:unit` names test:unit, not test.
  for (const match of text.matchAll(/\bnpm run ([\w:-]+)|\bnpm (start|test)\b/g))
    names.add((match[1] ?? match[2])!);
  return [...names];
}

describe('README commands', () => {
  it('names only scripts that package.json defines', () => {
    const named = npmScriptsNamedIn(readme);
    expect(named).toEqual(expect.arrayContaining(['start', 'test', 'test:unit', 'screenshots']));
    expect(named.filter((name) => !(name in scripts))).toEqual([]);
  });

  it('gives exactly two set-up commands for a fresh machine: run the main job, run every test', () => {
    const setup = /## Set-up on a fresh machine\s+```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const commands = setup.split('\n').filter((line) => line.trim() && !line.trim().startsWith('#'));
    expect(commands).toHaveLength(2);
    expect(commands[0]).toMatch(/^npm install && npm start\b/);
    expect(commands[1]).toMatch(/^npm install && npm test\b/);
  });

  it('has CI run the README test command', () => {
    const ci = readFileSync('.ci/run', 'utf8');
    expect(ci).toMatch(/^npm test$/m);
  });
});
