import { describe, expect, it } from 'vitest';
import { startingProfiles } from '@/lib/role-checker/integrations';

const POLICY = ['watchguard-cloud-psa', 'rewst-automate', 'gone-profile'];

describe('the integrations an API audit starts with', () => {
  it("are the organization's preselection for the product when nothing is picked", () => {
    expect(startingProfiles('manage', [], POLICY)).toEqual(['watchguard-cloud-psa']);
    expect(startingProfiles('automate', [], POLICY)).toEqual(['rewst-automate']);
    expect(startingProfiles('manage', [], [])).toEqual([]);
  });

  it('keep what the person picked that fits the product, over the preselection', () => {
    expect(startingProfiles('manage', ['ninjaone-psa'], POLICY)).toEqual(['ninjaone-psa']);
    // Manage picks do not fit an Automate user class: the preselection applies instead.
    expect(startingProfiles('automate', ['ninjaone-psa'], POLICY)).toEqual(['rewst-automate']);
  });
});
