import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMemoryStorageArea, type StorageAreaLike } from '@/lib/extension/storage-area';
import {
  ACCESS_IDS_KEY,
  CONNECTION_DRAFT_KEY,
  createRegionStore,
  MAX_KNOWN_ACCESS_IDS,
} from '@/lib/regions/background/store';

const draft = {
  vendor: 'watchguard',
  region: 'emea',
  authUrl: 'https://api.deu.cloud.watchguard.com/oauth/token',
  apiUrl: 'https://api.deu.cloud.watchguard.com/rest/endpoint-security/management',
  accountId: 'WGC-3-981e96282dcc4ad0856c',
  accessId: 'rw_7f3c2a',
} as const;

function clock(start = Date.parse('2026-03-01T10:00:00.000Z')) {
  let now = start;
  return { now: () => new Date(now), advance: (ms: number) => (now += ms) };
}

describe.each([
  ['in-memory area', () => createMemoryStorageArea()],
  // The extension passes browser.storage.local; WXT's fake browser stands in for it.
  ['browser.storage.local', () => fakeBrowser.storage.local as unknown as StorageAreaLike],
])('region store on %s', (_name, makeArea) => {
  it('remembers access-ID pairs, most recent first, refreshing a pair seen again', async () => {
    const time = clock();
    const store = createRegionStore(makeArea(), time.now);
    expect(await store.rememberAccessIds({ readOnly: 'ro_1', readWrite: 'rw_1', region: 'na' })).toBe(1);
    time.advance(1000);
    expect(await store.rememberAccessIds({ readOnly: 'ro_2' })).toBe(2);
    time.advance(1000);
    expect(await store.rememberAccessIds({ readOnly: 'ro_1', readWrite: 'rw_1b' })).toBe(2);

    const known = await store.listAccessIds();
    expect(known.map((pair) => [pair.readOnly, pair.readWrite])).toEqual([
      ['ro_1', 'rw_1b'],
      ['ro_2', undefined],
    ]);
    expect(known[0]?.seenAt).toBe('2026-03-01T10:00:02.000Z');
  });

  it(`keeps at most ${MAX_KNOWN_ACCESS_IDS} pairs, dropping the oldest`, async () => {
    const store = createRegionStore(makeArea());
    for (let i = 0; i < MAX_KNOWN_ACCESS_IDS + 3; i++) await store.rememberAccessIds({ readOnly: `ro_${i}` });
    const known = await store.listAccessIds();
    expect(known).toHaveLength(MAX_KNOWN_ACCESS_IDS);
    expect(known[0]?.readOnly).toBe(`ro_${MAX_KNOWN_ACCESS_IDS + 2}`);
    expect(known.some((pair) => pair.readOnly === 'ro_0')).toBe(false);
  });

  it('keeps the intact pairs when one stored record is damaged', async () => {
    const area = makeArea();
    await area.set({
      [ACCESS_IDS_KEY]: [
        { readOnly: 'ro_ok', seenAt: '2026-03-01T10:00:00.000Z' },
        { readOnly: 'has a space', seenAt: '2026-03-01T10:00:00.000Z' },
        'junk',
      ],
    });
    const store = createRegionStore(area);
    expect((await store.listAccessIds()).map((pair) => pair.readOnly)).toEqual(['ro_ok']);
  });

  it('answers an empty list when nothing, or something that is not a list, is stored', async () => {
    const area = makeArea();
    expect(await createRegionStore(area).listAccessIds()).toEqual([]);
    await area.set({ [ACCESS_IDS_KEY]: { readOnly: 'ro' } });
    expect(await createRegionStore(area).listAccessIds()).toEqual([]);
  });

  it('holds one connection draft: a new one replaces it, clear removes it', async () => {
    const time = clock();
    const store = createRegionStore(makeArea(), time.now);
    expect(await store.getConnectionDraft()).toBeNull();
    await store.saveConnectionDraft({ ...draft, accessId: 'rw_old' });
    time.advance(5000);
    const saved = await store.saveConnectionDraft(draft);
    expect(saved.createdAt).toBe('2026-03-01T10:00:05.000Z');
    expect(await store.getConnectionDraft()).toEqual({ ...draft, createdAt: '2026-03-01T10:00:05.000Z' });
    await store.clearConnectionDraft();
    expect(await store.getConnectionDraft()).toBeNull();
  });

  it('treats a damaged stored draft as no draft', async () => {
    const area = makeArea();
    await area.set({ [CONNECTION_DRAFT_KEY]: { ...draft, authUrl: 'http://insecure.example' } });
    expect(await createRegionStore(area).getConnectionDraft()).toBeNull();
  });

  it('refuses to store a draft that carries a password', async () => {
    const store = createRegionStore(makeArea());
    await expect(
      store.saveConnectionDraft({ ...draft, password: 'hunter2' } as unknown as typeof draft),
    ).rejects.toThrow();
    expect(await store.getConnectionDraft()).toBeNull();
  });
});

describe('the pending connection draft', () => {
  it('lives in the draft area (storage.session in the extension), never in storage.local', async () => {
    const local = createMemoryStorageArea();
    const session = createMemoryStorageArea();
    const store = createRegionStore(local, undefined, session);
    await store.saveConnectionDraft({ ...draft, apiKey: 'wg-api-key-1234' });
    expect((await local.get(CONNECTION_DRAFT_KEY))[CONNECTION_DRAFT_KEY]).toBeUndefined();
    expect(await store.getConnectionDraft()).toMatchObject({ apiKey: 'wg-api-key-1234' });
    await store.clearConnectionDraft();
    expect((await session.get(CONNECTION_DRAFT_KEY))[CONNECTION_DRAFT_KEY]).toBeUndefined();
  });
});
