/**
 * Finds, for each entity on the left, the entities on the right that are probably the same
 * customer. Runs anywhere (background, tests, bench).
 *
 * Order of evidence: an id the portal already carries (external id) beats any name; then equal
 * normalised names; then a token similarity score. The similarity is a weighted Dice coefficient
 * over stemmed name tokens, each token weighted by its rarity (inverse document frequency), so
 * "Dental" shared by hundreds of customers counts less than "Copperfield".
 *
 * Speed: right-hand tokens go into an inverted index; a left name only meets right names that
 * share at least one token. Pairs sharing no token score 0 anyway, so the result equals an
 * all-pairs comparison (`findMatchesNaive`, kept for tests and the benchmark).
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
  const read = (entity: MatchEntity): AnalysedName => {
    const normalised = entity.normalisedName ?? nameWords(entity.name).join(' ');
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
      if (!tokens.includes(id)) {
        tokens.push(id);
        documentFrequency[id]!++;
      }
    }
    return { normalised, exactKey: words.join(''), tokens };
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

  return (leftIndex: number): Map<number, MatchCandidate> => {
    const entity = left[leftIndex]!;
    const found = new Map<number, MatchCandidate>();
    const add = (index: number, reason: MatchReason) => {
      if (!found.has(index)) found.set(index, { rightKey: right[index]!.key, score: 1, reason });
    };
    for (const id of entity.externalIds ?? []) {
      if (!id) continue;
      for (const index of rightByVendorId.get(id) ?? []) add(index, { kind: 'external-id', id });
    }
    for (const index of rightByExternalId.get(entity.vendorId) ?? []) {
      add(index, { kind: 'external-id', id: entity.vendorId });
    }
    const key = corpus.left[leftIndex]!.exactKey;
    if (key) {
      for (const index of rightByExactKey.get(key) ?? []) {
        add(index, { kind: 'exact-name', name: corpus.left[leftIndex]!.normalised });
      }
    }
    return found;
  };
}

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
  before: Map<number, MatchCandidate>,
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

  // Inverted index of the right side in compressed rows: postings of token t are
  // postings[offsets[t] .. offsets[t + 1]).
  const tokenCount = corpus.vocabulary.length;
  const offsets = new Int32Array(tokenCount + 1);
  for (const name of corpus.right) for (const token of name.tokens) offsets[token + 1]!++;
  for (let t = 0; t < tokenCount; t++) offsets[t + 1]! += offsets[t]!;
  const postings = new Int32Array(offsets[tokenCount]!);
  const fill = offsets.slice(0, tokenCount);
  corpus.right.forEach((name, index) => {
    for (const token of name.tokens) postings[fill[token]!++] = index;
  });

  const shared = new Float64Array(right.length);
  const touched = new Int32Array(right.length);
  const keyOf = (index: number) => right[index]!.key;
  const result = new Map<string, MatchCandidate[]>();

  const leftEnd = Math.min(left.length, options.leftLimit ?? left.length);
  for (let leftIndex = 0; leftIndex < leftEnd; leftIndex++) {
    const { tokens } = corpus.left[leftIndex]!;
    let touchedCount = 0;
    for (const token of tokens) {
      const weight = corpus.weights[token]!;
      for (let p = offsets[token]!; p < offsets[token + 1]!; p++) {
        const rightIndex = postings[p]!;
        if (shared[rightIndex] === 0) touched[touchedCount++] = rightIndex;
        shared[rightIndex]! += weight;
      }
    }
    const top = new TopScores(max, keyOf);
    const leftSum = corpus.leftSums[leftIndex]!;
    for (let i = 0; i < touchedCount; i++) {
      const rightIndex = touched[i]!;
      const score = (2 * shared[rightIndex]!) / (leftSum + corpus.rightSums[rightIndex]!);
      shared[rightIndex] = 0;
      if (score >= minScore) top.offer(rightIndex, score);
    }
    const candidates = finish(corpus, right, leftIndex, before(leftIndex), top, max);
    if (candidates.length) result.set(left[leftIndex]!.key, candidates);
  }
  return result;
}

/** The reference implementation: every left name against every right name. Same output. */
export function findMatchesNaive(
  left: readonly MatchEntity[],
  right: readonly MatchEntity[],
  options: MatchOptions = {},
): Map<string, MatchCandidate[]> {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const max = options.maxCandidates ?? DEFAULT_MAX_CANDIDATES;
  const corpus = analyse(left, right);
  const before = evidenceBeforeSimilarity(left, right, corpus);
  const rightSets = corpus.right.map((name) => new Set(name.tokens));
  const result = new Map<string, MatchCandidate[]>();
  const leftEnd = Math.min(left.length, options.leftLimit ?? left.length);
  for (let leftIndex = 0; leftIndex < leftEnd; leftIndex++) {
    const { tokens } = corpus.left[leftIndex]!;
    const top = new TopScores(max, (index) => right[index]!.key);
    for (let rightIndex = 0; rightIndex < right.length; rightIndex++) {
      const set = rightSets[rightIndex]!;
      let sharedWeight = 0;
      for (const token of tokens) if (set.has(token)) sharedWeight += corpus.weights[token]!;
      if (sharedWeight === 0) continue;
      const score = (2 * sharedWeight) / (corpus.leftSums[leftIndex]! + corpus.rightSums[rightIndex]!);
      if (score >= minScore) top.offer(rightIndex, score);
    }
    const candidates = finish(corpus, right, leftIndex, before(leftIndex), top, max);
    if (candidates.length) result.set(left[leftIndex]!.key, candidates);
  }
  return result;
}

/** A match that needs no human judgement: an external id or an equal normalised name. */
export function isCertain(candidate: MatchCandidate): boolean {
  return candidate.reason.kind !== 'similar-name';
}
