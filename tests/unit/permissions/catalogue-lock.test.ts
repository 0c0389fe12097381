import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_VERSION, catalogue, profileDigest } from '@/lib/permissions';

/**
 * Holds each profile's revision to its data: catalogue-lock.json records the digest of every
 * profile at its revision. Change a profile without bumping its revision and this fails; bump it
 * and refresh the lock with `UPDATE_CATALOGUE_LOCK=1 npx vitest run tests/unit/permissions/catalogue-lock.test.ts`.
 */
const LOCK_FILE = new URL('./catalogue-lock.json', import.meta.url);

type Lock = Record<string, { revision: number; digest: string }>;

const current: Lock = Object.fromEntries(
  catalogue.map((profile) => [profile.id, { revision: profile.revision, digest: profileDigest(profile) }]),
);

if (process.env.UPDATE_CATALOGUE_LOCK) writeFileSync(LOCK_FILE, `${JSON.stringify(current, null, 2)}\n`);
const lock: Lock = JSON.parse(readFileSync(LOCK_FILE, 'utf8'));

describe('catalogue lock', () => {
  it.each(catalogue.map((profile) => [profile.id] as const))(
    '%s: its revision changes with its data',
    (id) => {
      const locked = lock[id];
      const now = current[id]!;
      expect(locked, `${id} is not in catalogue-lock.json yet: refresh the lock`).toBeDefined();
      if (locked!.digest !== now.digest) {
        expect(now.revision, `${id} changed: bump its revision, then refresh the lock`).toBeGreaterThan(
          locked!.revision,
        );
      }
      expect(now, `${id}: refresh catalogue-lock.json`).toEqual(locked);
    },
  );

  it('lists no profile the catalogue no longer has', () => {
    expect(Object.keys(lock).sort()).toEqual(Object.keys(current).sort());
  });

  it('derives the catalogue version from the data, so it moves whenever any profile does', () => {
    const [, digest] = CATALOGUE_VERSION.split('+');
    expect(digest).toMatch(/^[0-9a-f]{8}$/);
    expect(profileDigest({ ...catalogue[0]!, revision: catalogue[0]!.revision + 1 })).not.toBe(
      profileDigest(catalogue[0]!),
    );
  });
});
