import { describe, expect, it, vi } from 'vitest';
import { CATALOGUE_VERSION, manageProfiles } from '@/lib/permissions/catalogue';
import { PermissionsInputError } from '@/lib/permissions/errors';
import { CATALOGUE_INDEX_KEY, catalogueProfileKey } from '@/lib/role-checker/catalogue-item';
import { CATALOGUE_UNAVAILABLE, openPageCatalogue } from '@/lib/role-checker/page/page-catalogue';
import { storageOver, storedCatalogue } from '../catalogue';

const WATCHGUARD = 'watchguard-cloud-psa';
const NINJA = 'ninjaone-psa';

/** What the content script read at screen found: the index and the stored picks' profiles. */
function firstRead(records: Record<string, unknown>, picked: string[]) {
  const keys = [CATALOGUE_INDEX_KEY, ...picked.map(catalogueProfileKey)];
  return Object.fromEntries(keys.filter((key) => key in records).map((key) => [key, records[key]]));
}

function open(first: Record<string, unknown>, stored = storedCatalogue(), restores = true) {
  const read = vi.fn(storageOver(stored));
  const restore = vi.fn(async () => {
    if (restores) Object.assign(stored, storedCatalogue());
    return restores;
  });
  return {
    opened: openPageCatalogue(Promise.resolve(first), CATALOGUE_VERSION, { read, restore }),
    read,
    restore,
  };
}

describe("the checker's page catalogue", () => {
  it('opens from the first read alone when it is current: no storage read, no background', async () => {
    const { opened, read, restore } = open(firstRead(storedCatalogue(), [WATCHGUARD]));
    const catalogue = await opened;
    expect(catalogue.isLoaded([WATCHGUARD])).toBe(true);
    expect(catalogue.resolve([WATCHGUARD]).map((profile) => profile.id)).toEqual([WATCHGUARD]);
    expect(catalogue.integrations.map((option) => option.id)).toEqual(
      manageProfiles.map((profile) => profile.id),
    );
    expect(catalogue.shortName(WATCHGUARD)).toBe('WatchGuard Cloud');
    expect(catalogue.has('rewst-automate')).toBe(false);
    expect(catalogue.hasFeature('n-central-psa/time-entries')).toBe(true);
    expect(read).not.toHaveBeenCalled();
    expect(restore).not.toHaveBeenCalled();
  });

  it('reads a profile picked later from storage, only that one, in catalogue order', async () => {
    const { opened, read, restore } = open(firstRead(storedCatalogue(), [NINJA]));
    const catalogue = await opened;
    expect(catalogue.isLoaded([NINJA, WATCHGUARD])).toBe(false);
    await catalogue.load([NINJA, WATCHGUARD]);
    expect(read).toHaveBeenCalledWith([catalogueProfileKey(WATCHGUARD)]);
    expect(catalogue.resolve([NINJA, WATCHGUARD]).map((profile) => profile.id)).toEqual([WATCHGUARD, NINJA]);
    expect(restore).not.toHaveBeenCalled();
  });

  it('asks the background once when the index is missing or of another version, then reads it', async () => {
    for (const index of [undefined, { version: 'older', profiles: [] }]) {
      const stored: Record<string, unknown> = {};
      const { opened, restore } = open(index ? { [CATALOGUE_INDEX_KEY]: index } : {}, stored);
      const catalogue = await opened;
      await catalogue.load([WATCHGUARD]);
      expect(catalogue.isLoaded([WATCHGUARD])).toBe(true);
      expect(restore).toHaveBeenCalledTimes(1);
    }
  });

  it('asks the background when a profile is damaged, and says so when it cannot be had', async () => {
    const stored = storedCatalogue();
    stored[catalogueProfileKey(WATCHGUARD)] = { version: CATALOGUE_VERSION, profile: { id: WATCHGUARD } };
    const repaired = open(firstRead(stored, []), stored);
    await (await repaired.opened).load([WATCHGUARD]);
    expect(repaired.restore).toHaveBeenCalledTimes(1);

    const broken = storedCatalogue();
    delete broken[catalogueProfileKey(WATCHGUARD)];
    const { opened, restore } = open(firstRead(broken, []), broken, false);
    await expect((await opened).load([WATCHGUARD])).rejects.toThrow(CATALOGUE_UNAVAILABLE);
    expect(restore).toHaveBeenCalledTimes(1);
  });

  it('rejects with what to tell the admin when neither storage nor the background has it', async () => {
    const { opened } = open({}, {}, false);
    await expect(opened).rejects.toThrow(CATALOGUE_UNAVAILABLE);
    const failing = openPageCatalogue(Promise.resolve({}), CATALOGUE_VERSION, {
      read: async () => ({}),
      restore: async () => {
        throw new Error('no worker');
      },
    });
    await expect(failing).rejects.toThrow(CATALOGUE_UNAVAILABLE);
  });

  it('refuses ids it does not know and an empty selection, as the audit engine does', async () => {
    const catalogue = await open(firstRead(storedCatalogue(), [WATCHGUARD])).opened;
    expect(() => catalogue.resolve(['rewst-automate'])).toThrow(PermissionsInputError);
    expect(() => catalogue.resolve([])).toThrow(/Select at least one integration/);
  });
});
