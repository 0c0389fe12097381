import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMatches, type MatchEntity } from '@/lib/mapping/matcher';
import { normaliseName } from '@/lib/mapping/normalise';
import { findMatchesNaive } from './naive-matcher';

/**
 * The matcher skips every right name that cannot reach the minimum score (an inverted index and
 * prefix filtering). Skipping must never change the answer: on random pairs it gives exactly
 * what the all-pairs reference gives, candidates, order, scores and reasons alike.
 */

// Few words, so names overlap a lot: plurals, case, diacritics, scripts, conjunctions, legal forms.
const WORDS = [
  'Acme',
  'ACME',
  'acme',
  'Dental',
  'Dentals',
  'Services',
  'Service',
  'Technologies',
  'Technology',
  'Müller',
  'Muller',
  'MÜLLER',
  'Straße',
  'Strasse',
  'North',
  'Orion',
  'Group',
  'Labs',
  'Net',
  'Works',
  'NetWorks',
  "O'Brien",
  'OBrien',
  '北京科技',
  'القاهرة',
  'Ромашка',
  'Zoë',
  'Zoe',
  '&',
  '+',
  'and',
  'und',
  'The',
  'Inc.',
  'GmbH',
  'S.p.A.',
  'Ltd',
  'Pty. Ltd.',
  'A/S',
  'Co',
  '株式会社',
  'ООО',
  'x',
  'a',
];
const SEPARATORS = [' ', ' ', ' ', '', '-', ', ', '.', '  ', '/', '!'];

const word = fc.constantFrom(...WORDS);
const name = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .array(fc.tuple(word, fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 5 })
      .map((parts) =>
        parts
          .map(([w, s]) => w + s)
          .join('')
          .trim(),
      ),
  },
  // Blank and punctuation-only names must never match by name.
  { weight: 1, arbitrary: fc.constantFrom('', '   ', '!!!', '&', '-', '.') },
  // Anything at all, unicode included.
  { weight: 1, arbitrary: fc.string({ maxLength: 12, unit: 'grapheme' }) },
);
/** A near-duplicate of a name: another case, another legal form, stray punctuation. */
const respelt = (base: string) =>
  fc
    .constantFrom(
      (text: string) => text.toUpperCase(),
      (text: string) => text.toLowerCase(),
      (text: string) => `${text} Ltd`,
      (text: string) => `The ${text}, Inc.`,
      (text: string) => `${text}s`,
      (text: string) => text.replace(/ /g, '-'),
      (text: string) => `${text} North`,
      (text: string) => text,
    )
    .map((change) => change(base));

const externalIds = fc.array(fc.constantFrom('', '1', '2', '3', 'x'), { maxLength: 2 });

/** Left names, then right names of which many respell a left one (or repeat it: ties). */
const pair = fc
  .array(fc.tuple(name, externalIds, fc.boolean()), { maxLength: 25 })
  .chain((left) =>
    fc
      .array(
        fc.tuple(
          fc.oneof(name, ...(left.length ? [fc.constantFrom(...left.map(([n]) => n)).chain(respelt)] : [])),
          externalIds,
          fc.boolean(),
        ),
        { maxLength: 25 },
      )
      .map((right) => ({ left, right })),
  )
  .map(({ left, right }) => ({
    left: left.map(([text, ids, stored], i) => entity(`L:${i}`, String(i % 4), text, ids, stored)),
    // Right keys in an order unlike their indexes, so key tie-breaks are exercised.
    right: right.map(([text, ids, stored], i) =>
      entity(`R:${(i * 7) % 31}-${i}`, String(i % 5), text, ids, stored),
    ),
  }));

function entity(
  key: string,
  vendorId: string,
  text: string,
  externalIds: string[],
  stored: boolean,
): MatchEntity {
  return {
    key,
    vendorId,
    name: text,
    ...(externalIds.length ? { externalIds } : {}),
    // As the store hands them over (normalised at sync time), or straight from a vendor.
    ...(stored ? { normalisedName: normaliseName(text) } : {}),
  };
}

const options = fc.record(
  {
    minScore: fc.oneof(fc.constantFrom(0, 0.2, 0.5, 0.8, 1), fc.double({ min: 0, max: 1, noNaN: true })),
    maxCandidates: fc.integer({ min: 1, max: 6 }),
  },
  { requiredKeys: [] },
);

describe('findMatches against the all-pairs reference', () => {
  it('gives exactly the same candidates on random names', () => {
    fc.assert(
      fc.property(pair, options, ({ left, right }, opts) => {
        expect(findMatches(left, right, opts)).toEqual(findMatchesNaive(left, right, opts));
      }),
      { numRuns: 600 },
    );
  });

  it('still agrees when many right names tie on the same score', () => {
    const left = [entity('L:1', '1', 'Orion Dental', [], false)];
    const right = [
      'Orion Dental North',
      'Orion Dental South',
      'Orion Dental East',
      'Orion Dental West',
      'Orion Dentals',
    ].map((text, i) => entity(`R:${9 - i}`, `r${i}`, text, [], false));
    const indexed = findMatches(left, right, { maxCandidates: 3 });
    expect(indexed).toEqual(findMatchesNaive(left, right, { maxCandidates: 3 }));
    // The test can fail: ties are broken by key, so the lowest keys among the equal scores win.
    expect(indexed.get('L:1')!.map((candidate) => candidate.rightKey)).toEqual(['R:5', 'R:6', 'R:7']);
  });
});
