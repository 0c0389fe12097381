import { describe, expect, it } from 'vitest';
import {
  automateProfiles,
  CATALOGUE_VERSION,
  catalogue,
  findManageFunction,
  findUnknownCatalogueNames,
  MANAGE_MODULES,
  manageFunctionsFor,
  manageProfiles,
  type Profile,
  profilesFor,
} from '@/lib/permissions';
import { MANAGE_PROFILE_IDS, PROFILE_IDS } from '@/lib/permissions/profile-ids';

describe('permission catalogue', () => {
  it('starts with the five seed profiles, then the vendor pages, each with the fields other features rely on', () => {
    expect(catalogue.slice(0, 5).map((profile) => [profile.id, profile.product])).toEqual([
      ['watchguard-cloud-psa', 'manage'],
      ['ninjaone-psa', 'manage'],
      ['threatlocker-psa', 'manage'],
      ['rewst-automate', 'automate'],
      ['watchguard-endpoint-rmm', 'rmm'],
    ]);
    for (const profile of catalogue) {
      // A public page (the seed documents re-found at theirs): its address and the day we read it.
      expect(profile.source).toMatchObject({
        vendor: expect.any(String),
        title: expect.any(String),
        url: expect.stringMatching(/^https:\/\//),
        readOn: '2026-12-01',
      });
      expect(profile.source.document).toBe(profile.source.url);
    }
    for (const profile of catalogue) {
      expect(profile.title).not.toBe('');
      expect(profile.strictnessNote).not.toBe('');
      expect(profile.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(CATALOGUE_VERSION).toMatch(/^\d{4}\.\d+\+[0-9a-f]{8}$/);
  });

  it('holds at least 20 Manage integrations, Automate user classes beyond Rewst and RMM scope lists', () => {
    expect(manageProfiles.length).toBeGreaterThanOrEqual(20);
    expect(automateProfiles.map((p) => p.id)).toEqual(
      expect.arrayContaining([
        'rewst-automate',
        'passportal-automate',
        'brightgauge-automate',
        'neo-agent-automate',
      ]),
    );
    expect(
      profilesFor('rmm')
        .filter((p) => p.product === 'rmm' && p.scopes.length > 0)
        .map((p) => p.id),
    ).toEqual(['msportal-rmm', 'neo-agent-rmm']);
  });

  it('keeps the plain id list (used where the catalogue must not be bundled) equal to the catalogue', () => {
    expect([...PROFILE_IDS]).toEqual(catalogue.map((profile) => profile.id));
    expect([...MANAGE_PROFILE_IDS]).toEqual(manageProfiles.map((profile) => profile.id));
  });

  it('filters profiles by product', () => {
    expect(manageProfiles.slice(0, 3).map((p) => p.id)).toEqual([
      'watchguard-cloud-psa',
      'ninjaone-psa',
      'threatlocker-psa',
    ]);
    expect(manageProfiles.every((p) => p.product === 'manage')).toBe(true);
    expect(automateProfiles[0]?.id).toBe('rewst-automate');
    expect(profilesFor('manage')).toEqual(manageProfiles);
  });

  it('cites a source document on every requirement and every manual check', () => {
    for (const profile of catalogue) {
      const requirements = profile.product === 'rmm' ? [] : profile.requirements;
      for (const item of [...requirements, ...profile.manualChecks]) {
        expect(item.source.vendor).toBe(profile.source.vendor);
        expect(item.source.title.length).toBeGreaterThan(5);
      }
    }
  });

  it('names only known ConnectWise Manage functions and Automate fields', () => {
    expect(findUnknownCatalogueNames()).toEqual([]);
  });

  it('would report a catalogue entry naming an unknown module, function or field', () => {
    const manage = manageProfiles[0]!;
    const rewst = automateProfiles[0]!;
    const broken: Profile[] = [
      {
        ...manage,
        requirements: [
          { ...manage.requirements[0]!, module: 'Comanies' },
          { ...manage.requirements[0]!, function: 'Company Maintainance' },
        ],
      },
      { ...rewst, requirements: [{ ...rewst.requirements[0]!, field: 'ClientsRead' }] },
    ];
    expect(findUnknownCatalogueNames(broken)).toEqual([
      'watchguard-cloud-psa: Comanies > Company Maintenance',
      'watchguard-cloud-psa: Companies > Company Maintainance',
      'rewst-automate: userClass.ClientsRead',
    ]);
  });

  it('keeps a known-function list with the modules and functions the sources name', () => {
    expect(MANAGE_MODULES.map((module) => module.name)).toEqual([
      'Companies',
      'Finance',
      'Marketing',
      'Procurement',
      'Project',
      'Sales',
      'Service Desk',
      'System',
      'Time & Expense',
    ]);
    expect(manageFunctionsFor('service desk')).toContain('SLA Dashboard');
    expect(manageFunctionsFor('Nonexistent')).toEqual([]);
    expect(findManageFunction('time and expense', 'time  entry')).toEqual({
      module: 'Time & Expense',
      function: 'Time Entry',
    });
    for (const module of MANAGE_MODULES) {
      for (const known of module.functions) expect(known.seenIn.length).toBeGreaterThan(0);
    }
  });

  it('is frozen data: consumers cannot add profiles to it', () => {
    expect(Object.isFrozen(catalogue)).toBe(true);
  });
});
