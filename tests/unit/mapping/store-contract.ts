/**
 * The MappingStore contract as tests, for every implementation: the in-memory store runs it in
 * memory-store.test.ts; the IndexedDB store (lib/db) can run the same suite with its own factory.
 */
import { describe, expect, it } from 'vitest';
import { rejectionKey } from '@/lib/mapping/plan';
import type { EntityRecord, MappingStore } from '@/lib/mapping/store';
import { left, mapping, PAIR, right } from './fixtures';

export type StoreFactory = (seed: { entities: EntityRecord[] }) => Promise<MappingStore>;

const a1 = left('a1', 'Acme');
const a2 = left('a2', 'Orion', { removedAt: '2026-01-06T08:00:00.000Z' });
const c1 = right('c1', 'ACME Inc');
const c2 = right('c2', 'Orion Ltd');
const OTHER_PAIR = { leftConnectionId: 'wg', rightConnectionId: 'psa' };

export function describeMappingStoreContract(name: string, create: StoreFactory) {
  const store = () => create({ entities: [a1, a2, c1, c2] });

  describe(`${name}: MappingStore contract`, () => {
    it('lists a connection’s entities, removed ones included', async () => {
      const entities = await (await store()).entities('wg');
      expect(entities.map((e) => e.key).sort()).toEqual([a1.key, a2.key]);
      expect(entities.find((e) => e.key === a2.key)?.removedAt).toBeDefined();
    });

    it('applies a batch, writes one audit entry and keeps pairs apart', async () => {
      const s = await store();
      const entry = await s.apply(PAIR, [{ kind: 'map', mapping: mapping(a1, c1) }], 'accept', 'you');
      expect(entry).toMatchObject({
        action: 'accept',
        by: 'you',
        added: [{ id: mapping(a1, c1).id }],
        removed: [],
      });
      expect(await s.mappings(PAIR)).toEqual([mapping(a1, c1)]);
      expect(await s.mappings(OTHER_PAIR)).toEqual([]);
      expect(await s.auditLog(PAIR, 10)).toHaveLength(1);
    });

    it('changes nothing when any change in a batch is refused', async () => {
      const s = await store();
      await expect(
        s.apply(
          PAIR,
          [
            { kind: 'map', mapping: mapping(a1, c1) },
            { kind: 'unmap', mappingId: 'not-there' },
          ],
          'accept',
          'you',
        ),
      ).rejects.toThrow(/no longer exists/);
      expect(await s.mappings(PAIR)).toEqual([]);
      expect(await s.auditLog(PAIR, 10)).toEqual([]);
    });

    it('refuses records of another pair, a wrong id or a bad shape', async () => {
      const s = await store();
      const refused = [
        { ...mapping(a1, c1), rightConnectionId: 'psa' },
        { ...mapping(a1, c1), id: 'made-up' },
        { ...mapping(a1, c1), confidence: 2 },
        mapping(c1, a1),
      ];
      for (const record of refused) {
        await expect(s.apply(PAIR, [{ kind: 'map', mapping: record }], 'accept', 'you')).rejects.toThrow();
      }
      expect(await s.mappings(PAIR)).toEqual([]);
    });

    it('never maps one left entity twice', async () => {
      const s = await store();
      await s.apply(PAIR, [{ kind: 'map', mapping: mapping(a1, c1) }], 'accept', 'you');
      await expect(
        s.apply(PAIR, [{ kind: 'map', mapping: mapping(a1, c2) }], 'accept', 'you'),
      ).rejects.toThrow(/mapped twice/);
      const reassigned = await s.apply(
        PAIR,
        [
          { kind: 'unmap', mappingId: mapping(a1, c1).id },
          { kind: 'map', mapping: mapping(a1, c2) },
        ],
        'reassign',
        'you',
      );
      expect(reassigned.removed.map((m) => m.rightKey)).toEqual([c1.key]);
      expect(reassigned.added.map((m) => m.rightKey)).toEqual([c2.key]);
    });

    it('records rejections once, and their removal; a batch that changes nothing leaves no entry', async () => {
      const s = await store();
      const reject = { kind: 'reject' as const, leftKey: a1.key, rightKey: c2.key };
      expect((await s.apply(PAIR, [reject], 'reject', 'you')).rejected).toEqual([
        { leftKey: a1.key, rightKey: c2.key },
      ]);
      expect((await s.apply(PAIR, [reject], 'reject', 'you')).rejected).toEqual([]);
      expect(await s.auditLog(PAIR, 10)).toHaveLength(1);
      expect(await s.rejections(PAIR)).toEqual(new Set([rejectionKey(a1.key, c2.key)]));
      const entry = await s.apply(PAIR, [{ ...reject, kind: 'unreject' }], 'unreject', 'you');
      expect(entry.unrejected).toHaveLength(1);
      expect(await s.rejections(PAIR)).toEqual(new Set());
    });

    it('undoes the newest edit first, walks back on repeat, and never undoes an undo', async () => {
      const s = await store();
      await s.apply(PAIR, [{ kind: 'map', mapping: mapping(a1, c1) }], 'accept', 'you');
      await s.apply(
        PAIR,
        [
          { kind: 'unmap', mappingId: mapping(a1, c1).id },
          { kind: 'reject', leftKey: a1.key, rightKey: c1.key },
        ],
        'unmap',
        'you',
      );
      const reverse = await s.undoLast(PAIR, 'you');
      expect(reverse).toMatchObject({
        action: 'undo',
        by: 'you',
        added: [{ id: mapping(a1, c1).id }],
        removed: [],
        unrejected: [{ leftKey: a1.key, rightKey: c1.key }],
      });
      expect(await s.mappings(PAIR)).toEqual([mapping(a1, c1)]);
      expect(await s.rejections(PAIR)).toEqual(new Set());
      expect(await s.undoLast(PAIR, 'you')).toMatchObject({
        action: 'undo',
        removed: [{ id: mapping(a1, c1).id }],
      });
      expect(await s.mappings(PAIR)).toEqual([]);
      expect(await s.undoLast(PAIR, 'you')).toBeNull();
      const log = await s.auditLog(PAIR, 10);
      expect(log.map((entry) => entry.action)).toEqual(['undo', 'undo', 'unmap', 'accept']);
      expect(log.slice(2).every((entry) => entry.undone)).toBe(true);
      expect(await s.auditLog(PAIR, 1)).toHaveLength(1);
    });

    it('hands out copies, so a caller cannot change what is stored', async () => {
      const s = await store();
      await s.apply(PAIR, [{ kind: 'map', mapping: mapping(a1, c1) }], 'accept', 'you');
      (await s.mappings(PAIR))[0]!.note = 'changed outside';
      (await s.entities('wg'))[0]!.name = 'changed outside';
      expect((await s.mappings(PAIR))[0]!.note).toBeUndefined();
      expect((await s.entities('wg')).map((e) => e.name)).not.toContain('changed outside');
    });
  });
}
