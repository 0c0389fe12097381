import { describe, expect, it } from 'vitest';
import { type ActionContext, MappingActionError, planAction } from '@/lib/mapping/actions';
import { MemoryMappingStore } from '@/lib/mapping/memory-store';
import { buildPairModel, type PairData } from '@/lib/mapping/pair-view';
import { type MappingAction, mappingActionSchema } from '@/lib/mapping/schemas';
import { left, mapping, PAIR, right } from './fixtures';

const acme = left('a1', 'Acme Dental GmbH');
const muller = left('a2', 'Müller Logistik');
const summit = left('a3', 'Summit Dental', { externalIds: ['c3'] });
const orion = left('a4', 'Orion Legal');
const gone = left('a5', 'Gone Away Ltd', { removedAt: '2026-01-06T09:00:00.000Z' });
const cAcme = right('c1', 'ACME DENTAL');
const cMuller = right('c2', 'Muller Logistik Services');
const cSummit = right('c3', 'Summit Dentistry');
const cOrion = right('c4', 'Orion Legal');
const cGone = right('c5', 'Old Company', { removedAt: '2026-01-06T09:00:00.000Z' });

const NOW = new Date('2026-02-01T10:00:00.000Z');
const context = (oneToOne = true): ActionContext => ({ pair: PAIR, now: NOW, by: 'you', oneToOne });
const data = (extra: Partial<PairData> = {}): PairData => ({
  left: [acme, muller, summit, orion, gone],
  right: [cAcme, cMuller, cSummit, cOrion, cGone],
  mappings: [mapping(orion, cOrion)],
  rejections: new Set(),
  ...extra,
});
const plan = (
  action: Partial<MappingAction> & { kind: MappingAction['kind'] },
  extra?: Partial<PairData>,
  oneToOne = true,
) =>
  planAction(buildPairModel(data(extra), { oneToOne }), mappingActionSchema.parse(action), context(oneToOne));
const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof MappingActionError) return error;
    throw error;
  }
  throw new Error('expected a MappingActionError');
};

