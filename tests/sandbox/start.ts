/**
 * `npm start`: builds the extension, starts the vendor simulators and fixture portal pages at
 * their real hostnames over local HTTPS, and opens Chromium with the extension, a fresh profile
 * and the sandbox connections on a landing page of scenarios. With no display (`--headless`, or
 * no DISPLAY on Linux) it runs every scenario as a scripted tour, saves a screenshot per step and
 * a report under artifacts/sandbox/, and exits 0 only if every scenario behaved. Ctrl-C, closing
 * the browser, or the tour's end stops everything it started.
 *
 *   tsx tests/sandbox/start.ts [--headless] [--no-build]
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { extensionDir, extensionWorker, launchWithExtension, repoRoot } from '../e2e/support/launch';
import { VendorServer } from '../e2e/support/vendor-server';
import { LANDING_HOST, LANDING_URL, landingHandler, landingPage, openablePages } from './landing';
import {
  Cleanup,
  handleSignals,
  removeStaleProfiles,
  temporaryProfile,
  waitForProfileRelease,
} from './processes';
import { scenarios } from './scenarios';
import { setUpExtension } from './seed';
import { mountSimulators } from './simulators';
import { runTour } from './tour';

const args = new Set(process.argv.slice(2));
const headless = args.has('--headless') || (process.platform === 'linux' && !process.env.DISPLAY);

const cleanup = new Cleanup();
handleSignals(cleanup);

function build(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['wxt', 'build'], { cwd: repoRoot, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`The build failed (${signal ?? `exit code ${code}`}).`)),
    );
  });
}

async function main(): Promise<number> {
  if (args.has('--no-build')) {
    if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
      throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
    }
  } else {
    await build();
  }
  const stale = removeStaleProfiles();
  if (stale) console.log(`Sandbox: removed ${stale} profile(s) left by earlier runs.`);

  const vendorServer = new VendorServer(path.join(repoRoot, 'tests/fixtures/pages'));
  await vendorServer.start();
  cleanup.add('stop the vendor server', () => vendorServer.stop());
  const simulators = await mountSimulators(vendorServer);

  const profileDir = temporaryProfile(cleanup);
  const context = await launchWithExtension({ profileDir, vendorPort: vendorServer.port, headless });
  cleanup.add('close Chromium', async () => {
    await context.close();
    await waitForProfileRelease(profileDir);
  });
  handleSignals(cleanup);
  const serviceWorker = await extensionWorker(context);
  const extensionId = new URL(serviceWorker.url()).host;
  const openExtensionPage = async (pagePath: string) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${pagePath}`);
    return page;
  };

  const setUp = await setUpExtension(openExtensionPage, simulators);

  vendorServer.handle(
    LANDING_HOST,
    landingHandler(
      () => landingPage(scenarios, [...simulators.values()], setUp),
      openablePages(scenarios),
      openExtensionPage,
    ),
  );
  const sandbox = { context, serviceWorker, extensionId, vendorServer, simulators, openExtensionPage };

  if (headless) {
    const record = await runTour(scenarios, sandbox, {
      artifactsDir: path.join(repoRoot, 'artifacts/sandbox'),
      reportsDir: path.join(repoRoot, 'reports'),
      readmePath: path.join(repoRoot, 'README.md'),
      signal: cleanup.signal,
    });
    console.log(
      `tour: ${record.passed} passed, ${record.failed} failed (report in artifacts/sandbox/report.md)`,
    );
    return record.failed ? 1 : 0;
  }

  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(LANDING_URL);
  console.log(
    `Sandbox running: Chromium is open on ${LANDING_URL}. Close the browser or press Ctrl-C to stop.`,
  );
  await new Promise<void>((resolve) => context.on('close', () => resolve()));
  return 0;
}

main()
  .catch((error: unknown) => {
    console.error(`Sandbox: ${error instanceof Error ? error.message : error}`);
    return 1;
  })
  .then(async (code) => {
    await cleanup.run();
    process.exit(code);
  });
