import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BenchResult, type BenchSuite, runCase } from './harness';

// Usage: npm run bench [-- name-filter...]. Every bench/*.bench.ts file is a suite; a case runs
// when its "suite case" name contains any of the filters (all cases without one).
const benchDir = path.dirname(new URL(import.meta.url).pathname);
const filters = process.argv.slice(2);

const files = (await readdir(benchDir)).filter((file) => file.endsWith('.bench.ts')).sort();
const results: BenchResult[] = [];
for (const file of files) {
  const suite: BenchSuite = (await import(pathToFileURL(path.join(benchDir, file)).href)).default;
  for (const benchCase of suite.cases) {
    const name = `${suite.name} ${benchCase.name}`;
    if (filters.length && !filters.some((filter) => name.includes(filter))) continue;
    results.push(await runCase(suite.name, benchCase));
  }
}

console.table(
  results.map((result) => ({
    suite: result.suite,
    case: result.case,
    metrics: Object.entries(result.metrics)
      .map(([key, value]) => `${key}=${value}`)
      .join(' '),
    target: result.target ?? '',
    met: result.met === undefined ? '' : result.met ? 'yes' : 'NO',
  })),
);
const outDir = path.join(benchDir, 'results');
await mkdir(outDir, { recursive: true });
const outFile = path.join(outDir, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
await writeFile(outFile, `${JSON.stringify({ node: process.version, results }, null, 2)}\n`);
console.log(`results written to ${path.relative(process.cwd(), outFile)}`);
if (results.some((result) => result.met === false)) process.exitCode = 1;
