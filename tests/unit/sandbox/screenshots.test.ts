import { describe, expect, it } from 'vitest';
import { readmeScreenshots } from '../../sandbox/screenshots';
import type { TourRecord, TourScenarioResult } from '../../sandbox/tour';

const result = (id: string, steps: TourScenarioResult['steps'], passed = true): TourScenarioResult => ({
  id,
  title: id,
  passed,
  steps,
});
const record = (scenarios: TourScenarioResult[]): TourRecord => ({
  passed: scenarios.filter((s) => s.passed).length,
  failed: scenarios.filter((s) => !s.passed).length,
  scenarios,
});

describe('readmeScreenshots', () => {
  it('takes only the steps a scenario chose for the README, under the chosen name', () => {
    const chosen = readmeScreenshots(
      record([
        result('landing', [{ file: '00-landing-1.png', caption: 'Landing', readme: 'sandbox-landing' }]),
        result('popup', [
          { file: '01-popup-1.png', caption: 'Popup' },
          { file: '01-popup-2.png', caption: 'Popup, copied', readme: 'popup' },
        ]),
      ]),
    );
    expect(chosen).toEqual([
      { from: '00-landing-1.png', to: 'sandbox-landing.png', caption: 'Landing' },
      { from: '01-popup-2.png', to: 'popup.png', caption: 'Popup, copied' },
    ]);
  });

  it('refuses a tour with a failed scenario', () => {
    const tour = record([result('popup', [{ file: 'a.png', caption: 'A', readme: 'a' }], false)]);
    expect(() => readmeScreenshots(tour)).toThrow('The tour failed (popup)');
  });

  it('refuses two steps that claim one README picture', () => {
    const tour = record([
      result('one', [{ file: '01-one-1.png', caption: 'One', readme: 'same' }]),
      result('two', [{ file: '02-two-1.png', caption: 'Two', readme: 'same' }]),
    ]);
    expect(() => readmeScreenshots(tour)).toThrow('Two steps want docs/screenshots/same.png');
  });
});
