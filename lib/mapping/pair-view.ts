/**
 * The mapping table of one connection pair, built from MappingStore data and the plan: a row per
 * left entity, with counts, search, sort and paging. Built once per data change and queried per
 * page, so a 10,000-row pair answers a page in milliseconds. Runs anywhere.
 */
import type { MatchCandidate, MatchReason } from './matcher';
import { foldCharacters } from './normalise';
import { type Conflict, type PairPlan, type PlanInput, type PlanOptions, planPair } from './plan';
import type {
  CandidateView,
  EntityRef,
  PairPage,
  RowCounts,
  RowFilter,
  RowSort,
  RowState,
  ViewQuery,
  ViewRow,
} from './schemas';
import type { EntityRecord, MappingRecord } from './store';

export interface PairData {
  left: readonly EntityRecord[];
  right: readonly EntityRecord[];
  mappings: readonly MappingRecord[];
  rejections: ReadonlySet<string>;
  /** When each side's last complete sync started: removals before it are old news. */
  removedSince?: { left?: string; right?: string };
}

/** The plan's view of the data: entities with a removed flag, mappings by key. */
export function planInputOf(data: PairData): PlanInput {
  const asMatch = (entity: EntityRecord) => ({
    key: entity.key,
    vendorId: entity.vendorId,
    name: entity.name,
    externalIds: entity.externalIds,
    normalisedName: entity.normalisedName,
    removed: entity.removedAt !== undefined,
  });
  return {
    left: data.left.map(asMatch),
    right: data.right.map(asMatch),
    mappings: data.mappings.map(({ leftKey, rightKey, origin }) => ({ leftKey, rightKey, origin })),
    rejected: data.rejections,
  };
}

/** The table of a pair; pass cached `matchPair` results to skip matching after an edit. */
export function buildPairModel(
  data: PairData,
  options: PlanOptions,
  matches?: Map<string, MatchCandidate[]>,
): PairModel {
  return new PairModel(data, planPair(planInputOf(data), options, matches));
}

/** Rows needing a decision come first when sorted by state. */
const STATE_RANK: Record<RowState, number> = { conflict: 0, suggested: 1, unmapped: 2, mapped: 3 };

export class PairModel {
  readonly rows: readonly ViewRow[];
  readonly counts: RowCounts;
  readonly progress: { mapped: number; total: number };
  readonly left: ReadonlyMap<string, EntityRecord>;
  readonly right: ReadonlyMap<string, EntityRecord>;
  readonly mappingByLeft: ReadonlyMap<string, MappingRecord>;
  readonly leftsByRight: ReadonlyMap<string, readonly string[]>;
  private readonly rowIndex = new Map<string, number>();
  private readonly haystacks: string[];
  private readonly orders = new Map<string, Int32Array>();

