import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIR, fixturePages } from '../role-pages';

// The committed fixture pages are generated; this keeps them from drifting from the builder.
// Rewrite them with: UPDATE_ROLE_FIXTURES=1 npx vitest run tests/unit/role-checker/fixture-pages
const update = process.env.UPDATE_ROLE_FIXTURES === '1';

describe('role-screen fixture pages', () => {
  for (const [name, html] of Object.entries(fixturePages())) {
    it(`${name} matches its builder`, () => {
      const file = path.join(FIXTURE_DIR, name);
      if (update) writeFileSync(file, html);
      expect(readFileSync(file, 'utf8')).toBe(html);
    });
  }
});
