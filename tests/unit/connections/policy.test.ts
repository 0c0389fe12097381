import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONNECTION_KINDS } from '@/lib/connections/kinds';
import { effectivePreferences, managedFields, parseManagedPolicy } from '@/lib/connections/policy';
import { DEFAULT_PREFERENCES } from '@/lib/connections/preferences';
import { connectionsHarness, manageRequest } from './harness';

const pinnedManage = {
  id: 'hq-manage',
  vendor: 'cw-manage',
  name: 'HQ Manage',
  // A pinned Manage connection may name its API member's integrations too, and its tenant's members'.
  settings: {
    ...manageRequest().settings,
    integrations: ['watchguard-cloud-psa'],
    apiMemberTags: { '903': ['huntress-psa'] },
  },
};

describe('managed policy parsing', () => {
  it('reads every supported setting', () => {
    const { policy, problems } = parseManagedPolicy({
      requirePassphrase: true,
      autoLockMinutes: 30,
      defaultRegions: { watchguard: 'emea', 'cw-manage': 'eu' },
      pinnedConnections: [pinnedManage],
      roleCheckerIntegrations: ['watchguard-cloud-psa', 'threatlocker-psa'],
    });
    expect(problems).toEqual([]);
    expect(policy).toMatchObject({
      requirePassphrase: true,
      autoLockMinutes: 30,
      defaultRegions: { watchguard: 'emea', 'cw-manage': 'eu' },
      roleCheckerIntegrations: ['watchguard-cloud-psa', 'threatlocker-psa'],
    });
    expect(policy.pinnedConnections).toEqual([pinnedManage]);
  });

  it('treats no policy as an empty one', () => {
    expect(parseManagedPolicy(undefined)).toEqual({
      policy: { requirePassphrase: false, defaultRegions: {}, pinnedConnections: [] },
      problems: [],
    });
    expect(parseManagedPolicy({}).problems).toEqual([]);
  });

  it('drops each bad value on its own and says why', () => {
    const { policy, problems } = parseManagedPolicy({
      requirePassphrase: 'yes',
      autoLockMinutes: 0,
      defaultRegions: { watchguard: 'mars' },
      roleCheckerIntegrations: ['made-up'],
      colour: 'blue',
    });
    expect(policy).toEqual({ requirePassphrase: false, defaultRegions: {}, pinnedConnections: [] });
    expect(problems).toHaveLength(5);
    expect(problems.join('\n')).toMatch(/colour/);
    expect(problems.join('\n')).toMatch(/made-up/);
  });

  it.each([
    ['a wrong type', { autoLockMinutes: '15' }, /autoLockMinutes was ignored/],
    ['a number out of range', { autoLockMinutes: 5000 }, /at most 1440 minutes/],
    ['a fraction', { autoLockMinutes: 7.5 }, /whole number/],
    [
      'an unknown vendor among good regions',
      { defaultRegions: { watchguard: 'emea', sophos: 'eu' } },
      /"sophos"/,
    ],
    [
      'an unknown region among good ones',
      { defaultRegions: { watchguard: 'emea', 'cw-rmm': 'mars' } },
      /cw-rmm/,
    ],
    [
      'an unknown integration among good ones',
      { roleCheckerIntegrations: ['watchguard-cloud-psa', 'made-up'] },
      /"made-up" is not a known integration/,
    ],
    [
      'an integration the role checker does not check',
      { roleCheckerIntegrations: ['watchguard-cloud-psa', 'rewst-automate'] },
      /"rewst-automate" is not a ConnectWise Manage integration/,
    ],
  ])('ignores a setting with %s whole, never applying the good part', (_case, raw, message) => {
    const { policy, problems } = parseManagedPolicy(raw);
    expect(policy).toEqual({ requirePassphrase: false, defaultRegions: {}, pinnedConnections: [] });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  it('refuses a pinned connection that carries a secret, without repeating it', () => {
    const { policy, problems } = parseManagedPolicy({
      pinnedConnections: [
        { ...pinnedManage, settings: { ...pinnedManage.settings, privateKey: 'leaked-key-123' } },
      ],
    });
    expect(policy.pinnedConnections).toEqual([]);
    expect(problems[0]).toMatch(/cannot carry secrets \(privateKey\)/);
    expect(problems.join()).not.toContain('leaked-key-123');
  });

  it('pins nothing while any pinned entry is bad, and names every bad one', () => {
    const { policy, problems } = parseManagedPolicy({
      pinnedConnections: [
        pinnedManage,
        { ...pinnedManage },
        { id: 'x', vendor: 'cw-manage', name: 'x', settings: {} },
        { id: 'y', vendor: 'sophos', name: 'Sophos', settings: {} },
        { ...pinnedManage, id: 'typo', settings: { ...pinnedManage.settings, compnyId: 'contoso' } },
        { ...pinnedManage, id: 'extra', colour: 'blue' },
        'hq-manage',
      ],
    });
    expect(policy.pinnedConnections).toEqual([]);
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem).toMatch(/^pinnedConnections was ignored, so no connection is pinned/);
    expect(problem).toMatch(/\[1\]: the id "hq-manage" is used twice/);
    expect(problem).toMatch(/\[2\]: settings\./);
    expect(problem).toMatch(/\[3\]: unknown vendor "sophos"/);
    expect(problem).toMatch(/\[4\]: unknown setting "settings.compnyId"/);
    expect(problem).toMatch(/\[5\]: unknown setting "colour"/);
    expect(problem).toMatch(/\[6\]: it is not an object/);
    expect(problem).not.toMatch(/\[0\]/);
  });

  it('lets the policy’s values win and lists which are managed', () => {
    const { policy } = parseManagedPolicy({ autoLockMinutes: 5, defaultRegions: { 'cw-rmm': 'eu' } });
    const mine = {
      autoLockMinutes: 60,
      defaultRegions: { 'cw-rmm': 'na' as const, watchguard: 'apac' as const },
    };
    expect(effectivePreferences(mine, policy)).toEqual({
      autoLockMinutes: 5,
      defaultRegions: { 'cw-rmm': 'eu', watchguard: 'apac' },
    });
    expect(managedFields(policy)).toMatchObject({ autoLockMinutes: true, defaultRegions: ['cw-rmm'] });
    expect(effectivePreferences(DEFAULT_PREFERENCES, parseManagedPolicy({}).policy)).toEqual(
      DEFAULT_PREFERENCES,
    );
  });
});

describe('managed_schema.json', () => {
  const schema = JSON.parse(readFileSync(path.resolve('public/managed_schema.json'), 'utf8'));

  it('declares exactly the settings the parser reads', () => {
    const keys = Object.keys(schema.properties).sort();
    const { problems } = parseManagedPolicy(Object.fromEntries(keys.map((key) => [key, undefined])));
    expect(problems).toEqual([]);
    expect(keys).toEqual([
      'autoLockMinutes',
      'defaultRegions',
      'pinnedConnections',
      'requirePassphrase',
      'roleCheckerIntegrations',
    ]);
  });

  // Chromium drops a value that breaks an enum, range or pattern, and strips unknown keys, without
  // telling anyone (README, "Invalid values"): only types, so the parser sees and reports the rest.
  it('declares types only, and lets unknown keys inside a setting through to the parser', () => {
    const keywords = new Set<string>();
    const objectsWithoutCatchAll: string[] = [];
    const walk = (node: Record<string, unknown>, where: string) => {
      for (const key of Object.keys(node)) keywords.add(key);
      if (node.type === 'object' && where !== '(root)' && !node.additionalProperties) {
        objectsWithoutCatchAll.push(where);
      }
      for (const [name, child] of Object.entries((node.properties ?? {}) as Record<string, never>)) {
        walk(child, `${where}.${name}`);
      }
      if (node.items) walk(node.items as Record<string, unknown>, `${where}[]`);
    };
    walk(schema, '(root)');
    expect([...keywords].sort()).toEqual([
      'additionalProperties',
      'description',
      'items',
      'properties',
      'title',
      'type',
    ]);
    expect(schema.additionalProperties).toBeUndefined();
    expect(objectsWithoutCatchAll).toEqual([]);
  });

  it('lists every non-secret setting of every vendor for pinned connections, and no secret', () => {
    const declared = Object.keys(
      schema.properties.pinnedConnections.items.properties.settings.properties,
    ).sort();
    const settings = new Set<string>();
    const secrets = new Set<string>();
    for (const kind of Object.values(CONNECTION_KINDS)) {
      for (const key of Object.keys(kind.settingsSchema.shape)) settings.add(key);
      for (const secret of kind.secrets) secrets.add(secret.name);
    }
    expect(declared).toEqual([...settings].sort());
    expect(declared.filter((key) => secrets.has(key))).toEqual([]);
  });
});

describe('pinned connections', () => {
  it('show as set by the organization, take only secrets, and cannot be renamed or removed', async () => {
    const { feature } = connectionsHarness({ policy: { pinnedConnections: [pinnedManage] } });
    const [listed] = await feature.service.list();
    expect(listed).toMatchObject({
      id: 'hq-manage',
      managed: true,
      stored: false,
      secrets: { privateKey: { saved: false } },
    });

    const base = manageRequest({ id: 'hq-manage', name: 'Mine now' });
    const saved = await feature.service.save({
      ...base,
      settings: { ...base.settings, companyId: 'other' },
    } as typeof base);
    expect(saved).toMatchObject({ name: 'HQ Manage', stored: true, settings: { companyId: 'contoso' } });

    await expect(feature.service.rename('hq-manage', 'x')).rejects.toMatchObject({ code: 'managed' });
    await expect(feature.service.remove('hq-manage')).rejects.toMatchObject({ code: 'managed' });
  });

  it('forbid the device key when the policy requires a passphrase', async () => {
    const { feature } = connectionsHarness({ policy: { requirePassphrase: true } });
    await expect(feature.service.save(manageRequest())).rejects.toMatchObject({
      code: 'passphrase-required',
    });
    expect(await feature.service.list()).toEqual([]);
  });
});
