/**
 * Finds, for each entity on the left, the entities on the right that are probably the same
 * customer. Runs anywhere (background, tests, bench).
 *
 * Order of evidence: an id the portal already carries (external id) beats any name; then equal
 * normalised names; then a token similarity score. The similarity is a weighted Dice coefficient
 * over stemmed name tokens, each token weighted by its rarity (inverse document frequency), so
 * "Dental" shared by hundreds of customers counts less than "Copperfield".
 *
 * Speed: right-hand tokens go into an inverted index, and a left name only meets right names
 * sharing one of its heavier tokens (`probeTokens`): the others cannot reach the minimum score.
 * The result equals an all-pairs comparison; a naive reference implementation in the tests
 * (tests/unit/mapping/naive-matcher.ts) checks that on random names.
 */
import { nameWords, stemWord } from './normalise';

export interface MatchEntity {
  /** Unique key of the entity (the store's entity key). */
  key: string;
  /** The entity's id in its own vendor system. */
  vendorId: string;
  name: string;
  /** Ids of the same customer in other systems, as this portal records them (e.g. a PSA company id). */
  externalIds?: readonly string[];
  /** `normaliseName(name)` if already known (the store keeps it), saving the matcher that work. */
  normalisedName?: string;
}

export type MatchTier = 'external-id' | 'exact-name' | 'similar-name';

export type MatchReason =
  | { kind: 'external-id'; id: string }
  | { kind: 'exact-name'; name: string }
  | { kind: 'similar-name'; shared: string[]; leftOnly: string[]; rightOnly: string[] };

export interface MatchCandidate {
  rightKey: string;
  /** 0..1; 1 for external-id and exact-name matches. */
  score: number;
  reason: MatchReason;
}

export interface MatchOptions {
  /** Similar-name candidates below this score are dropped (default 0.5). */
  minScore?: number;
  /** Most candidates kept per left entity (default 3). */
  maxCandidates?: number;
  /** Match only the first n left entities; token weights still come from all (benchmark sampling). */
  leftLimit?: number;
}

export const DEFAULT_MIN_SCORE = 0.5;
const DEFAULT_MAX_CANDIDATES = 3;

interface AnalysedName {
  normalised: string;
  exactKey: string;
  /** Distinct token ids, in first-seen order. */
  tokens: number[];
}

interface Corpus {
  left: AnalysedName[];
  right: AnalysedName[];
  vocabulary: string[];
  weights: Float64Array;
  leftSums: Float64Array;
  rightSums: Float64Array;
}

/** Tokenises both sides once, with token weights from how many names (on both sides) use them. */
function analyse(left: readonly MatchEntity[], right: readonly MatchEntity[]): Corpus {
  const ids = new Map<string, number>();
  const vocabulary: string[] = [];
  const documentFrequency: number[] = [];
  // Both sides spell many names alike ("ACME Ltd" and "Acme, Inc." are both "acme"): each
  // normalised name is tokenised once, and its names share the (read-only) result.
  const byNormalised = new Map<string, AnalysedName>();
  const tokenise = (normalised: string): AnalysedName => {
    const words = normalised ? normalised.split(' ') : [];
    const tokens: number[] = [];
    for (const word of words) {
      if (word === 'and') continue;
      const stem = stemWord(word);
      let id = ids.get(stem);
      if (id === undefined) {
        id = vocabulary.length;
        ids.set(stem, id);
        vocabulary.push(stem);
        documentFrequency.push(0);
      }
      if (!tokens.includes(id)) tokens.push(id);
    }
    return { normalised, exactKey: words.join(''), tokens };
  };
  const read = (entity: MatchEntity): AnalysedName => {
    const normalised = entity.normalisedName ?? nameWords(entity.name).join(' ');
    let name = byNormalised.get(normalised);
    if (!name) {
      name = tokenise(normalised);
      byNormalised.set(normalised, name);
    }
    for (const token of name.tokens) documentFrequency[token]!++;
    return name;
  };
  const leftNames = left.map(read);
  const rightNames = right.map(read);
  const total = left.length + right.length;
  const weights = new Float64Array(vocabulary.length);
  for (let id = 0; id < vocabulary.length; id++) weights[id] = Math.log(1 + total / documentFrequency[id]!);
  const sums = (names: AnalysedName[]) => {
    const out = new Float64Array(names.length);
    names.forEach((name, i) => {
      let sum = 0;
      for (const token of name.tokens) sum += weights[token]!;
      out[i] = sum;
    });
    return out;
  };
  return {
    left: leftNames,
    right: rightNames,
    vocabulary,
    weights,
    leftSums: sums(leftNames),
    rightSums: sums(rightNames),
  };
}

