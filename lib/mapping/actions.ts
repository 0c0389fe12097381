/**
 * Turns what the technician clicked (accept, reject, reassign, unmap, accept all) into one
 * MappingChange batch for MappingStore.apply, checked against the current table first so a stale
 * click gets a clear message instead of a wrong mapping. Runs anywhere.
 */
import { mappingId } from './keys';
import type { PairModel } from './pair-view';
import type { MappingAction } from './schemas';
import type { ConnectionPair, EntityRecord, MappingChange, MappingRecord } from './store';

export interface ActionContext {
  pair: ConnectionPair;
  now: Date;
  /** Recorded as the mappings' author and in the audit log. */
  by: string;
  oneToOne: boolean;
}

export interface PlannedAction {
  /** The audit log's action name. */
  action: MappingAction['kind'];
  changes: MappingChange[];
  /** What happened, for the status line. */
  summary: string;
}

/** A click that cannot be carried out; `detail.needsMove` asks the user to confirm taking a company over. */
export class MappingActionError extends Error {
  override readonly name = 'MappingActionError';
  constructor(
    message: string,
    readonly detail?: { needsMove: true; others: string[] },
  ) {
    super(message);
  }
}

export function planAction(model: PairModel, action: MappingAction, context: ActionContext): PlannedAction {
  switch (action.kind) {
    case 'accept':
    case 'reassign':
      return planMap(model, action, context);
    case 'reject': {
      const left = liveLeft(model, action.leftKey);
      const right = liveRight(model, action.rightKey);
      if (model.mappingByLeft.get(left.key)?.rightKey === right.key) {
        throw new MappingActionError(`${left.name} is mapped to ${right.name}: unmap it instead.`);
      }
      return {
        action: 'reject',
        changes: [{ kind: 'reject', leftKey: left.key, rightKey: right.key }],
        summary: `${right.name} will no longer be suggested for ${left.name}.`,
      };
    }
    case 'unmap': {
      const left = knownLeft(model, action.leftKey);
      const mapping = model.mappingByLeft.get(left.key);
      if (!mapping) throw new MappingActionError(`${left.name} is not mapped any more: reload the table.`);
      return {
        action: 'unmap',
        // Also rejected, so auto-mapping and suggestions do not bring the same pair straight back.
        changes: [
          { kind: 'unmap', mappingId: mapping.id },
          { kind: 'reject', leftKey: mapping.leftKey, rightKey: mapping.rightKey },
        ],
        summary: `Unmapped ${left.name}.`,
      };
    }
    case 'bulk-accept':
      return planBulkAccept(model, action, context);
  }
}

function planMap(
  model: PairModel,
  action: Extract<MappingAction, { kind: 'accept' | 'reassign' }>,
  context: ActionContext,
): PlannedAction {
  const left = liveLeft(model, action.leftKey);
  const right = liveRight(model, action.rightKey);
  const current = model.mappingByLeft.get(left.key);
  if (current?.rightKey === right.key)
    throw new MappingActionError(`${left.name} is already mapped to ${right.name}.`);
  if (action.kind === 'accept' && current) {
    throw new MappingActionError(`${left.name} was mapped meanwhile: reload the table, then reassign it.`);
  }
  if (action.kind === 'reassign' && !current) {
    throw new MappingActionError(`${left.name} is not mapped any more: reload the table.`);
  }
  const changes: MappingChange[] = current ? [{ kind: 'unmap', mappingId: current.id }] : [];
  const holders = context.oneToOne
    ? (model.leftsByRight.get(right.key) ?? []).filter((key) => key !== left.key)
    : [];
  if (holders.length) {
    const others = holders.map((key) => model.left.get(key)?.name ?? key);
    if (!action.moveFromOthers) {
      throw new MappingActionError(`${right.name} is already mapped to ${others.join(', ')}.`, {
        needsMove: true,
        others,
      });
    }
    for (const key of holders) changes.push({ kind: 'unmap', mappingId: model.mappingByLeft.get(key)!.id });
  }
  const candidate = model.row(left.key)?.candidates.find((c) => c.target.key === right.key);
  changes.push({
    kind: 'map',
    mapping: manualMapping(
      context,
      left,
      right,
      candidate ? { score: candidate.score, note: candidate.reason } : null,
    ),
  });
  const moved = holders.length
    ? ` (taken from ${holders.length === 1 ? 'another account' : `${holders.length} others`})`
    : '';
  return { action: action.kind, changes, summary: `Mapped ${left.name} to ${right.name}${moved}.` };
}

function planBulkAccept(
  model: PairModel,
  action: Extract<MappingAction, { kind: 'bulk-accept' }>,
  context: ActionContext,
): PlannedAction {
  const taken = new Set(context.oneToOne ? model.leftsByRight.keys() : []);
  const changes: MappingChange[] = [];
  for (const row of model.bulkCandidates(action.filter, action.search, action.threshold)) {
    const best = row.candidates[0]!;
    if (taken.has(best.target.key)) continue;
    if (context.oneToOne) taken.add(best.target.key);
    const left = model.left.get(row.entity.key)!;
    const right = model.right.get(best.target.key)!;
    changes.push({
      kind: 'map',
      mapping: manualMapping(context, left, right, { score: best.score, note: best.reason }),
    });
  }
  if (!changes.length) {
    throw new MappingActionError(`No suggestion scores ${action.threshold} or more among the rows shown.`);
  }
  return {
    action: 'bulk-accept',
    changes,
    summary: `Accepted ${changes.length} suggestion${changes.length === 1 ? '' : 's'}.`,
  };
}

/** A mapping the user decided on: manual, so auto-mapping never replaces it. */
function manualMapping(
  context: ActionContext,
  left: EntityRecord,
  right: EntityRecord,
  suggestion: { score: number; note: string } | null,
): MappingRecord {
  return {
    id: mappingId(left.key, right.key),
    leftConnectionId: context.pair.leftConnectionId,
    rightConnectionId: context.pair.rightConnectionId,
    leftKey: left.key,
    rightKey: right.key,
    origin: 'manual',
    confidence: suggestion?.score ?? 1,
    createdBy: context.by,
    createdAt: context.now.toISOString(),
    note: suggestion ? `Accepted suggestion. ${suggestion.note}` : 'Chosen by hand',
  };
}

function knownLeft(model: PairModel, key: string): EntityRecord {
  const entity = model.left.get(key);
  if (!entity) throw new MappingActionError('That row is no longer in the table: reload it.');
  return entity;
}

function liveLeft(model: PairModel, key: string): EntityRecord {
  const entity = knownLeft(model, key);
  if (entity.removedAt)
    throw new MappingActionError(`${entity.name} was removed in the last sync and cannot be mapped.`);
  return entity;
}

function liveRight(model: PairModel, key: string): EntityRecord {
  const entity = model.right.get(key);
  if (!entity) throw new MappingActionError('That company is no longer in the list: reload the table.');
  if (entity.removedAt)
    throw new MappingActionError(`${entity.name} was removed in the last sync and cannot be mapped.`);
  return entity;
}
