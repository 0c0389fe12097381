/**
 * The headless tour: a check of the landing page, then every scenario in order, a screenshot per
 * step, a last check that every picture the README shows was taken (else the tour fails), and
 * three records of it:
 * `artifacts/sandbox/report.md` for people, `artifacts/sandbox/tour.json` for scripts (which
 * steps the README shows), and `reports/sandbox-tour.json` with the counts CI's summary adds up.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { landingCheck } from './landing-check';
import type { SandboxContext, Scenario, StepOptions } from './scenario';
import { readmePictureProblems } from './screenshots';
import type { TourRecord, TourScenarioResult, TourStep } from './tour-record';

export const TOUR_RECORD = 'tour.json';

/** The tour's last check, a result like a scenario's: every README picture was taken. */
function readmePicturesResult(
  scenarios: readonly TourScenarioResult[],
  readme: string,
  artifactsDir: string,
): TourScenarioResult {
  const problems = readmePictureProblems({ scenarios: [...scenarios] }, readme, (file) =>
    existsSync(path.join(artifactsDir, file)),
  );
  return {
    id: 'readme-pictures',
    title: 'Every picture the README shows was taken',
    passed: problems.length === 0,
    ...(problems.length ? { error: problems.join('; ') } : {}),
    steps: [],
  };
}

/**
 * An error in one line: Playwright's assertion messages put the locator, the expected and the
 * received value on the lines after the first, then a long call log that is left out.
 */
function summarise(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const lines = message
    .split('\n')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: Playwright colours its messages.
    .map((line) => line.replace(/\u001b\[[0-9;]*m/g, '').trim())
    .filter(Boolean);
  const callLog = lines.findIndex((line) => line.startsWith('Call log'));
  const summary = lines.slice(0, callLog < 0 ? undefined : callLog).join(' · ');
  return summary.length > 400 ? `${summary.slice(0, 399)}…` : summary;
}

async function runScenario(
  scenario: Scenario,
  number: number,
  sandbox: Omit<SandboxContext, 'step'>,
  artifactsDir: string,
): Promise<TourScenarioResult> {
  const steps: TourStep[] = [];
  const step = async (page: Page, caption: string, options: StepOptions = {}) => {
    const file = `${String(number).padStart(2, '0')}-${scenario.id}-${steps.length + 1}.png`;
    await page.screenshot({ path: path.join(artifactsDir, file) });
    steps.push({ file, caption, ...(options.readme ? { readme: options.readme } : {}) });
  };
  const pagesBefore = new Set(sandbox.context.pages());
  try {
    await scenario.tour({ ...sandbox, step });
    return { id: scenario.id, title: scenario.title, passed: true, steps };
  } catch (error) {
    return { id: scenario.id, title: scenario.title, passed: false, error: summarise(error), steps };
  } finally {
    // A scenario that failed half-way leaves its tabs open; the next one starts clean.
    for (const page of sandbox.context.pages()) if (!pagesBefore.has(page)) await page.close();
  }
}

function reportMarkdown(record: TourRecord): string {
  const lines = ['# Sandbox tour', ''];
  for (const result of record.scenarios) {
    lines.push(result.passed ? `- PASS ${result.title}` : `- FAIL ${result.title}: ${result.error}`);
    for (const step of result.steps) lines.push(`  - ${step.caption}: \`${step.file}\``);
  }
  lines.push('', `${record.passed} passed, ${record.failed} failed`);
  return `${lines.join('\n')}\n`;
}

/** Runs the tour; resolves to the record (written to disk as well). */
export async function runTour(
  scenarios: readonly Scenario[],
  sandbox: Omit<SandboxContext, 'step'>,
  {
    artifactsDir,
    reportsDir,
    readmePath,
    signal,
  }: { artifactsDir: string; reportsDir: string; readmePath: string; signal?: AbortSignal },
): Promise<TourRecord> {
  rmSync(artifactsDir, { recursive: true, force: true });
  mkdirSync(artifactsDir, { recursive: true });
  mkdirSync(reportsDir, { recursive: true });

  const results: TourScenarioResult[] = [];
  for (const [index, scenario] of [landingCheck(scenarios), ...scenarios].entries()) {
    const result = await runScenario(scenario, index, sandbox, artifactsDir);
    // Stopped (Ctrl-C): the browser is closing, so this result and any further one mean nothing.
    if (signal?.aborted) throw new Error('The tour was stopped.');
    results.push(result);
    console.log(result.passed ? `PASS ${scenario.title}` : `FAIL ${scenario.title}: ${result.error}`);
  }
  const pictures = readmePicturesResult(results, readFileSync(readmePath, 'utf8'), artifactsDir);
  console.log(pictures.passed ? `PASS ${pictures.title}` : `FAIL ${pictures.title}: ${pictures.error}`);
  results.push(pictures);
  const failed = results.filter((result) => !result.passed).length;
  const record: TourRecord = { passed: results.length - failed, failed, scenarios: results };

  writeFileSync(path.join(artifactsDir, 'report.md'), reportMarkdown(record));
  writeFileSync(path.join(artifactsDir, TOUR_RECORD), `${JSON.stringify(record, null, 2)}\n`);
  writeFileSync(
    path.join(reportsDir, 'sandbox-tour.json'),
    JSON.stringify({ passed: record.passed, failed: record.failed }),
  );
  return record;
}
