/**
 * Turns entities, existing mappings and rejected suggestions of one connection pair into rows a
 * technician can act on: mapped, suggested, in conflict, or unmapped. Runs anywhere.
 *
 * Rules: manual and imported mappings are never touched; only certain matches (external id,
 * equal name) may be auto-applied, and only when nothing competes for the same target; fuzzy
 * matches are suggestions. Competing claims are reported as conflicts, never resolved silently.
 */
import { DEFAULT_MIN_SCORE, findMatches, isCertain, type MatchCandidate, type MatchEntity } from './matcher';

export type MappingOrigin = 'auto' | 'manual' | 'imported';

export interface PlanMapping {
  leftKey: string;
  rightKey: string;
  origin: MappingOrigin;
}

export interface PlanOptions {
  minScore?: number;
  /** One left entity per right entity (default). Off: many left entities may share a right one. */
  oneToOne?: boolean;
}

export type Conflict =
  /** The best (certain) match is already mapped to another left entity. */
  | { kind: 'target-mapped'; rightKey: string; otherLeftKeys: string[] }
  /** Several unmapped rows want the same right entity. */
  | { kind: 'shared-target'; rightKey: string; otherLeftKeys: string[] }
  /** More than one certain match (duplicate names or ids on the right). */
  | { kind: 'ambiguous'; rightKeys: string[] }
  /** Existing mappings already give this right entity to more than one left entity. */
  | { kind: 'duplicate-mapping'; rightKey: string; otherLeftKeys: string[] };

export type RowState = 'mapped' | 'suggested' | 'conflict' | 'unmapped';

export interface PlanRow {
  leftKey: string;
  state: RowState;
  mapping?: PlanMapping;
  /** Candidates still open (rejected ones and, one-to-one, fuzzy ones already taken are left out). */
  candidates: MatchCandidate[];
  conflict?: Conflict;
}

export interface PairPlan {
  rows: PlanRow[];
  /** Certain, uncontested suggestions: what "auto-apply exact matches" would map. */
  autoApplicable: { leftKey: string; candidate: MatchCandidate }[];
}

export interface PlanInput {
  left: readonly (MatchEntity & { removed?: boolean })[];
  right: readonly (MatchEntity & { removed?: boolean })[];
  mappings: readonly PlanMapping[];
  /** Suggestions the user turned down, as `leftKey + '\n' + rightKey`. */
  rejected: ReadonlySet<string>;
}

export function rejectionKey(leftKey: string, rightKey: string): string {
  return `${leftKey}\n${rightKey}`;
}

/** Candidates kept per entity before the plan filters out rejected and taken ones. */
const PAIR_CANDIDATES = 5;

/**
 * Matches every live left entity against every live right one. Mapped entities are matched too:
 * token weights then come from the whole pair, so a score does not drift as rows get mapped, and
 * the result can be cached across edits (it depends on entities and `minScore` only).
 */
export function matchPair(
  left: PlanInput['left'],
  right: PlanInput['right'],
  minScore = DEFAULT_MIN_SCORE,
): Map<string, MatchCandidate[]> {
  return findMatches(
    left.filter((entity) => !entity.removed),
    right.filter((entity) => !entity.removed),
    { minScore, maxCandidates: PAIR_CANDIDATES },
  );
}

/**
 * The rows of a pair. `matches` is `matchPair(input.left, input.right, minScore)`; pass a cached one
 * to re-plan after an edit without matching again.
 */
export function planPair(
  input: PlanInput,
  options: PlanOptions = {},
  matches: Map<string, MatchCandidate[]> = matchPair(input.left, input.right, options.minScore),
): PairPlan {
  const oneToOne = options.oneToOne ?? true;
  const mappingByLeft = new Map(input.mappings.map((mapping) => [mapping.leftKey, mapping]));
  const leftsByRight = new Map<string, string[]>();
  for (const mapping of input.mappings) {
    const list = leftsByRight.get(mapping.rightKey) ?? [];
    list.push(mapping.leftKey);
    leftsByRight.set(mapping.rightKey, list);
  }

  const rows = new Map<string, PlanRow>();
  for (const entity of input.left) {
    const mapping = mappingByLeft.get(entity.key);
    if (mapping) {
      const sharing = (leftsByRight.get(mapping.rightKey) ?? []).filter((key) => key !== entity.key);
      const row: PlanRow = { leftKey: entity.key, state: 'mapped', mapping, candidates: [] };
      if (oneToOne && sharing.length) {
        row.state = 'conflict';
        row.conflict = { kind: 'duplicate-mapping', rightKey: mapping.rightKey, otherLeftKeys: sharing };
      }
      rows.set(entity.key, row);
      continue;
    }
    if (entity.removed) {
      rows.set(entity.key, { leftKey: entity.key, state: 'unmapped', candidates: [] });
      continue;
    }
    const candidates = (matches.get(entity.key) ?? []).filter((candidate) => {
      if (input.rejected.has(rejectionKey(entity.key, candidate.rightKey))) return false;
      // A fuzzy guess at a company that is already taken is noise; a certain one is a conflict.
      return !(oneToOne && !isCertain(candidate) && leftsByRight.has(candidate.rightKey));
    });
    rows.set(entity.key, {
      leftKey: entity.key,
      state: candidates.length ? 'suggested' : 'unmapped',
      candidates,
    });
  }

  markConflicts(rows, leftsByRight, oneToOne);

  const autoApplicable: PairPlan['autoApplicable'] = [];
  for (const row of rows.values()) {
    const best = row.candidates[0];
    if (row.state === 'suggested' && best && isCertain(best))
      autoApplicable.push({ leftKey: row.leftKey, candidate: best });
  }
  return { rows: [...rows.values()], autoApplicable };
}

function markConflicts(rows: Map<string, PlanRow>, leftsByRight: Map<string, string[]>, oneToOne: boolean) {
  const byTarget = new Map<string, PlanRow[]>();
  for (const row of rows.values()) {
    if (row.state !== 'suggested') continue;
    const certain = row.candidates.filter(isCertain);
    if (certain.length > 1) {
      row.state = 'conflict';
      row.conflict = { kind: 'ambiguous', rightKeys: certain.map((candidate) => candidate.rightKey) };
      continue;
    }
    const best = row.candidates[0]!;
    const owners = leftsByRight.get(best.rightKey);
    if (oneToOne && owners) {
      row.state = 'conflict';
      row.conflict = { kind: 'target-mapped', rightKey: best.rightKey, otherLeftKeys: owners };
      continue;
    }
    const list = byTarget.get(best.rightKey) ?? [];
    list.push(row);
    byTarget.set(best.rightKey, list);
  }
  if (!oneToOne) return;
  for (const [rightKey, claimants] of byTarget) {
    if (claimants.length < 2) continue;
    // One certain claim among fuzzy ones keeps its suggestion; the fuzzy claims are flagged.
    const certain = claimants.filter((row) => isCertain(row.candidates[0]!));
    const keeper = certain.length === 1 ? certain[0] : undefined;
    for (const row of claimants) {
      if (row === keeper) continue;
      row.state = 'conflict';
      row.conflict = {
        kind: 'shared-target',
        rightKey,
        otherLeftKeys: claimants.filter((other) => other !== row).map((other) => other.leftKey),
      };
    }
  }
}
