import { describe, expect, it, vi } from 'vitest';
import { createMemoryStorageArea } from '@/lib/extension/storage-area';
import { CATALOGUE_VERSION, manageProfiles } from '@/lib/permissions/catalogue';
import { deliverManageCatalogue } from '@/lib/role-checker/background/catalogue-delivery';
import { CATALOGUE_INDEX_KEY, catalogueProfileKey } from '@/lib/role-checker/catalogue-item';

describe('the Manage catalogue written for the role checker page', () => {
  it('is written when missing: an index of every Manage profile, and each profile under its key', async () => {
    const area = createMemoryStorageArea();
    await deliverManageCatalogue(area, manageProfiles, CATALOGUE_VERSION);
    const index = (await area.get(CATALOGUE_INDEX_KEY))[CATALOGUE_INDEX_KEY] as {
      version: string;
      profiles: { id: string }[];
    };
    expect(index.version).toBe(CATALOGUE_VERSION);
    expect(index.profiles.map((entry) => entry.id)).toEqual(manageProfiles.map((profile) => profile.id));
    const first = manageProfiles[0]!;
    expect((await area.get(catalogueProfileKey(first.id)))[catalogueProfileKey(first.id)]).toEqual({
      version: CATALOGUE_VERSION,
      profile: first,
    });
  });

  it('is left alone when current, and rewritten when stale or when a page asks', async () => {
    const area = createMemoryStorageArea();
    await deliverManageCatalogue(area, manageProfiles, CATALOGUE_VERSION);
    const set = vi.spyOn(area, 'set');
    await deliverManageCatalogue(area, manageProfiles, CATALOGUE_VERSION);
    expect(set).not.toHaveBeenCalled();
    await deliverManageCatalogue(area, manageProfiles, CATALOGUE_VERSION, true);
    expect(set).toHaveBeenCalled();
    set.mockClear();
    await deliverManageCatalogue(area, manageProfiles, 'newer');
    expect(set).toHaveBeenCalled();
  });

  it('removes the profiles an older catalogue had and this one dropped', async () => {
    const area = createMemoryStorageArea();
    await deliverManageCatalogue(area, manageProfiles, 'older');
    const [dropped, ...kept] = manageProfiles;
    await deliverManageCatalogue(area, kept, CATALOGUE_VERSION);
    expect(await area.get(catalogueProfileKey(dropped!.id))).toEqual({});
    expect(Object.keys(await area.get(catalogueProfileKey(kept[0]!.id)))).toHaveLength(1);
  });
});
