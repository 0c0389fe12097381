import type { TourRecord } from './tour';

export interface ReadmeScreenshot {
  /** File name in artifacts/sandbox/. */
  from: string;
  /** File name in docs/screenshots/. */
  to: string;
  caption: string;
}

/**
 * The steps the scenarios chose for the README (`step(page, caption, { readme })`). Refuses a
 * tour with a failed scenario (its pictures may show a broken product) and two steps that claim
 * the same README name.
 */
export function readmeScreenshots(record: TourRecord): ReadmeScreenshot[] {
  const failed = record.scenarios.filter((scenario) => !scenario.passed);
  if (failed.length > 0) {
    throw new Error(`The tour failed (${failed.map((s) => s.id).join(', ')}): screenshots left as they are.`);
  }
  const chosen = new Map<string, ReadmeScreenshot>();
  for (const { steps } of record.scenarios) {
    for (const { file, caption, readme } of steps) {
      if (!readme) continue;
      const to = `${readme}.png`;
      const taken = chosen.get(to);
      if (taken) throw new Error(`Two steps want docs/screenshots/${to}: ${taken.from} and ${file}.`);
      chosen.set(to, { from: file, to, caption });
    }
  }
  return [...chosen.values()];
}
