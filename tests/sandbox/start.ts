/**
 * `npm start`: builds the extension, starts the vendor simulators and fixture portal pages at
 * their real hostnames over local HTTPS, and opens Chromium with the extension on a landing page.
 * With no display (`--headless`, or no DISPLAY on Linux) it runs every scenario as a scripted
 * tour, saves a screenshot per step and a report under artifacts/sandbox/, and exits 0 only if
 * every scenario behaved. Ctrl-C, or the tour's end, stops everything it started.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { extensionWorker, launchWithExtension, repoRoot } from '../e2e/support/launch';
import { VendorServer } from '../e2e/support/vendor-server';
import { LANDING_HOST, landingPage } from './landing';
import { scenarios } from './scenarios';

const args = new Set(process.argv.slice(2));
const headless = args.has('--headless') || (process.platform === 'linux' && !process.env.DISPLAY);
const artifactsDir = path.join(repoRoot, 'artifacts/sandbox');

const cleanups: (() => Promise<void> | void)[] = [];
async function shutdown(code: number): Promise<never> {
  for (const cleanup of cleanups.reverse()) await Promise.resolve(cleanup()).catch(() => {});
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(130));
process.on('SIGTERM', () => void shutdown(143));

function run(command: string, commandArgs: string[]) {
  execFileSync(command, commandArgs, { cwd: repoRoot, stdio: 'inherit' });
}

async function main() {
  if (!args.has('--no-build')) {
    run('bash', ['scripts/ensure-system-packages.sh']);
    run('npx', ['wxt', 'build']);
  }

  const vendorServer = new VendorServer(path.join(repoRoot, 'tests/fixtures/pages'));
  await vendorServer.start();
  cleanups.push(() => vendorServer.stop());

  const profileDir = mkdtempSync(path.join(tmpdir(), 'mpc-sandbox-'));
  cleanups.push(() => rmSync(profileDir, { recursive: true, force: true }));
  const context = await launchWithExtension({ profileDir, vendorPort: vendorServer.port, headless });
  cleanups.push(() => context.close());
  const serviceWorker = await extensionWorker(context);
  const extensionId = new URL(serviceWorker.url()).host;

  vendorServer.handle(LANDING_HOST, (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(landingPage(scenarios, extensionId));
  });

  if (!headless) {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`https://${LANDING_HOST}/`);
    console.log(
      'Sandbox running: Chromium is open on the landing page. Close the browser or press Ctrl-C to stop.',
    );
    await new Promise<void>((resolve) => context.on('close', () => resolve()));
    return shutdown(0);
  }
  return shutdown(await tour(context, serviceWorker, extensionId, vendorServer));
}

async function tour(
  context: BrowserContext,
  serviceWorker: Awaited<ReturnType<typeof extensionWorker>>,
  extensionId: string,
  vendorServer: VendorServer,
): Promise<number> {
  rmSync(artifactsDir, { recursive: true, force: true });
  mkdirSync(artifactsDir, { recursive: true });
  mkdirSync(path.join(repoRoot, 'reports'), { recursive: true });
  const landing = await context.newPage();
  await landing.goto(`https://${LANDING_HOST}/`);
  await landing.screenshot({ path: path.join(artifactsDir, '00-landing.png') });
  await landing.close();

  const report: string[] = ['# Sandbox tour', ''];
  let failures = 0;
  for (const [index, scenario] of scenarios.entries()) {
    let stepNumber = 0;
    const shots: string[] = [];
    const step = async (page: Page, caption: string) => {
      stepNumber += 1;
      const file = `${String(index + 1).padStart(2, '0')}-${scenario.id}-${stepNumber}.png`;
      await page.screenshot({ path: path.join(artifactsDir, file) });
      shots.push(`  - ${caption}: \`${file}\``);
    };
    try {
      await scenario.tour({ context, serviceWorker, extensionId, vendorServer, step });
      report.push(`- PASS ${scenario.title}`, ...shots);
      console.log(`PASS ${scenario.title}`);
    } catch (error) {
      failures += 1;
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      report.push(`- FAIL ${scenario.title}: ${reason}`, ...shots);
      console.log(`FAIL ${scenario.title}: ${reason}`);
    }
  }
  report.push('', `${scenarios.length - failures} passed, ${failures} failed`);
  writeFileSync(path.join(artifactsDir, 'report.md'), `${report.join('\n')}\n`);
  // Machine-readable counts for CI's summary line (scripts/test-summary.mjs).
  writeFileSync(
    path.join(repoRoot, 'reports/sandbox-tour.json'),
    JSON.stringify({ passed: scenarios.length - failures, failed: failures }),
  );
  console.log(
    `tour: ${scenarios.length - failures} passed, ${failures} failed (report in artifacts/sandbox/report.md)`,
  );
  return failures ? 1 : 0;
}

main().catch(async (error) => {
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
});
