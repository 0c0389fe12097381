import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readmePictureNames, readmePictureProblems, readmeScreenshots } from '../../sandbox/screenshots';
import type { TourRecord, TourScenarioResult } from '../../sandbox/tour-record';

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

describe('the README pictures check that ends the tour', () => {
  const readme =
    '| ![A](docs/screenshots/popup.png) | ![B](docs/screenshots/mappings.png) |\n![A](docs/screenshots/popup.png)';
  const tour = record([
    result('popup', [{ file: '01-popup-1.png', caption: 'Popup', readme: 'popup' }]),
    result('mappings', [{ file: '02-mappings-1.png', caption: 'Mappings', readme: 'mappings' }]),
  ]);

  it('reads the pictures a README shows, once each', () => {
    expect(readmePictureNames(readme)).toEqual(['popup', 'mappings']);
  });

  it('passes when every picture came from a step whose file was written', () => {
    expect(readmePictureProblems(tour, readme, () => true)).toEqual([]);
  });

  it('fails on a picture no step takes, and on a step whose screenshot is missing', () => {
    const withNew = `${readme}\n![C](docs/screenshots/form-lint.png)`;
    expect(readmePictureProblems(tour, withNew, (file) => file !== '02-mappings-1.png')).toEqual([
      'docs/screenshots/mappings.png: 02-mappings-1.png was not written',
      'no step takes docs/screenshots/form-lint.png, which the README shows',
    ]);
  });

  it('every picture in the project README is claimed by a sandbox step', () => {
    const root = path.resolve(import.meta.dirname, '../../..');
    const sandbox = path.join(root, 'tests/sandbox');
    const sources = [
      ...readdirSync(sandbox)
        .filter((f) => f.endsWith('.ts'))
        .map((f) => path.join(sandbox, f)),
      ...readdirSync(path.join(sandbox, 'scenarios')).map((f) => path.join(sandbox, 'scenarios', f)),
    ]
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const names = readmePictureNames(readFileSync(path.join(root, 'README.md'), 'utf8'));
    expect(names.length).toBeGreaterThan(5);
    expect(names.filter((name) => !sources.includes(`readme: '${name}'`))).toEqual([]);
  });
});