describe('planAction', () => {
  it('accepts a suggestion as a manual mapping carrying its score and reason', () => {
    const planned = plan({ kind: 'accept', leftKey: muller.key, rightKey: cMuller.key });
    expect(planned.summary).toBe('Mapped Müller Logistik to Muller Logistik Services.');
    expect(planned.changes).toEqual([
      {
        kind: 'map',
        mapping: expect.objectContaining({
          leftKey: muller.key,
          rightKey: cMuller.key,
          origin: 'manual',
          createdBy: 'you',
          createdAt: NOW.toISOString(),
          confidence: expect.any(Number),
          note: expect.stringMatching(/^Accepted suggestion\. Similar name/),
        }),
      },
    ]);
    const confidence = (planned.changes[0] as { mapping: { confidence: number } }).mapping.confidence;
    expect(confidence).toBeLessThan(1);
  });

  it('accepts a company that was not suggested, chosen by hand', () => {
    const planned = plan({ kind: 'accept', leftKey: acme.key, rightKey: cSummit.key });
    expect(planned.changes[0]).toMatchObject({ mapping: { confidence: 1, note: 'Chosen by hand' } });
  });

  it('reassigns a mapped row in one batch, and refuses to accept over an existing mapping', () => {
    expect(plan({ kind: 'reassign', leftKey: orion.key, rightKey: cAcme.key }).changes).toEqual([
      { kind: 'unmap', mappingId: mapping(orion, cOrion).id },
      { kind: 'map', mapping: expect.objectContaining({ rightKey: cAcme.key }) },
    ]);
    expect(refusal(() => plan({ kind: 'accept', leftKey: orion.key, rightKey: cAcme.key })).message).toMatch(
      /mapped meanwhile/,
    );
    expect(
      refusal(() => plan({ kind: 'reassign', leftKey: orion.key, rightKey: cOrion.key })).message,
    ).toMatch(/already mapped to Orion Legal/);
  });

  it('asks before taking a company from another account, one-to-one, and moves it when confirmed', () => {
    const asked = refusal(() => plan({ kind: 'accept', leftKey: acme.key, rightKey: cOrion.key }));
    expect(asked.detail).toEqual({ needsMove: true, others: ['Orion Legal'] });
    const moved = plan({ kind: 'accept', leftKey: acme.key, rightKey: cOrion.key, moveFromOthers: true });
    expect(moved.changes.map((change) => change.kind)).toEqual(['unmap', 'map']);
    expect(moved.summary).toMatch(/taken from another account/);
    const shared = plan({ kind: 'accept', leftKey: acme.key, rightKey: cOrion.key }, {}, false);
    expect(shared.changes.map((change) => change.kind)).toEqual(['map']);
  });

  it('rejects a suggestion, but not the pair that is mapped', () => {
    expect(plan({ kind: 'reject', leftKey: acme.key, rightKey: cAcme.key }).changes).toEqual([
      { kind: 'reject', leftKey: acme.key, rightKey: cAcme.key },
    ]);
    expect(refusal(() => plan({ kind: 'reject', leftKey: orion.key, rightKey: cOrion.key })).message).toMatch(
      /unmap it instead/,
    );
  });

  it('unmaps and rejects the pair so it is not suggested straight back', () => {
    expect(plan({ kind: 'unmap', leftKey: orion.key }).changes).toEqual([
      { kind: 'unmap', mappingId: mapping(orion, cOrion).id },
      { kind: 'reject', leftKey: orion.key, rightKey: cOrion.key },
    ]);
    expect(refusal(() => plan({ kind: 'unmap', leftKey: acme.key })).message).toMatch(/not mapped/);
  });

  it('refuses removed and unknown entities with a reason', () => {
    expect(refusal(() => plan({ kind: 'accept', leftKey: gone.key, rightKey: cAcme.key })).message).toMatch(
      /removed in the last sync/,
    );
    expect(refusal(() => plan({ kind: 'accept', leftKey: acme.key, rightKey: cGone.key })).message).toMatch(
      /removed in the last sync/,
    );
    expect(
      refusal(() => plan({ kind: 'accept', leftKey: 'wg/account/zz', rightKey: cAcme.key })).message,
    ).toMatch(/no longer in the table/);
  });

  it('bulk-accepts the confident suggestions in view, never two for one company', () => {
    const twin = left('a6', 'ACME DENTAL LLC');
    const planned = plan(
      { kind: 'bulk-accept', threshold: 0.9, filter: 'all', search: '' },
      {
        left: [acme, muller, summit, orion, twin],
      },
    );
    // The Acme twins conflict over one company, so only Summit (external id) qualifies.
    expect(planned.changes.map((change) => change.kind === 'map' && change.mapping.leftKey)).toEqual([
      summit.key,
    ]);
    expect(planned.summary).toBe('Accepted 1 suggestion.');
    const withSearch = plan({ kind: 'bulk-accept', threshold: 0.5, filter: 'suggested', search: 'müller' });
    expect(withSearch.changes).toHaveLength(1);
    expect(
      refusal(() => plan({ kind: 'bulk-accept', threshold: 1, filter: 'all', search: 'orion' })).message,
    ).toMatch(/No suggestion scores 1 or more/);
  });

  it('produces batches the store accepts, and Undo brings the table back', async () => {
    const store = new MemoryMappingStore({
      entities: [...data().left, ...data().right],
      mappings: data().mappings,
    });
    const load = async () =>
      buildPairModel(
        {
          left: await store.entities('wg'),
          right: await store.entities('rmm'),
          mappings: await store.mappings(PAIR),
          rejections: await store.rejections(PAIR),
        },
        {},
      );
    const before = await load();
    const bulk = planAction(
      before,
      mappingActionSchema.parse({ kind: 'bulk-accept', threshold: 0.9, filter: 'all', search: '' }),
      context(),
    );
    await store.apply(PAIR, bulk.changes, bulk.action, 'you');
    const after = await load();
    expect(after.progress.mapped).toBe(before.progress.mapped + bulk.changes.length);
    const unmap = planAction(after, { kind: 'unmap', leftKey: orion.key }, context());
    await store.apply(PAIR, unmap.changes, unmap.action, 'you');
    expect((await load()).row(orion.key)).toMatchObject({ state: 'unmapped', candidates: [] });
    await store.undoLast(PAIR, 'you');
    await store.undoLast(PAIR, 'you');
    expect((await load()).counts).toEqual(before.counts);
  });
});
