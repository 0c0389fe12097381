/**
 * `npm run check:budgets` (part of `npm test`, right after the Chrome MV3 build in `test:e2e`):
 * the gzip size of every script the extension runs inside a portal page, against its budget.
 * Sizes are deterministic, so a script over budget fails the build; times are the bench's
 * (`npm run bench`), never a test's. Prints every figure with its budget.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const build = path.resolve(import.meta.dirname, '../.output/chrome-mv3');
const KB = 1000;

/**
 * The content scripts run on every portal page (issue #17: ≤ 12 KB gzip each). The scripts they
 * import on demand have budgets too, so that none grows unnoticed; they are held near today's
 * size. The role checker's is its target (issue #17): it carries the page reader and the audit
 * engine, but neither zod, nor the panel's Preact (the panel script's), nor catalogue data (read
 * from storage.local).
 */
const BUDGETS: Record<string, number> = {
  'content-scripts/cw-manage.js': 12 * KB,
  'content-scripts/cw-rmm.js': 12 * KB,
  'content-scripts/watchguard.js': 12 * KB,
  // Opt-in, registered at run time on the ThreatLocker portal: form detection and the overlay frame.
  'content-scripts/threatlocker-portal.js': 12 * KB,
  'role-checker.js': 30 * KB,
  'role-checker-panel.js': 16 * KB,
  'watchguard-helpers.js': 62 * KB,
  'threatlocker-setup-lint.js': 36 * KB,
};

if (!existsSync(path.join(build, 'manifest.json'))) {
  console.error('No Chrome MV3 build in .output/chrome-mv3: run `npm run build` first.');
  process.exit(1);
}
// A content script with no budget is a failure too: every always-loaded script must have one.
const contentScripts = readdirSync(path.join(build, 'content-scripts'))
  .filter((file) => file.endsWith('.js'))
  .map((file) => `content-scripts/${file}`);
let failed = false;
for (const file of new Set([...Object.keys(BUDGETS), ...contentScripts])) {
  const budget = BUDGETS[file];
  const full = path.join(build, file);
  if (budget === undefined || !existsSync(full)) {
    console.error(
      `${file}: ${budget === undefined ? 'no budget in scripts/check-bundle-budgets.ts' : 'missing from the build'}`,
    );
    failed = true;
    continue;
  }
  const gzip = gzipSync(readFileSync(full), { level: 9 }).length;
  const over = gzip > budget;
  failed ||= over;
  const figure = `${(gzip / KB).toFixed(1)} KB gzip, budget ${(budget / KB).toFixed(0)} KB`;
  console.log(`${over ? 'OVER' : 'ok  '} ${file}: ${figure}`);
}
if (failed) process.exitCode = 1;