/** Candidates found before any name is compared: external ids, then equal names. */
function evidenceBeforeSimilarity(
  left: readonly MatchEntity[],
  right: readonly MatchEntity[],
  corpus: Corpus,
) {
  const rightByVendorId = new Map<string, number[]>();
  const rightByExternalId = new Map<string, number[]>();
  const rightByExactKey = new Map<string, number[]>();
  const push = (map: Map<string, number[]>, key: string, index: number) => {
    const list = map.get(key);
    if (list) list.push(index);
    else map.set(key, [index]);
  };
  right.forEach((entity, index) => {
    push(rightByVendorId, entity.vendorId, index);
    for (const id of entity.externalIds ?? []) if (id) push(rightByExternalId, id, index);
    const key = corpus.right[index]!.exactKey;
    if (key) push(rightByExactKey, key, index);
  });

  return (leftIndex: number): ReadonlyMap<number, MatchCandidate> => {
    const entity = left[leftIndex]!;
    const key = corpus.left[leftIndex]!.exactKey;
    const sameName = key ? rightByExactKey.get(key) : undefined;
    const byTheirIds = rightByExternalId.get(entity.vendorId);
    // Most names have no certain match at all: no map built for them.
    if (!sameName && !byTheirIds && !entity.externalIds?.length) return NO_CANDIDATES;
    const found = new Map<number, MatchCandidate>();
    const add = (index: number, reason: MatchReason) => {
      if (!found.has(index)) found.set(index, { rightKey: right[index]!.key, score: 1, reason });
    };
    for (const id of entity.externalIds ?? []) {
      if (!id) continue;
      for (const index of rightByVendorId.get(id) ?? []) add(index, { kind: 'external-id', id });
    }
    for (const index of byTheirIds ?? []) add(index, { kind: 'external-id', id: entity.vendorId });
    for (const index of sameName ?? []) {
      add(index, { kind: 'exact-name', name: corpus.left[leftIndex]!.normalised });
    }
    return found;
  };
}

const NO_CANDIDATES: ReadonlyMap<number, MatchCandidate> = new Map();

function similarReason(corpus: Corpus, leftIndex: number, rightIndex: number): MatchReason {
  const leftTokens = corpus.left[leftIndex]!.tokens;
  const rightTokens = corpus.right[rightIndex]!.tokens;
  const word = (id: number) => corpus.vocabulary[id]!;
  return {
    kind: 'similar-name',
    shared: leftTokens.filter((id) => rightTokens.includes(id)).map(word),
    leftOnly: leftTokens.filter((id) => !rightTokens.includes(id)).map(word),
    rightOnly: rightTokens.filter((id) => !leftTokens.includes(id)).map(word),
  };
}

/** Keeps the best `max` similar-name scores, best first, ties by right key for stable output. */
class TopScores {
  readonly indexes: number[] = [];
  readonly scores: number[] = [];
  constructor(
    private readonly max: number,
    private readonly keyOf: (index: number) => string,
  ) {}
  offer(index: number, score: number) {
    let at = this.scores.length;
    while (at > 0 && this.better(index, score, at - 1)) at--;
    if (at >= this.max) return;
    this.indexes.splice(at, 0, index);
    this.scores.splice(at, 0, score);
    if (this.indexes.length > this.max) {
      this.indexes.pop();
      this.scores.pop();
    }
  }
  private better(index: number, score: number, than: number): boolean {
    const other = this.scores[than]!;
    return score > other || (score === other && this.keyOf(index) < this.keyOf(this.indexes[than]!));
  }
}

function finish(
  corpus: Corpus,
  right: readonly MatchEntity[],
  leftIndex: number,
  before: ReadonlyMap<number, MatchCandidate>,
  top: TopScores,
  max: number,
): MatchCandidate[] {
  const out = [...before.values()].sort(
    (a, b) => tierRank(a.reason.kind) - tierRank(b.reason.kind) || a.rightKey.localeCompare(b.rightKey),
  );
  top.indexes.forEach((rightIndex, i) => {
    if (out.length >= max || before.has(rightIndex)) return;
    out.push({
      rightKey: right[rightIndex]!.key,
      score: round(top.scores[i]!),
      reason: similarReason(corpus, leftIndex, rightIndex),
    });
  });
  return out;
}

function tierRank(tier: MatchTier): number {
  return tier === 'external-id' ? 0 : tier === 'exact-name' ? 1 : 2;
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}

/**
 * For every left entity, its candidates on the right, best first: all external-id and exact-name
 * matches (more than one means the match is ambiguous), then up to `maxCandidates` similar names.
 * Left entities with no candidate are absent from the map.
 */
