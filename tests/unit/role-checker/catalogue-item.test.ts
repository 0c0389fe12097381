import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  CATALOGUE_INDEX_KEY,
  catalogueProfileKey,
  readStoredCatalogue,
} from '@/lib/role-checker/catalogue-item';

describe("the content script's read of the stored catalogue", () => {
  it('reads the index and the profiles the stored preferences pick, nothing else', async () => {
    await fakeBrowser.storage.local.set({
      [CATALOGUE_INDEX_KEY]: { version: 'v' },
      [catalogueProfileKey('ninjaone-psa')]: { version: 'v' },
      [catalogueProfileKey('hudu-psa')]: { version: 'v' },
    });
    const read = await readStoredCatalogue(
      Promise.resolve({ profiles: ['ninjaone-psa', 7], mode: 'minimum' }),
    );
    expect(Object.keys(read).sort()).toEqual(
      [CATALOGUE_INDEX_KEY, catalogueProfileKey('ninjaone-psa')].sort(),
    );
  });

  it('reads the index alone when the preferences are missing, damaged or failed to read', async () => {
    await fakeBrowser.storage.local.set({ [CATALOGUE_INDEX_KEY]: { version: 'v' } });
    for (const preferences of [
      Promise.resolve(undefined),
      Promise.resolve('all'),
      Promise.reject(new Error('x')),
    ]) {
      expect(Object.keys(await readStoredCatalogue(preferences))).toEqual([CATALOGUE_INDEX_KEY]);
    }
  });
});
