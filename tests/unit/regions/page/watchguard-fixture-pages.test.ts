import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGES_DIR, watchGuardFixturePages } from './watchguard-pages';

// The committed fixture pages are generated; this keeps them from drifting from the builder.
// Rewrite them with: UPDATE_WATCHGUARD_FIXTURES=1 npx vitest run tests/unit/regions/watchguard-fixture-pages
const update = process.env.UPDATE_WATCHGUARD_FIXTURES === '1';

describe('WatchGuard Cloud fixture pages', () => {
  for (const [name, html] of Object.entries(watchGuardFixturePages())) {
    it(`${name} matches its builder`, () => {
      const file = path.join(PAGES_DIR, name);
      if (update) {
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, html);
      }
      expect(readFileSync(file, 'utf8')).toBe(html);
    });
  }
});
