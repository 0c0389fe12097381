import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIR, fixturePages } from '../role-pages';
import { GENERATED_DIR, generatedPages } from './layout-generator/pages';

// The committed fixture pages are generated; this keeps them from drifting from the builders.
// Rewrite them with: UPDATE_ROLE_FIXTURES=1 npx vitest run tests/unit/role-checker/page/fixture-pages
const update = process.env.UPDATE_ROLE_FIXTURES === '1';

describe('role-screen fixture pages', () => {
  const sets: [string, Record<string, string>][] = [
    [FIXTURE_DIR, fixturePages()],
    [GENERATED_DIR, generatedPages()],
  ];
  for (const [dir, pages] of sets) {
    for (const [name, html] of Object.entries(pages)) {
      it(`${path.relative(FIXTURE_DIR, path.join(dir, name))} matches its builder`, () => {
        const file = path.join(dir, name);
        if (update) {
          mkdirSync(dir, { recursive: true });
          writeFileSync(file, html);
        }
        expect(readFileSync(file, 'utf8')).toBe(html);
      });
    }
  }
});
