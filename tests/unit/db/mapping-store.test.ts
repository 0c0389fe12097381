import { beforeEach, describe, expect, it } from 'vitest';
import { type CompanionDb, createIdbMappingStore, StoreError } from '@/lib/db';
import { rejectionKey } from '@/lib/mapping/plan';
import type { MappingRecord, MappingStore } from '@/lib/mapping/store';
import { describeMappingStoreContract } from '../mapping/store-contract';
import { steppingClock } from '../support/clock';
import { openTestDb } from '../support/db';

const pair = { leftConnectionId: 'wg', rightConnectionId: 'psa' };
const otherPair = { leftConnectionId: 'rmm', rightConnectionId: 'psa' };

function mapping(left: string, right: string, extra: Partial<MappingRecord> = {}): MappingRecord {
  const leftKey = `wg/account/${left}`;
  const rightKey = `psa/company/${right}`;
  return {
    id: rejectionKey(leftKey, rightKey),
    ...pair,
    leftKey,
    rightKey,
    origin: 'manual',
    confidence: 1,
    createdBy: 'you',
    createdAt: '2025-03-01T10:00:00.000Z',
    ...extra,
  };
}

let db: CompanionDb;
let store: MappingStore;
beforeEach(async () => {
  db = await openTestDb();
  store = createIdbMappingStore(db, steppingClock().now);
});

describe('apply', () => {
  it('writes the batch and one audit entry that records before and after', async () => {
    const a = mapping('A', '1');
    const entry = await store.apply(pair, [{ kind: 'map', mapping: a }], 'accept', 'you');
    expect(entry).toMatchObject({ action: 'accept', by: 'you', added: [a], removed: [], undone: false });
    expect(entry.id).toBeTypeOf('number');
    expect(await store.mappings(pair)).toEqual([a]);
    expect(await store.mappings(otherPair)).toEqual([]);
  });

  it('records a reassignment as the net change, however the batch got there', async () => {
    const a1 = mapping('A', '1');
    await store.apply(pair, [{ kind: 'map', mapping: a1 }], 'accept', 'you');
    const a2 = mapping('A', '2');
    const noted = { ...mapping('A', '2'), note: 'moved' };
    const entry = await store.apply(
      pair,
      [
        { kind: 'unmap', mappingId: a1.id },
        { kind: 'map', mapping: a2 },
        { kind: 'map', mapping: noted },
      ],
      'reassign',
      'you',
    );
    expect(entry.removed).toEqual([a1]);
    expect(entry.added).toEqual([noted]);
    expect(await store.mappings(pair)).toEqual([noted]);
  });

  it('is all or nothing: a stale unmap in the batch leaves everything as it was', async () => {
    const a = mapping('A', '1');
    await store.apply(pair, [{ kind: 'map', mapping: a }], 'accept', 'you');
    const attempt = store.apply(
      pair,
      [
        { kind: 'map', mapping: mapping('B', '2') },
        { kind: 'unmap', mappingId: 'gone' },
      ],
      'bulk-accept',
      'you',
    );
    await expect(attempt).rejects.toMatchObject({ code: 'stale-change' });
    expect(await store.mappings(pair)).toEqual([a]);
    expect(await store.auditLog(pair, 10)).toHaveLength(1);
  });

  it('refuses changes that belong to another pair or are malformed, naming them', async () => {
    const foreign = {
      ...mapping('A', '1'),
      leftKey: 'rmm/company/x',
      id: rejectionKey('rmm/company/x', 'psa/company/1'),
    };
    await expect(store.apply(pair, [{ kind: 'map', mapping: foreign }], 'accept', 'you')).rejects.toThrow(
      /names other connections|not entities of this pair/,
    );
    const badId = { ...mapping('A', '1'), id: 'x' };
    await expect(store.apply(pair, [{ kind: 'map', mapping: badId }], 'accept', 'you')).rejects.toThrow(
      'has an id that does not match its entities',
    );
    await expect(store.apply(pair, [], ' ', 'you')).rejects.toThrow(StoreError);
    expect(await store.mappings(pair)).toEqual([]);
  });

  it('keeps rejections per pair and audits only real changes', async () => {
    const keys = { leftKey: 'wg/account/A', rightKey: 'psa/company/9' };
    await store.apply(pair, [{ kind: 'reject', ...keys }], 'reject', 'you');
    const again = await store.apply(pair, [{ kind: 'reject', ...keys }], 'reject', 'you');
    expect(again.id).toBeUndefined();
    expect(await store.rejections(pair)).toEqual(new Set([rejectionKey(keys.leftKey, keys.rightKey)]));
    expect(await store.auditLog(pair, 10)).toHaveLength(1);
  });
});

describe('undoLast', () => {
  it('reverts the newest step exactly, then the one before, and never an undo', async () => {
    const a = mapping('A', '1');
    const b = mapping('B', '2');
    const keys = { leftKey: 'wg/account/C', rightKey: 'psa/company/3' };
    await store.apply(pair, [{ kind: 'map', mapping: a }], 'accept', 'you');
    await store.apply(
      pair,
      [
        { kind: 'unmap', mappingId: a.id },
        { kind: 'map', mapping: b },
        { kind: 'reject', ...keys },
      ],
      'reassign',
      'you',
    );

    const first = await store.undoLast(pair, 'you');
    expect(first).toMatchObject({ action: 'undo', removed: [b], added: [a], unrejected: [keys] });
    expect(await store.mappings(pair)).toEqual([a]);
    expect(await store.rejections(pair)).toEqual(new Set());

    await store.undoLast(pair, 'you');
    expect(await store.mappings(pair)).toEqual([]);
    expect(await store.undoLast(pair, 'you')).toBeNull();

    const log = await store.auditLog(pair, 10);
    expect(log.map((entry) => [entry.action, entry.undone])).toEqual([
      ['undo', false],
      ['undo', false],
      ['reassign', true],
      ['accept', true],
    ]);
  });

  it('only undoes steps of its own pair', async () => {
    await store.apply(pair, [{ kind: 'map', mapping: mapping('A', '1') }], 'accept', 'you');
    expect(await store.undoLast(otherPair, 'you')).toBeNull();
    expect(await store.mappings(pair)).toHaveLength(1);
  });

  it('refuses to undo a step whose result was changed behind the log', async () => {
    const a = mapping('A', '1');
    await store.apply(pair, [{ kind: 'map', mapping: a }], 'accept', 'you');
    await db.put('mappings', { ...a, note: 'edited elsewhere' });
    await expect(store.undoLast(pair, 'you')).rejects.toMatchObject({ code: 'stale-change' });
    expect((await store.mappings(pair))[0]?.note).toBe('edited elsewhere');
  });
});

describe('reading damaged records', () => {
  it('names what is damaged instead of returning a wrong table', async () => {
    await db.put('mappings', { ...mapping('A', '1'), confidence: 7 } as MappingRecord);
    await expect(store.mappings(pair)).rejects.toThrow(/The stored mapping is damaged \(confidence: /);
  });
});

describeMappingStoreContract('IndexedDB store', async ({ entities }) => {
  const seeded = await openTestDb();
  for (const entity of entities) await seeded.put('entities', entity);
  return createIdbMappingStore(seeded);
});
