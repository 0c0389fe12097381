/**
 * The reference the optimised matcher (lib/mapping/matcher.ts) is held to: every left name
 * against every right name, written from the matcher's documented rules and sharing none of its
 * code beyond the normaliser. Tests and the bench only; never shipped.
 */
import type { MatchCandidate, MatchEntity, MatchOptions, MatchReason } from '@/lib/mapping/matcher';
import { nameWords, stemWord } from '@/lib/mapping/normalise';

interface Name {
  normalised: string;
  exactKey: string;
  /** Distinct stems, in first-seen order ("and" carries no meaning). */
  stems: string[];
}

function read(entity: MatchEntity): Name {
  const normalised = entity.normalisedName ?? nameWords(entity.name).join(' ');
  const words = normalised ? normalised.split(' ') : [];
  const stems: string[] = [];
  for (const word of words) {
    const stem = word === 'and' ? undefined : stemWord(word);
    if (stem !== undefined && !stems.includes(stem)) stems.push(stem);
  }
  return { normalised, exactKey: words.join(''), stems };
}

const TIER = { 'external-id': 0, 'exact-name': 1, 'similar-name': 2 } as const;

export function findMatchesNaive(
  left: readonly MatchEntity[],
  right: readonly MatchEntity[],
  options: MatchOptions = {},
): Map<string, MatchCandidate[]> {
  const minScore = options.minScore ?? 0.5;
  const max = options.maxCandidates ?? 3;
  const leftNames = left.map(read);
  const rightNames = right.map(read);
  // A stem's weight is its rarity over both sides: ln(1 + names / names using it).
  const usedBy = new Map<string, number>();
  for (const name of [...leftNames, ...rightNames])
    for (const stem of name.stems) usedBy.set(stem, (usedBy.get(stem) ?? 0) + 1);
  const total = left.length + right.length;
  const weight = (stem: string) => Math.log(1 + total / usedBy.get(stem)!);
  const sum = (stems: string[]) => stems.reduce((acc, stem) => acc + weight(stem), 0);
  const rightSums = rightNames.map((name) => sum(name.stems));

  const result = new Map<string, MatchCandidate[]>();
  const leftEnd = Math.min(left.length, options.leftLimit ?? left.length);
  for (let l = 0; l < leftEnd; l++) {
    const entity = left[l]!;
    const name = leftNames[l]!;
    const leftSum = sum(name.stems);
    const certain: MatchCandidate[] = [];
    const certainIndexes = new Set<number>();
    const similar: { index: number; score: number }[] = [];
    right.forEach((other, r) => {
      const reason = certainReason(entity, name, other, rightNames[r]!);
      if (reason) {
        certain.push({ rightKey: other.key, score: 1, reason });
        certainIndexes.add(r);
      }
      let shared = 0;
      for (const stem of name.stems) if (rightNames[r]!.stems.includes(stem)) shared += weight(stem);
      if (shared === 0) return;
      const score = (2 * shared) / (leftSum + rightSums[r]!);
      if (score >= minScore) similar.push({ index: r, score });
    });
    certain.sort((a, b) => TIER[a.reason.kind] - TIER[b.reason.kind] || a.rightKey.localeCompare(b.rightKey));
    similar.sort((a, b) => b.score - a.score || byKey(right[a.index]!.key, right[b.index]!.key));
    const out = [...certain];
    // The best `max` similar names, of which those already certain are not repeated.
    for (const { index, score } of similar.slice(0, max)) {
      if (out.length >= max || certainIndexes.has(index)) continue;
      const stems = rightNames[index]!.stems;
      out.push({
        rightKey: right[index]!.key,
        score: Math.round(score * 1000) / 1000,
        reason: {
          kind: 'similar-name',
          shared: name.stems.filter((stem) => stems.includes(stem)),
          leftOnly: name.stems.filter((stem) => !stems.includes(stem)),
          rightOnly: stems.filter((stem) => !name.stems.includes(stem)),
        },
      });
    }
    if (out.length) result.set(entity.key, out);
  }
  return result;
}

function byKey(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** An id either side records for the other (left's own record first), then an equal name. */
function certainReason(entity: MatchEntity, name: Name, other: MatchEntity, otherName: Name) {
  const id = (entity.externalIds ?? []).find((candidate) => candidate && candidate === other.vendorId);
  if (id) return { kind: 'external-id', id } satisfies MatchReason;
  if (entity.vendorId && (other.externalIds ?? []).includes(entity.vendorId))
    return { kind: 'external-id', id: entity.vendorId } satisfies MatchReason;
  if (name.exactKey && name.exactKey === otherName.exactKey)
    return { kind: 'exact-name', name: name.normalised } satisfies MatchReason;
  return undefined;
}
