import { describe, expect, it } from 'vitest';
import { createBackgroundRouter } from '@/lib/background/router';
import { createMemoryStorageArea, type StorageAreaLike } from '@/lib/extension/storage-area';
import type { MappingSource } from '@/lib/mapping/background/service';
import { MappingStoreError } from '@/lib/mapping/errors';
import { MemoryMappingStore } from '@/lib/mapping/memory-store';
import type { commands } from '@/lib/messaging';
import { left, PAIR, right } from './fixtures';

const page = { id: 'ext', url: 'chrome-extension://ext/options.html' };
const portal = { id: 'ext', url: 'https://na.myconnectwise.net/v4_6_release/home.html', tab: { id: 3 } };

const acme = left('a1', 'Acme Dental GmbH');
const muller = left('a2', 'Müller Logistik');
const summit = left('a3', 'Summit Dental', { externalIds: ['c3'] });
const orion = left('a4', 'Orion Legal');
const cAcme = right('c1', 'ACME DENTAL');
const cMuller = right('c2', 'Muller Logistik Services');
const cSummit = right('c3', 'Summit Dentistry');
const cOrion = right('c4', 'Orion Legal');

function setup(
  options: {
    area?: StorageAreaLike;
    store?: MemoryMappingStore;
    describeError?: MappingSource['describeError'];
  } = {},
) {
  const store =
    options.store ??
    new MemoryMappingStore({ entities: [acme, muller, summit, orion, cAcme, cMuller, cSummit, cOrion] });
  let notify: (connectionId: string) => void = () => {};
  const source: MappingSource = {
    store,
    connections: async () => [
      { id: 'wg', label: 'WatchGuard', entityCount: 4 },
      { id: 'rmm', label: 'RMM', entityCount: 4 },
    ],
    onEntitiesChanged: (listener) => {
      notify = listener;
    },
    ...(options.describeError ? { describeError: options.describeError } : {}),
  };
  const route = createBackgroundRouter({
    version: '0.0.0',
    extensionId: 'ext',
    extensionOrigin: 'chrome-extension://ext',
    startedAt: new Date(),
    localStorage: options.area ?? createMemoryStorageArea(),
    mappingSource: source,
  });
  const call = async <K extends keyof typeof commands>(command: K, payload: unknown, sender = page) =>
    // biome-ignore lint/suspicious/noExplicitAny: the router answers with the command's response type.
    (await route({ command, payload }, sender)) as { ok: true; data: any } | { ok: false; error: any };
  const data = async <K extends keyof typeof commands>(command: K, payload: unknown) => {
    const result = await call(command, payload);
    if (!result.ok) throw new Error(`${command}: ${result.error.message}`);
    return result.data;
  };
  const view = (query: object = {}, refresh = false) =>
    data('mappingPairView', { pair: PAIR, query, refresh });
  return { store, call, data, view, changed: (id: string) => notify(id) };
}

