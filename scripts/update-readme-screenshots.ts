/**
 * `npm run screenshots`: runs the sandbox's headless tour (build included) and copies the steps
 * the scenarios chose for the README into docs/screenshots/, removing pictures no step claims
 * any more. Commit the result with the change that made it.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { readmeScreenshots } from '../tests/sandbox/screenshots';
import { TOUR_RECORD } from '../tests/sandbox/tour';
import type { TourRecord } from '../tests/sandbox/tour-record';

const root = path.resolve(import.meta.dirname, '..');
const artifactsDir = path.join(root, 'artifacts/sandbox');
const docsDir = path.join(root, 'docs/screenshots');

const tour = spawnSync('npm', ['start', '--', '--headless'], { cwd: root, stdio: 'inherit' });
if (tour.status !== 0) {
  console.error('screenshots: the tour did not pass; docs/screenshots/ left as it is.');
  process.exit(1);
}

const record = JSON.parse(readFileSync(path.join(artifactsDir, TOUR_RECORD), 'utf8')) as TourRecord;
const chosen = readmeScreenshots(record);
mkdirSync(docsDir, { recursive: true });
const kept = new Set(chosen.map((shot) => shot.to));
for (const old of readdirSync(docsDir)) {
  if (old.endsWith('.png') && !kept.has(old)) {
    rmSync(path.join(docsDir, old));
    console.log(`removed docs/screenshots/${old}`);
  }
}
for (const shot of chosen) {
  copyFileSync(path.join(artifactsDir, shot.from), path.join(docsDir, shot.to));
  console.log(`docs/screenshots/${shot.to}  ← ${shot.from} (${shot.caption})`);
}
