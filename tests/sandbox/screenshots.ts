import type { TourRecord } from './tour-record';

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

/** The pictures a README shows from docs/screenshots/, by name without `.png`, in order. */
export function readmePictureNames(readme: string): string[] {
  const names = [...readme.matchAll(/\(docs\/screenshots\/([\w-]+)\.png\)/g)].map((match) => match[1]!);
  return [...new Set(names)];
}

/**
 * What is wrong with the README's pictures after a tour: each one the README names must come
 * from a step (`step(page, caption, { readme })`) whose screenshot was written. Empty when all
 * were taken.
 */
export function readmePictureProblems(
  record: Pick<TourRecord, 'scenarios'>,
  readme: string,
  taken: (file: string) => boolean,
): string[] {
  const steps = new Map(
    record.scenarios.flatMap(({ steps }) =>
      steps.flatMap((step) => (step.readme ? [[step.readme, step]] : [])),
    ),
  );
  const problems: string[] = [];
  for (const name of readmePictureNames(readme)) {
    const step = steps.get(name);
    if (!step) problems.push(`no step takes docs/screenshots/${name}.png, which the README shows`);
    else if (!taken(step.file)) problems.push(`docs/screenshots/${name}.png: ${step.file} was not written`);
  }
  return problems;
}