describe('mapping commands', () => {
  it('serve extension pages only', async () => {
    const { call } = setup();
    expect(await call('mappingConnections', {}, portal)).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
    expect(await call('mappingConnections', {})).toMatchObject({
      ok: true,
      data: { connections: [{ id: 'wg' }, { id: 'rmm' }] },
    });
  });

  it('list no connections (never sample data) when the router is given no source', async () => {
    const route = createBackgroundRouter({
      version: '0.0.0',
      extensionId: 'ext',
      extensionOrigin: 'chrome-extension://ext',
      startedAt: new Date(),
    });
    expect(await route({ command: 'mappingConnections', payload: {} }, page)).toEqual({
      ok: true,
      data: { connections: [] },
    });
  });

  it('refuses a pair of one connection with itself', async () => {
    const { call } = setup();
    const result = await call('mappingPairView', {
      pair: { leftConnectionId: 'wg', rightConnectionId: 'wg' },
      query: {},
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringContaining('Pick two different connections.') },
    });
  });

  it('sends one page with pair-wide counts and the settings', async () => {
    const { view } = setup();
    const { page: first, settings } = await view({ limit: 2 });
    expect(first.rows).toHaveLength(2);
    expect(first).toMatchObject({
      total: 4,
      counts: { all: 4, suggested: 4 },
      progress: { mapped: 0, total: 4 },
      lastChange: null,
    });
    expect(settings).toEqual({ autoApplyExact: false, minScore: 0.5, bulkThreshold: 0.9, oneToOne: true });
  });

  it('accepts, then undoes, with the Undo button describing the change', async () => {
    const { data, view } = setup();
    expect(
      await data('mappingApplyAction', {
        pair: PAIR,
        action: { kind: 'accept', leftKey: muller.key, rightKey: cMuller.key },
      }),
    ).toEqual({
      summary: 'Mapped Müller Logistik to Muller Logistik Services.',
    });
    const after = (await view()).page;
    expect(after.progress.mapped).toBe(1);
    expect(after.lastChange).toMatchObject({ action: 'accept', label: 'Accept (1 mapped)', by: 'you' });
    expect(await data('mappingUndo', { pair: PAIR })).toEqual({ summary: 'Undone: Accept (1 mapped).' });
    expect((await view()).page).toMatchObject({ progress: { mapped: 0 }, lastChange: null });
    expect(await data('mappingUndo', { pair: PAIR })).toEqual({ summary: 'There is nothing to undo.' });
  });

  it('asks before moving a company from another account, with a detail the screen can act on', async () => {
    const { call, data } = setup();
    await data('mappingApplyAction', {
      pair: PAIR,
      action: { kind: 'accept', leftKey: orion.key, rightKey: cOrion.key },
    });
    const asked = await call('mappingApplyAction', {
      pair: PAIR,
      action: { kind: 'accept', leftKey: acme.key, rightKey: cOrion.key },
    });
    expect(asked).toMatchObject({
      ok: false,
      error: {
        code: 'handler-failed',
        message: 'Orion Legal is already mapped to Orion Legal.',
        detail: { needsMove: true },
      },
    });
    const moved = await call('mappingApplyAction', {
      pair: PAIR,
      action: { kind: 'accept', leftKey: acme.key, rightKey: cOrion.key, moveFromOthers: true },
    });
    expect(moved).toMatchObject({ ok: true });
  });

  it('runs edits one at a time, so a double click cannot map one company twice', async () => {
    const { call, view } = setup();
    const accept = (leftKey: string) =>
      call('mappingApplyAction', { pair: PAIR, action: { kind: 'accept', leftKey, rightKey: cOrion.key } });
    const [first, second] = await Promise.all([accept(orion.key), accept(acme.key)]);
    expect(first.ok).toBe(true);
    expect(second).toMatchObject({ ok: false, error: { detail: { needsMove: true } } });
    expect((await view()).page.progress.mapped).toBe(1);
  });

  it('bulk-accepts the confident suggestions in view', async () => {
    const { data, view } = setup();
    expect((await view()).page.bulkEligible).toBe(3);
    expect(
      await data('mappingApplyAction', {
        pair: PAIR,
        action: { kind: 'bulk-accept', threshold: 0.9, filter: 'all', search: '' },
      }),
    ).toEqual({ summary: 'Accepted 3 suggestions.' });
    expect((await view()).page.progress).toEqual({ mapped: 3, total: 4 });
  });

  it('auto-applies exact matches only once turned on, and does not bring back an undone one', async () => {
    const { data, view, store, changed } = setup();
    expect((await view()).page.progress.mapped).toBe(0);
    const on = { autoApplyExact: true, minScore: 0.5, bulkThreshold: 0.9, oneToOne: true };
    await data('mappingSaveSettings', { pair: PAIR, settings: on });
    const applied = (await view({ filter: 'mapped' })).page;
    expect(
      applied.rows.map((row: { entity: { name: string }; mapping: { origin: string } }) => [
        row.entity.name,
        row.mapping.origin,
      ]),
    ).toEqual([
      ['Acme Dental GmbH', 'auto'],
      ['Orion Legal', 'auto'],
      ['Summit Dental', 'auto'],
    ]);
    expect(applied.lastChange).toMatchObject({
      label: 'Auto-map exact matches (3 mapped)',
      by: 'auto-mapping',
    });
    await data('mappingUndo', { pair: PAIR });
    expect((await view({}, true)).page.progress.mapped).toBe(0);
    // A company synced later is matched on the next load.
    const later = '2026-01-09T08:00:00.000Z';
    store.putEntities([
      left('a9', 'Falcon Studio', { firstSeen: later }),
      right('c9', 'FALCON STUDIO', { firstSeen: later }),
    ]);
    changed('rmm');
    const next = (await view({ filter: 'mapped' })).page;
    expect(next.rows.map((row: { entity: { name: string } }) => row.entity.name)).toEqual(['Falcon Studio']);
  });

  it('keeps settings per pair in storage, and re-matches when the minimum score changes', async () => {
    const area = createMemoryStorageArea();
    const first = setup({ area });
    const strict = { autoApplyExact: false, minScore: 0.9, bulkThreshold: 0.95, oneToOne: true };
    expect(await first.data('mappingSaveSettings', { pair: PAIR, settings: strict })).toEqual({
      settings: strict,
    });
    expect((await first.view()).page.counts.suggested).toBe(3);
    const second = setup({ area });
    expect((await second.view()).settings).toEqual(strict);
  });

  it('exports, previews an import without changing anything, and applies it on confirm', async () => {
    const { data, call, view } = setup();
    const exported = await data('mappingExport', { pair: PAIR, format: 'csv' });
    expect(exported.fileName).toMatch(/^mappings-wg-rmm-\d{4}-\d{2}-\d{2}\.csv$/);
    const file = exported.content.replace(
      'wg,account,a1,Acme Dental GmbH,,,,',
      'wg,account,a1,Acme Dental GmbH,rmm,company,c1',
    );
    const preview = await data('mappingImportPreview', {
      pair: PAIR,
      fileName: 'mine.csv',
      content: `${file}wg,account,zz,,,,,,,,,,\r\n`,
    });
    expect(preview).toMatchObject({
      rowCount: 5,
      counts: { added: 1, errors: 1, unchanged: 3 },
      errors: [{ row: 6, field: 'left_vendor_id' }],
    });
    expect((await view()).page.progress.mapped).toBe(0);
    expect(
      await data('mappingImportApply', {
        pair: PAIR,
        fileName: 'mine.csv',
        content: file,
        digest: preview.digest,
      }),
    ).toEqual({
      summary: 'Imported mine.csv: 1 added, 0 reassigned, 0 removed.',
    });
    const mapped = (await view({ filter: 'mapped' })).page.rows[0];
    expect(mapped.mapping).toMatchObject({ origin: 'imported', createdBy: 'import mine.csv' });
    // The same confirm again: the data moved on, so the old digest no longer matches.
    expect(
      await call('mappingImportApply', {
        pair: PAIR,
        fileName: 'mine.csv',
        content: file,
        digest: preview.digest,
      }),
    ).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/changed since the preview/), detail: { stale: true } },
    });
  });

  it('refuses a file that is not a mapping file with its reason, changing nothing', async () => {
    const { call, view } = setup();
    const result = await call('mappingImportPreview', {
      pair: PAIR,
      fileName: 'photo.png',
      content: '\u0000PNG',
    });
    expect(result).toMatchObject({
      ok: false,
      error: { message: 'This is not a text file: export mappings as CSV or JSON.' },
    });
    expect((await view()).page.lastChange).toBeNull();
  });

  it('lists right entities for the "map to" picker with who holds them', async () => {
    const { data } = setup();
    await data('mappingApplyAction', {
      pair: PAIR,
      action: { kind: 'accept', leftKey: orion.key, rightKey: cOrion.key },
    });
    expect(await data('mappingTargets', { pair: PAIR, search: 'orion' })).toEqual({
      targets: [{ key: cOrion.key, vendorId: 'c4', name: 'Orion Legal', mappedTo: ['Orion Legal'] }],
    });
  });

  it('still offers Undo after more undos than one page of the audit log', async () => {
    const { data, view } = setup();
    // 60 edits, then 59 undos: only the very first edit is left to undo, far behind 59 undo entries.
    for (let i = 0; i < 30; i++) {
      await data('mappingApplyAction', {
        pair: PAIR,
        action: { kind: 'accept', leftKey: acme.key, rightKey: cMuller.key },
      });
      await data('mappingApplyAction', { pair: PAIR, action: { kind: 'unmap', leftKey: acme.key } });
    }
    for (let i = 0; i < 59; i++) await data('mappingUndo', { pair: PAIR });
    expect((await view()).page.lastChange).toMatchObject({ action: 'accept' });
  });

  it('passes the store’s refusal on in its own words, and reloads what is stored', async () => {
    const store = new MemoryMappingStore({ entities: [acme, cAcme] });
    store.apply = async () => {
      throw new MappingStoreError('That mapping no longer exists: reload the table and try again.');
    };
    const { call, view } = setup({ store });
    const result = await call('mappingApplyAction', {
      pair: PAIR,
      action: { kind: 'accept', leftKey: acme.key, rightKey: cAcme.key },
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'handler-failed',
        message: 'That mapping no longer exists: reload the table and try again.',
      },
    });
    expect((await view()).page.progress.mapped).toBe(0);
  });

  it('shows another store’s refusals only when the source describes them', async () => {
    class DatabaseRefusal extends Error {}
    const failing = () => {
      const store = new MemoryMappingStore({ entities: [acme, cAcme] });
      store.apply = async () => {
        throw new DatabaseRefusal('stored mapping damaged');
      };
      return store;
    };
    const accept = { pair: PAIR, action: { kind: 'accept', leftKey: acme.key, rightKey: cAcme.key } };
    const described = setup({
      store: failing(),
      describeError: (error) =>
        error instanceof DatabaseRefusal ? `Database: ${error.message}.` : undefined,
    });
    expect(await described.call('mappingApplyAction', accept)).toMatchObject({
      ok: false,
      error: { message: 'Database: stored mapping damaged.' },
    });
    const silent = setup({ store: failing() });
    expect(await silent.call('mappingApplyAction', accept)).toMatchObject({
      ok: false,
      error: { message: '"mappingApplyAction" failed unexpectedly.' },
    });
  });
});
