import { describe, expect, it } from 'vitest';
import { findMatches, type MatchEntity } from '@/lib/mapping/matcher';
import { companyName } from '../../simulators/core/names';
import { createRng } from '../../simulators/core/prng';
import { findMatchesNaive } from './naive-matcher';

const entity = (key: string, name: string, externalIds?: string[]): MatchEntity => ({
  key,
  vendorId: key.split(':').pop()!,
  name,
  ...(externalIds ? { externalIds } : {}),
});

describe('findMatches', () => {
  it('matches equal normalised names with score 1 and says why', () => {
    const result = findMatches(
      [entity('L:1', 'Müller Dental GmbH')],
      [entity('R:9', 'MULLER DENTAL'), entity('R:8', 'Muller Dental Labs')],
    );
    const [best, next] = result.get('L:1')!;
    expect(best).toEqual({
      rightKey: 'R:9',
      score: 1,
      reason: { kind: 'exact-name', name: 'muller dental' },
    });
    expect(next?.rightKey).toBe('R:8');
    expect(next?.reason.kind).toBe('similar-name');
    expect(next!.score).toBeLessThan(1);
  });

  it('lets an external id the portal carries win over a better name', () => {
    const left = [entity('L:1', 'Acme Dental', ['psa-42'])];
    const right = [entity('R:acme', 'Acme Dental'), entity('R:psa-42', 'Totally Different Name')];
    const [best] = findMatches(left, right).get('L:1')!;
    expect(best).toMatchObject({
      rightKey: 'R:psa-42',
      score: 1,
      reason: { kind: 'external-id', id: 'psa-42' },
    });
  });

  it('finds an external id recorded on the right side too', () => {
    const left = [entity('L:77', 'Whatever')];
    const right = [entity('R:1', 'Other', ['77'])];
    expect(findMatches(left, right).get('L:77')![0]).toMatchObject({
      rightKey: 'R:1',
      reason: { kind: 'external-id' },
    });
  });

  it('scores similar names by shared rare words and lists them', () => {
    const right = [
      entity('R:1', 'Copperfield Dental Services'),
      entity('R:2', 'Summit Dental'),
      entity('R:3', 'Harbor Dental'),
      entity('R:4', 'Lakeside Dental'),
    ];
    const [best] = findMatches([entity('L:1', 'Copperfield Dental Group')], right).get('L:1')!;
    expect(best!.rightKey).toBe('R:1');
    expect(best!.reason).toEqual({
      kind: 'similar-name',
      shared: ['copperfield', 'dental'],
      leftOnly: ['group'],
      rightOnly: ['service'],
    });
    expect(best!.score).toBeGreaterThan(0.5);
    expect(best!.score).toBeLessThan(1);
  });

  it('does not suggest a match on a common word alone', () => {
    const right = ['Summit Dental', 'Harbor Dental', 'Lakeside Dental', 'Orion Dental'].map((name, i) =>
      entity(`R:${i}`, name),
    );
    expect(findMatches([entity('L:1', 'Zenith Dental')], right).get('L:1')).toBeUndefined();
  });

  it('matches non-English names across spellings and legal forms', () => {
    const right = [
      entity('R:1', 'Москва Софт'),
      entity('R:2', '山田'),
      entity('R:3', 'Søndergaard Consulting ApS'),
    ];
    const result = findMatches(
      [
        entity('L:1', 'ООО «Москва Софт»'),
        entity('L:2', '株式会社 山田'),
        entity('L:3', 'SONDERGAARD CONSULTING'),
      ],
      right,
    );
    expect(result.get('L:1')![0]!.rightKey).toBe('R:1');
    expect(result.get('L:2')![0]!.rightKey).toBe('R:2');
    expect(result.get('L:3')![0]!.rightKey).toBe('R:3');
  });

  it('returns every certain match, so duplicates on the right stay visible', () => {
    const result = findMatches(
      [entity('L:1', 'Acme Inc')],
      [entity('R:1', 'ACME'), entity('R:2', 'Acme LLC')],
    );
    expect(result.get('L:1')!.map((c) => c.rightKey)).toEqual(['R:1', 'R:2']);
  });

  it('never matches on a blank name', () => {
    const result = findMatches(
      [entity('L:1', '   '), entity('L:2', '')],
      [entity('R:1', ''), entity('R:2', '  ')],
    );
    expect(result.size).toBe(0);
  });

  it('still matches an entity with a blank name by its external id', () => {
    const result = findMatches([entity('L:1', '   ', ['c-7'])], [entity('R:c-7', 'Acme')]);
    expect(result.get('L:1')).toEqual([
      { rightKey: 'R:c-7', score: 1, reason: { kind: 'external-id', id: 'c-7' } },
    ]);
  });

  it('keeps at most maxCandidates similar names, none under minScore', () => {
    const right = ['Orion Dental North', 'Orion Dental South', 'Orion Dental East', 'Orion Dental West'].map(
      (name, i) => entity(`R:${i}`, name),
    );
    const left = [entity('L:1', 'Orion Dental')];
    const two = findMatches(left, right, { maxCandidates: 2 }).get('L:1')!;
    expect(two).toHaveLength(2);
    expect(two.every((candidate) => candidate.score >= 0.5)).toBe(true);
    expect(findMatches(left, right, { minScore: 0.99 }).get('L:1')).toBeUndefined();
  });

  it('gives exactly the all-pairs result on seeded names', () => {
    const rng = createRng('matcher-equivalence');
    const left = Array.from({ length: 400 }, (_, i) => entity(`L:${i}`, companyName(rng)));
    const right = Array.from({ length: 400 }, (_, i) => entity(`R:${i}`, companyName(rng)));
    const indexed = findMatches(left, right, { minScore: 0.3 });
    const naive = findMatchesNaive(left, right, { minScore: 0.3 });
    expect(indexed.size).toBeGreaterThan(100);
    expect(indexed).toEqual(naive);
  });
});