  constructor(data: PairData, plan: PairPlan) {
    this.left = new Map(data.left.map((entity) => [entity.key, entity]));
    this.right = new Map(data.right.map((entity) => [entity.key, entity]));
    this.mappingByLeft = new Map(data.mappings.map((mapping) => [mapping.leftKey, mapping]));
    const leftsByRight = new Map<string, string[]>();
    for (const mapping of data.mappings) {
      const lefts = leftsByRight.get(mapping.rightKey);
      if (lefts) lefts.push(mapping.leftKey);
      else leftsByRight.set(mapping.rightKey, [mapping.leftKey]);
    }
    this.leftsByRight = leftsByRight;

    const cutoff = {
      left: timeOf(data.removedSince?.left),
      right: timeOf(data.removedSince?.right),
    };
    const ref = (entity: EntityRecord): EntityRef => ({
      key: entity.key,
      vendorId: entity.vendorId,
      name: entity.name,
      removed: entity.removedAt !== undefined,
    });
    const rightRef = (key: string): EntityRef =>
      this.right.has(key)
        ? ref(this.right.get(key)!)
        : // A mapping may outlive its entity in a damaged store: show the key rather than hide the row.
          { key, vendorId: key.split('/').pop() ?? key, name: '(not in the last sync)', removed: true };

    const rows: ViewRow[] = [];
    for (const planned of plan.rows) {
      const entity = this.left.get(planned.leftKey);
      if (!entity) continue;
      const mapping = this.mappingByLeft.get(entity.key);
      const target = mapping && this.right.get(mapping.rightKey);
      const row: ViewRow = {
        entity: ref(entity),
        state: planned.state,
        candidates: planned.candidates.map((candidate) =>
          candidateView(candidate, rightRef(candidate.rightKey)),
        ),
        removedSinceSync:
          removedAfter(entity, cutoff.left) || (target !== undefined && removedAfter(target, cutoff.right)),
      };
      if (mapping) {
        row.mapping = {
          target: rightRef(mapping.rightKey),
          origin: mapping.origin,
          confidence: mapping.confidence,
          createdBy: mapping.createdBy,
          createdAt: mapping.createdAt,
          ...(mapping.note ? { note: mapping.note } : {}),
        };
      }
      if (planned.conflict) row.conflict = this.describeConflict(planned.conflict);
      this.rowIndex.set(entity.key, rows.length);
      rows.push(row);
    }
    this.rows = rows;
    this.haystacks = rows.map((row) =>
      foldCharacters(
        [
          row.entity.name,
          row.entity.vendorId,
          row.mapping?.target.name ?? '',
          row.candidates[0]?.target.name ?? '',
        ]
          .join(' ')
          .trim(),
      ),
    );
    this.counts = countRows(rows);
    const live = rows.filter((row) => !row.entity.removed);
    this.progress = { mapped: live.filter((row) => row.mapping).length, total: live.length };
  }

  row(leftKey: string): ViewRow | undefined {
    const index = this.rowIndex.get(leftKey);
    return index === undefined ? undefined : this.rows[index];
  }

  /** One page of rows, with the numbers the toolbar shows. */
  page(query: ViewQuery, bulkThreshold: number): Omit<PairPage, 'lastChange'> {
    const selected = this.select(query.filter, query.search, query.sort, query.direction);
    const total = selected.length;
    // A page past the end (rows went away after an edit) shows the last page instead of nothing.
    const offset =
      query.offset < total ? query.offset : Math.max(0, (Math.ceil(total / query.limit) - 1) * query.limit);
    return {
      rows: selected.slice(offset, offset + query.limit).map((index) => this.rows[index]!),
      total,
      offset,
      counts: this.counts,
      progress: this.progress,
      bulkEligible: selected.filter((index) => isBulkEligible(this.rows[index]!, bulkThreshold)).length,
    };
  }

  /** The rows "Accept all" takes for this filter and search, in name order. */
  bulkCandidates(filter: RowFilter, search: string, threshold: number): ViewRow[] {
    return this.select(filter, search, 'name', 'asc')
      .map((index) => this.rows[index]!)
      .filter((row) => isBulkEligible(row, threshold));
  }

  /** Row indexes matching filter and search, in the requested order. */
  private select(filter: RowFilter, search: string, sort: RowSort, direction: 'asc' | 'desc'): number[] {
    const terms = foldCharacters(search).split(/\s+/).filter(Boolean);
    const out: number[] = [];
    for (const index of this.order(sort, direction)) {
      if (!matchesFilter(this.rows[index]!, filter)) continue;
      const haystack = this.haystacks[index]!;
      if (terms.every((term) => haystack.includes(term))) out.push(index);
    }
    return out;
  }

