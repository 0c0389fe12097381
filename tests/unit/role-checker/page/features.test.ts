import { describe, expect, it } from 'vitest';
import { featureChoices } from '@/lib/role-checker/integration-options';
import { integrationOptions } from '@/lib/role-checker/integrations';
import { activeFeatures, parseSitePreferences } from '@/lib/role-checker/page/preferences';
import { fullCatalogue, judgePage } from '../catalogue';
import { readFixture } from '../dom';

describe('optional features in the role checker', () => {
  it('offers the features of the picked integrations only', () => {
    const options = integrationOptions('manage');
    expect(featureChoices(options, ['hudu-psa'])).toEqual([]);
    expect(featureChoices(options, ['n-central-psa']).map((choice) => choice.key)).toEqual([
      'n-central-psa/billing-profiles',
      'n-central-psa/time-entries',
    ]);
  });

  it('uses a switched-on feature only while its integration is picked, and drops unknown ones', () => {
    const preferences = parseSitePreferences(
      {
        profiles: ['n-central-psa'],
        mode: 'minimum',
        features: [
          'n-central-psa/billing-profiles',
          'autoelevate-psa/technician-mode-ticketing',
          'gone/feature',
        ],
      },
      fullCatalogue,
    );
    expect(activeFeatures(preferences, fullCatalogue)).toEqual(['n-central-psa/billing-profiles']);
    expect(activeFeatures({ ...preferences, profiles: [] }, fullCatalogue)).toEqual([]);
  });

  it('judges the page with the feature’s rows only when it is on', () => {
    const page = readFixture('role-missing.html');
    const off = judgePage(page, ['n-central-psa'], 'minimum');
    const on = judgePage(page, ['n-central-psa'], 'minimum', ['n-central-psa/time-entries']);
    const billingViewTime = (verdict: typeof off) =>
      verdict.report.findings.filter((finding) => finding.function === 'Billing View Time');
    expect(billingViewTime(off)).toEqual([]);
    expect(billingViewTime(on).map((finding) => finding.action)).toEqual(['inquire']);
  });
});
