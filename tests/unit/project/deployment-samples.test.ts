import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { parse as parsePlist } from 'plist';
import { describe, expect, it } from 'vitest';
import { parseManagedPolicy } from '@/lib/connections/policy';

/**
 * The README's sample policies (docs/deployment/) read the way each browser reads them, then
 * checked against public/managed_schema.json and by the extension's own parser: a sample an
 * administrator copies must pin every setting and trip no problem.
 */
const schema = JSON.parse(readFileSync('public/managed_schema.json', 'utf8'));
const readme = readFileSync('README.md', 'utf8');
const EXTENSION_ID = /^[a-p]{32}$/;

type Policy = Record<string, unknown>;

function fromLinuxJson(text: string): Record<string, Policy> {
  return JSON.parse(text)['3rdparty'].extensions;
}

/** A .reg file's policy keys; values typed by the schema as Chrome does (DWORD, or JSON text for lists and objects). */
function fromRegistry(text: string): Record<string, Policy> {
  const found: Record<string, Policy> = {};
  let current: Policy | null = null;
  for (const line of text.split(/\r?\n/)) {
    const key =
      /^\[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\(.+)\\3rdparty\\extensions\\([^\\]+)\\policy\]$/.exec(line);
    if (key) {
      current = {};
      found[`${key[1]}/${key[2]}`] = current;
      continue;
    }
    const value = /^"([^"]+)"=(?:dword:([0-9a-f]{8})|"((?:[^"\\]|\\.)*)")$/.exec(line);
    if (!value || !current) continue;
    const [, name = '', dword, text = ''] = value;
    const type = schema.properties[name]?.type;
    if (dword !== undefined)
      current[name] = type === 'boolean' ? dword !== '00000000' : Number.parseInt(dword, 16);
    else {
      const unescaped = text.replace(/\\(.)/g, '$1');
      current[name] = type === 'object' || type === 'array' ? JSON.parse(unescaped) : unescaped;
    }
  }
  return found;
}

/** A configuration profile's payloads for Chrome and Edge, without the profile's own Payload* keys. */
function fromProfile(text: string): Record<string, Policy> {
  const profile = parsePlist(text) as { PayloadContent: Policy[] };
  return Object.fromEntries(
    profile.PayloadContent.map((payload) => [
      payload.PayloadType as string,
      Object.fromEntries(Object.entries(payload).filter(([key]) => !key.startsWith('Payload'))),
    ]),
  );
}

const samples = {
  'docs/deployment/policy.json': fromLinuxJson,
  'docs/deployment/windows.reg': fromRegistry,
  'docs/deployment/macos.mobileconfig': fromProfile,
} as const;

const reference = Object.values(fromLinuxJson(readFileSync('docs/deployment/policy.json', 'utf8')))[0];

describe('deployment samples', () => {
  const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);

  it.each(Object.entries(samples))(
    '%s fits the schema and the parser, for every browser it names',
    (file, read) => {
      const policies = read(readFileSync(file, 'utf8'));
      const targets = Object.keys(policies);
      expect(targets.length).toBe(file.endsWith('.json') ? 1 : 2);
      for (const target of targets) expect(target.split(/[/.]/).at(-1)).toMatch(EXTENSION_ID);
      if (!file.endsWith('.json')) {
        expect(targets.some((target) => /google.chrome/i.test(target))).toBe(true);
        expect(targets.some((target) => /microsoft.edge/i.test(target))).toBe(true);
      }
      for (const policy of Object.values(policies)) {
        expect(validate(policy), JSON.stringify(validate.errors)).toBe(true);
        expect(parseManagedPolicy(policy).problems).toEqual([]);
        expect(policy).toEqual(reference);
      }
    },
  );

  it('pin every setting the schema offers', () => {
    expect(Object.keys(reference ?? {}).sort()).toEqual(Object.keys(schema.properties).sort());
  });

  it('are named in the README, which lists every setting', () => {
    const section = /## Deploying to a fleet\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? '';
    for (const file of Object.keys(samples)) expect(section).toContain(file);
    for (const setting of Object.keys(schema.properties)) expect(section).toContain(`\`${setting}\``);
  });

  it('the schema check catches a sample of the wrong type', () => {
    expect(validate({ ...reference, autoLockMinutes: '30' })).toBe(false);
  });
});