  /**
   * Row indexes sorted by `sort`, computed once per model, key and direction. Ties go by name,
   * A to Z either way, so descending scores still list equal scores alphabetically.
   */
  private order(sort: RowSort, direction: 'asc' | 'desc'): Int32Array {
    const cacheKey = `${sort} ${direction}`;
    const cached = this.orders.get(cacheKey);
    if (cached) return cached;
    const nameKeys = this.rows.map((row) => `${foldCharacters(row.entity.name)}\u0000${row.entity.key}`);
    const byName = (a: number, b: number) => compare(nameKeys[a]!, nameKeys[b]!);
    const sign = direction === 'asc' ? 1 : -1;
    let primary: (a: number, b: number) => number = byName;
    if (sort === 'state') {
      primary = (a, b) => STATE_RANK[this.rows[a]!.state] - STATE_RANK[this.rows[b]!.state];
    } else if (sort === 'score') {
      const scores = this.rows.map(scoreOf);
      primary = (a, b) => scores[a]! - scores[b]!;
    } else if (sort === 'target') {
      // Rows with nothing on the right go last (first, descending).
      const targets = this.rows.map((row) => {
        const name = row.mapping?.target.name ?? row.candidates[0]?.target.name;
        return name === undefined ? '\uffff' : foldCharacters(name);
      });
      primary = (a, b) => compare(targets[a]!, targets[b]!);
    }
    const order = Int32Array.from(
      Array.from(this.rows.keys()).sort((a, b) => sign * primary(a, b) || byName(a, b)),
    );
    this.orders.set(cacheKey, order);
    return order;
  }

  private describeConflict(conflict: Conflict): string {
    const leftNames = (keys: readonly string[]) =>
      listNames(keys.map((key) => this.left.get(key)?.name ?? key));
    const rightName = (key: string) => this.right.get(key)?.name ?? key;
    switch (conflict.kind) {
      case 'target-mapped':
        return `${rightName(conflict.rightKey)} is already mapped to ${leftNames(conflict.otherLeftKeys)}.`;
      case 'shared-target':
        return `${rightName(conflict.rightKey)} is also the best match for ${leftNames(conflict.otherLeftKeys)}.`;
      case 'ambiguous':
        return `Equally certain matches: ${listNames(conflict.rightKeys.map(rightName))}.`;
      case 'duplicate-mapping':
        return `${rightName(conflict.rightKey)} is also mapped to ${leftNames(conflict.otherLeftKeys)}.`;
    }
  }
}

export function isBulkEligible(row: ViewRow, threshold: number): boolean {
  return row.state === 'suggested' && (row.candidates[0]?.score ?? 0) >= threshold;
}

function matchesFilter(row: ViewRow, filter: RowFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'conflicts':
      return row.state === 'conflict';
    case 'removed':
      return row.removedSinceSync;
    default:
      return row.state === filter;
  }
}

function countRows(rows: readonly ViewRow[]): RowCounts {
  const counts: RowCounts = {
    all: rows.length,
    mapped: 0,
    unmapped: 0,
    suggested: 0,
    conflicts: 0,
    removed: 0,
  };
  for (const row of rows) {
    if (row.state === 'conflict') counts.conflicts++;
    else counts[row.state]++;
    if (row.removedSinceSync) counts.removed++;
  }
  return counts;
}

function scoreOf(row: ViewRow): number {
  return row.mapping?.confidence ?? row.candidates[0]?.score ?? -1;
}

function candidateView(candidate: MatchCandidate, target: EntityRef): CandidateView {
  return {
    target,
    score: candidate.score,
    tier: candidate.reason.kind,
    reason: describeReason(candidate.reason),
  };
}

/** A match reason in the words the table shows. */
export function describeReason(reason: MatchReason): string {
  switch (reason.kind) {
    case 'external-id':
      return `Same external id (${reason.id})`;
    case 'exact-name':
      return 'Same name, ignoring case, accents, punctuation and legal form';
    case 'similar-name': {
      const quoted = (words: string[]) => words.map((word) => `“${word}”`).join(', ');
      const differs = [...reason.leftOnly, ...reason.rightOnly];
      return `Similar name: shares ${quoted(reason.shared)}${differs.length ? `; differs in ${quoted(differs)}` : ''}`;
    }
  }
}

function listNames(names: readonly string[]): string {
  const shown = names.slice(0, 3).join(', ');
  return names.length > 3 ? `${shown} and ${names.length - 3} more` : shown;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function timeOf(iso: string | undefined): number | undefined {
  return iso === undefined ? undefined : Date.parse(iso);
}

function removedAfter(entity: EntityRecord, cutoff: number | undefined): boolean {
  if (entity.removedAt === undefined) return false;
  return cutoff === undefined || Date.parse(entity.removedAt) >= cutoff;
}
