// Prints one line, `tests: N passed, M failed`, from the runners' JSON reports (vitest,
// Playwright and the sandbox tour), so CI's summary is counted by the runners and never typed by hand.
import { existsSync, readFileSync } from 'node:fs';

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);
let passed = 0;
let failed = 0;
const missing = [];

const vitest = read('reports/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
} else missing.push('unit (vitest)');

const playwright = read('reports/playwright.json');
if (playwright) {
  // "flaky" tests passed on retry; "unexpected" ones failed.
  passed += playwright.stats.expected + playwright.stats.flaky;
  failed += playwright.stats.unexpected;
} else missing.push('e2e (playwright)');

const tour = read('reports/sandbox-tour.json');
if (tour) {
  passed += tour.passed;
  failed += tour.failed;
} else missing.push('sandbox tour');

if (missing.length) console.log(`not run: ${missing.join(', ')}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || missing.length > 0 ? 1 : 0;
