import { describe, expect, it } from 'vitest';
import type { MatchEntity } from '@/lib/mapping/matcher';
import { matchPair, type PlanInput, planPair, rejectionKey } from '@/lib/mapping/plan';

const e = (key: string, name: string, extra: Partial<MatchEntity & { removed: boolean }> = {}) => ({
  key,
  vendorId: key,
  name,
  ...extra,
});
const input = (partial: Partial<PlanInput>): PlanInput => ({
  left: [],
  right: [],
  mappings: [],
  rejected: new Set(),
  ...partial,
});
const row = (plan: ReturnType<typeof planPair>, key: string) => plan.rows.find((r) => r.leftKey === key)!;

describe('planPair', () => {
  it('offers an uncontested exact match for auto-apply and a fuzzy one only as a suggestion', () => {
    const plan = planPair(
      input({
        left: [e('a1', 'Acme Inc'), e('a2', 'Copperfield Dental Group')],
        right: [e('c1', 'ACME'), e('c2', 'Copperfield Dental')],
      }),
    );
    expect(row(plan, 'a1').state).toBe('suggested');
    expect(row(plan, 'a2').state).toBe('suggested');
    expect(plan.autoApplicable.map((a) => [a.leftKey, a.candidate.rightKey])).toEqual([['a1', 'c1']]);
  });

  it('leaves manual and imported mappings alone even when a name matches elsewhere better', () => {
    const plan = planPair(
      input({
        left: [e('a1', 'Acme'), e('a2', 'Zenith')],
        right: [e('c1', 'Acme'), e('c2', 'Something else'), e('c3', 'Zenith')],
        mappings: [
          { leftKey: 'a1', rightKey: 'c2', origin: 'manual' },
          { leftKey: 'a2', rightKey: 'c1', origin: 'imported' },
        ],
      }),
    );
    expect(row(plan, 'a1')).toMatchObject({ state: 'mapped', mapping: { rightKey: 'c2', origin: 'manual' } });
    expect(row(plan, 'a2')).toMatchObject({
      state: 'mapped',
      mapping: { rightKey: 'c1', origin: 'imported' },
    });
    expect(plan.autoApplicable).toEqual([]);
  });

  it('shows two accounts claiming one company as a conflict and auto-applies neither', () => {
    const plan = planPair(
      input({ left: [e('a1', 'Acme Inc'), e('a2', 'ACME LLC')], right: [e('c1', 'Acme')] }),
    );
    expect(row(plan, 'a1')).toMatchObject({
      state: 'conflict',
      conflict: { kind: 'shared-target', rightKey: 'c1', otherLeftKeys: ['a2'] },
    });
    expect(row(plan, 'a2')).toMatchObject({
      state: 'conflict',
      conflict: { kind: 'shared-target', otherLeftKeys: ['a1'] },
    });
    expect(plan.autoApplicable).toEqual([]);
  });

  it('keeps the one certain claim and flags the fuzzy rival', () => {
    const plan = planPair(
      input({
        left: [e('a1', 'Summit Dental'), e('a2', 'Summit Dental Denver')],
        right: [e('c1', 'Summit Dental')],
      }),
    );
    expect(row(plan, 'a1').state).toBe('suggested');
    expect(row(plan, 'a2')).toMatchObject({
      state: 'conflict',
      conflict: { kind: 'shared-target', rightKey: 'c1' },
    });
    expect(plan.autoApplicable.map((a) => a.leftKey)).toEqual(['a1']);
  });

  it('flags a certain match whose company is already mapped to another account', () => {
    const plan = planPair(
      input({
        left: [e('a1', 'Acme'), e('a2', 'Acme Inc')],
        right: [e('c1', 'Acme')],
        mappings: [{ leftKey: 'a1', rightKey: 'c1', origin: 'manual' }],
      }),
    );
    expect(row(plan, 'a2')).toMatchObject({
      state: 'conflict',
      conflict: { kind: 'target-mapped', rightKey: 'c1', otherLeftKeys: ['a1'] },
    });
  });

  it('drops fuzzy guesses at companies already taken, one-to-one', () => {
    const plan = planPair(
      input({
        left: [e('a1', 'Acme Dental'), e('a2', 'Acme Dental Lyon')],
        right: [e('c1', 'Acme Dental')],
        mappings: [{ leftKey: 'a1', rightKey: 'c1', origin: 'auto' }],
      }),
    );
    expect(row(plan, 'a2')).toMatchObject({ state: 'unmapped', candidates: [] });
  });

  it('allows many accounts per company when one-to-one is off', () => {
    const plan = planPair(
      input({
        left: [e('a1', 'Acme Dental'), e('a2', 'Acme Dental Lyon')],
        right: [e('c1', 'Acme Dental')],
        mappings: [{ leftKey: 'a1', rightKey: 'c1', origin: 'auto' }],
      }),
      { oneToOne: false },
    );
    expect(row(plan, 'a2')).toMatchObject({ state: 'suggested', candidates: [{ rightKey: 'c1' }] });
  });

  it('reports ambiguous certain matches instead of picking one', () => {
    const plan = planPair(
      input({ left: [e('a1', 'Acme')], right: [e('c1', 'Acme Inc'), e('c2', 'ACME Ltd')] }),
    );
    expect(row(plan, 'a1')).toMatchObject({
      state: 'conflict',
      conflict: { kind: 'ambiguous', rightKeys: ['c1', 'c2'] },
    });
    expect(plan.autoApplicable).toEqual([]);
  });

  it('reports existing mappings that share one company', () => {
    const plan = planPair(
      input({
        left: [e('a1', 'X'), e('a2', 'Y')],
        right: [e('c1', 'Z')],
        mappings: [
          { leftKey: 'a1', rightKey: 'c1', origin: 'imported' },
          { leftKey: 'a2', rightKey: 'c1', origin: 'imported' },
        ],
      }),
    );
    expect(row(plan, 'a1').conflict).toEqual({
      kind: 'duplicate-mapping',
      rightKey: 'c1',
      otherLeftKeys: ['a2'],
    });
  });

  it('does not suggest a rejected pair again, nor removed entities', () => {
    const plan = planPair(
      input({
        left: [e('a1', 'Acme'), e('a2', 'Orion', { removed: true })],
        right: [e('c1', 'Acme'), e('c2', 'Orion')],
        rejected: new Set([rejectionKey('a1', 'c1')]),
      }),
    );
    expect(row(plan, 'a1')).toMatchObject({ state: 'unmapped', candidates: [] });
    expect(row(plan, 'a2')).toMatchObject({ state: 'unmapped', candidates: [] });
  });

  it('never offers a fuzzy match for auto-apply, however high its score', () => {
    const plan = planPair(
      input({
        left: [e('a1', 'Copperfield Dental Group North')],
        right: [e('c1', 'Copperfield Dental Group')],
      }),
    );
    const best = row(plan, 'a1').candidates[0]!;
    expect(best.reason.kind).toBe('similar-name');
    expect(best.score).toBeGreaterThan(0.75);
    expect(plan.autoApplicable).toEqual([]);
  });

  it('keeps scores steady as rows get mapped, so cached matches can be re-planned', () => {
    const base = input({
      left: [e('a1', 'Summit Dental'), e('a2', 'Harbor Dental Group'), e('a3', 'Lakeside Logistics')],
      right: [e('c1', 'Summit Dental'), e('c2', 'Harbor Dental'), e('c3', 'Lakeside Freight')],
    });
    const matches = matchPair(base.left, base.right);
    const before = row(planPair(base, {}, matches), 'a2').candidates[0]!.score;
    const mapped = { ...base, mappings: [{ leftKey: 'a1', rightKey: 'c1', origin: 'manual' as const }] };
    const fresh = planPair(mapped);
    expect(row(fresh, 'a2').candidates[0]!.score).toBe(before);
    expect(planPair(mapped, {}, matches)).toEqual(fresh);
  });

  it('shows removed entities without suggestions, and keeps their mappings visible', () => {
    const plan = planPair(
      input({
        left: [e('a1', 'Acme', { removed: true }), e('a2', 'Orion', { removed: true })],
        right: [e('c1', 'Acme'), e('c2', 'Orion')],
        mappings: [{ leftKey: 'a1', rightKey: 'c1', origin: 'auto' }],
      }),
    );
    expect(row(plan, 'a1')).toMatchObject({ state: 'mapped', mapping: { rightKey: 'c1' } });
    expect(row(plan, 'a2')).toMatchObject({ state: 'unmapped', candidates: [] });
  });
});