export function findMatches(
  left: readonly MatchEntity[],
  right: readonly MatchEntity[],
  options: MatchOptions = {},
): Map<string, MatchCandidate[]> {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const max = options.maxCandidates ?? DEFAULT_MAX_CANDIDATES;
  const corpus = analyse(left, right);
  const before = evidenceBeforeSimilarity(left, right, corpus);
  const keyOf = (index: number) => right[index]!.key;
  const rightGroups = groupByTokens(corpus.right);
  // A group's best members by key: no other member can beat them, as they all score the same.
  const offered = rightGroups.members.map((members) =>
    members.sort((a, b) => compareKeys(keyOf(a), keyOf(b)) || a - b).slice(0, max),
  );
  const { offsets, postings } = invertedIndex(corpus, rightGroups.first);

  const seenBy = new Int32Array(rightGroups.first.length).fill(-1);
  const leftEnd = Math.min(left.length, options.leftLimit ?? left.length);
  const found: (MatchCandidate[] | undefined)[] = new Array(leftEnd);
  const leftGroups = groupByTokens(corpus.left.slice(0, leftEnd));
  leftGroups.first.forEach((representative, leftGroup) => {
    const { tokens } = corpus.left[representative]!;
    const leftSum = corpus.leftSums[representative]!;
    const top = new TopScores(max, keyOf);
    for (const token of probeTokens(corpus, tokens, leftSum, minScore)) {
      for (let p = offsets[token]!; p < offsets[token + 1]!; p++) {
        const rightGroup = postings[p]!;
        if (seenBy[rightGroup] === leftGroup) continue;
        seenBy[rightGroup] = leftGroup;
        const rightIndex = rightGroups.first[rightGroup]!;
        // Summed in the left name's token order, as an all-pairs comparison would: equal floats.
        const rightTokens = corpus.right[rightIndex]!.tokens;
        let shared = 0;
        for (const t of tokens) if (rightTokens.includes(t)) shared += corpus.weights[t]!;
        const score = (2 * shared) / (leftSum + corpus.rightSums[rightIndex]!);
        if (score >= minScore) for (const member of offered[rightGroup]!) top.offer(member, score);
      }
    }
    for (const leftIndex of leftGroups.members[leftGroup]!) {
      found[leftIndex] = finish(corpus, right, leftIndex, before(leftIndex), top, max);
    }
  });
  // In left order, as callers (and the all-pairs reference) list them.
  const result = new Map<string, MatchCandidate[]>();
  found.forEach((candidates, leftIndex) => {
    if (candidates?.length) result.set(left[leftIndex]!.key, candidates);
  });
  return result;
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

interface TokenGroups {
  /** Each group's first name (its tokens, sums and scores stand for every member's). */
  first: number[];
  /** Each group's names, by index. */
  members: number[][];
}

/**
 * Names with the same token sequence score the same against anything (same tokens, same sums in
 * the same order), so they are compared once. Portals list many such names: "Acme Ltd" and
 * "ACME, Inc.", or the same practice name in several towns.
 */
function groupByTokens(names: readonly AnalysedName[]): TokenGroups {
  const groupOf = new Map<string, number>();
  const groups: TokenGroups = { first: [], members: [] };
  names.forEach((name, index) => {
    const key = name.tokens.join(',');
    const group = groupOf.get(key);
    if (group !== undefined) {
      groups.members[group]!.push(index);
      return;
    }
    groupOf.set(key, groups.first.length);
    groups.first.push(index);
    groups.members.push([index]);
  });
  return groups;
}

/**
 * The inverted index of the right side's token groups in compressed rows: the groups using
 * token t are postings[offsets[t] .. offsets[t + 1]).
 */
function invertedIndex(
  corpus: Corpus,
  groupFirsts: readonly number[],
): { offsets: Int32Array; postings: Int32Array } {
  const tokenCount = corpus.vocabulary.length;
  const offsets = new Int32Array(tokenCount + 1);
  for (const index of groupFirsts) for (const token of corpus.right[index]!.tokens) offsets[token + 1]!++;
  for (let t = 0; t < tokenCount; t++) offsets[t + 1]! += offsets[t]!;
  const postings = new Int32Array(offsets[tokenCount]!);
  const fill = offsets.slice(0, tokenCount);
  groupFirsts.forEach((index, group) => {
    for (const token of corpus.right[index]!.tokens) postings[fill[token]!++] = group;
  });
  return { offsets, postings };
}

/**
 * The left tokens whose postings must be read (prefix filtering). A right name scoring at least
 * `minScore` shares weight S >= minScore * L / (2 - minScore) with the left name (L its weight
 * sum; Dice with the right sum R >= S). Taking the heaviest tokens first, once the tokens left
 * over weigh less than that, a right name sharing only those cannot reach `minScore`: it needs
 * no visit. The common, light tokens with the longest postings are the ones skipped, and the
 * result stays exactly the all-pairs one (a small margin keeps rounding on the safe side).
 */
function probeTokens(corpus: Corpus, tokens: readonly number[], leftSum: number, minScore: number): number[] {
  const bound = Math.min(minScore, 1);
  const needed = (bound * leftSum) / (2 - bound) - (1e-9 * leftSum + 1e-12);
  const heaviestFirst = [...tokens].sort((a, b) => corpus.weights[b]! - corpus.weights[a]!);
  let rest = leftSum;
  let count = 0;
  while (count < heaviestFirst.length && rest >= needed) rest -= corpus.weights[heaviestFirst[count++]!]!;
  return heaviestFirst.slice(0, count);
}

/** A match that needs no human judgement: an external id or an equal normalised name. */
export function isCertain(candidate: MatchCandidate): boolean {
  return candidate.reason.kind !== 'similar-name';
}
