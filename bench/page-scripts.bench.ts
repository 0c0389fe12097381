import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { evaluateInContentScript } from '../tests/e2e/support/content-script-world';
import { extensionDir } from '../tests/e2e/support/launch';
import { defineSuite, type Metrics, round } from './harness';
import {
  firstResult,
  load,
  PAGE_LOADS,
  scriptTime,
  summary,
  traceLoad,
  WARMUP,
  withBrowser,
} from './role-checker.bench';

/**
 * The scripts that run inside portal pages (issue #17), in Chromium with the built extension:
 * the first verdict beside a baseline, and the WatchGuard and RMM content scripts off their
 * helpers' pages. The ConnectWise Manage content script's own figures are in role-checker.bench.ts.
 */

/**
 * The same build with the role checker (and its panel) replaced by empty modules that only
 * register themselves (the checker's start reports its "first result" at once): the same page,
 * content script and import path, with none of our checking. The first verdict's figure over
 * this one is what the checker itself costs.
 */
function buildWithEmptyCheckerModules(): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'mpc-bench-empty-'));
  cpSync(extensionDir, dir, { recursive: true });
  const registry = (name: string) => `globalThis[Symbol.for('msp-portal-companion/${name}')]`;
  writeFileSync(
    path.join(dir, 'role-checker.js'),
    `${registry('role-checker')} = { start(options) { options.scan?.changes.stop(); options.onFirstResult?.(); return { setScreen() {}, stop() {} }; } };\n`,
  );
  writeFileSync(
    path.join(dir, 'role-checker-panel.js'),
    `${registry('role-checker-panel')} = { render() { return () => {}; } };\n`,
  );
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

async function firstResultMedian(extension?: string): Promise<Metrics> {
  return withBrowser(async (context) => {
    const page = await context.newPage();
    for (let i = 0; i < WARMUP; i++) await firstResult(page);
    const totals: number[] = [];
    for (let i = 0; i < PAGE_LOADS; i++) totals.push((await firstResult(page)).total);
    return summary(totals);
  }, extension);
}

/** The portal pages of the other two content scripts, without anything that needs their helpers. */
const OTHER_PORTALS = [
  { name: 'cw-rmm', page: 'https://control.itsupport247.net/index.html', helpers: null },
  { name: 'watchguard', page: 'https://usa.cloud.watchguard.com/index.html', helpers: 'watchguard-helpers' },
] as const;

export default defineSuite({
  name: 'page-scripts',
  cases: [
    {
      name: 'content-script start → first verdict vs the same page loading empty modules, 200-row role page, table (Chromium)',
      measure: async () => {
        const empty = buildWithEmptyCheckerModules();
        try {
          const baseline = await firstResultMedian(empty.dir);
          const checker = await firstResultMedian();
          if (checker.error || baseline.error) return { ...checker, ...baseline };
          return {
            medianMs: checker.medianMs!,
            p95Ms: checker.p95Ms!,
            baselineMedianMs: baseline.medianMs!,
            baselineP95Ms: baseline.p95Ms!,
            ratio: round(Number(checker.medianMs) / Number(baseline.medianMs), 2),
            loadAverage: load(),
          };
        } finally {
          empty.remove();
        }
      },
      target: { description: 'median ≤ 30 ms', met: (metrics) => Number(metrics.medianMs) <= 30 },
    },
    ...OTHER_PORTALS.map(({ name, page: url, helpers }) => ({
      name: `${name} content script on a page that needs no helpers (Chromium)`,
      measure: () =>
        withBrowser(async (context) => {
          const file = `content-scripts/${name}.js`;
          const bundle = readFileSync(path.join(extensionDir, file));
          const page = await context.newPage();
          await page.goto(url);
          const session = await context.newCDPSession(page);
          const evaluation: number[] = [];
          for (let i = 0; i < WARMUP + PAGE_LOADS; i++) {
            const events = await traceLoad(session, page);
            if (i >= WARMUP) evaluation.push(scriptTime(events, `/${file}`).evaluateMs);
          }
          const helpersLoaded = helpers
            ? await evaluateInContentScript<boolean>(
                page,
                `Symbol.for('msp-portal-companion/${helpers}') in globalThis`,
              )
            : false;
          const evaluated = summary(evaluation);
          return {
            evaluateMedianMs: evaluated.medianMs!,
            evaluateP95Ms: evaluated.p95Ms!,
            bundleKiB: round(bundle.length / 1024, 1),
            bundleGzipKB: round(gzipSync(bundle, { level: 9 }).length / 1000, 1),
            helpersLoaded: helpersLoaded ? 'yes' : 'no',
            loadAverage: load(),
          };
        }),
      target: {
        description: '≤ 12 KB gzip; helpers not loaded',
        met: (metrics: Metrics) => Number(metrics.bundleGzipKB) <= 12 && metrics.helpersLoaded === 'no',
      },
    })),
  ],
});
