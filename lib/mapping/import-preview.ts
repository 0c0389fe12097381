/**
 * What importing a mapping file would change, worked out against the pair's current data before
 * anything is written: added, reassigned, removed and unchanged rows, and an error per row that
 * cannot be applied. The same function produces the batch on confirm, and a digest of it, so a
 * confirm after the data moved on is refused instead of applying something the user never saw.
 */
import { entityKey, mappingId } from './keys';
import { type FileFormat, type FileRow, type RowError, readMappingFile } from './mapping-file';
import type { ConnectionPair, EntityRecord, MappingChange, MappingRecord } from './store';

export interface ChangeLine {
  row: number;
  left: { name: string; vendorId: string };
  from?: { name: string; vendorId: string };
  to?: { name: string; vendorId: string };
}

export interface ImportPlan {
  added: ChangeLine[];
  reassigned: ChangeLine[];
  removed: ChangeLine[];
  unchanged: number;
  errors: RowError[];
  changes: MappingChange[];
  /** Identifies `changes` (not their timestamps): equal digests mean the same edit. */
  digest: string;
}

export interface ImportContext {
  pair: ConnectionPair;
  left: readonly EntityRecord[];
  right: readonly EntityRecord[];
  mappings: readonly MappingRecord[];
  oneToOne: boolean;
  /** Recorded as the mappings' author, e.g. "import mappings.csv". */
  by: string;
  now: Date;
}

interface Decision {
  row: number;
  left: EntityRecord;
  right: EntityRecord | null;
  note?: string;
}

export type ImportPreview =
  | { ok: true; format: FileFormat; rowCount: number; plan: ImportPlan }
  | { ok: false; message: string };

/** Reads a file and plans its import; a file for another pair is refused as a whole. */
export function previewImport(fileName: string, content: string, context: ImportContext): ImportPreview {
  const read = readMappingFile(fileName, content);
  if (!read.ok) return read;
  const rowCount = read.rows.length + new Set(read.errors.map((error) => error.row)).size;
  if (rowCount === 0) return { ok: false, message: 'The file has its column names but no rows.' };
  const sources = new Set(read.rows.map((row) => row.left_connection_id));
  if (read.rows.length && !sources.has(undefined) && !sources.has(context.pair.leftConnectionId)) {
    return {
      ok: false,
      message: `This file is for ${[...sources].join(', ')}, not ${context.pair.leftConnectionId}: pick the pair it was exported from.`,
    };
  }
  return { ok: true, format: read.format, rowCount, plan: planImport(read.rows, read.errors, context) };
}

export function planImport(
  rows: readonly FileRow[],
  parseErrors: readonly RowError[],
  context: ImportContext,
): ImportPlan {
  const errors = [...parseErrors];
  const lookup = { left: sideLookup(context.left), right: sideLookup(context.right) };
  const decisions: Decision[] = [];
  const rowOfLeft = new Map<string, number>();

  for (const row of rows) {
    const fail = (field: string, value: string | undefined, message: string) =>
      errors.push({ row: row.row, field, value: value ?? '', message });
    if (row.left_connection_id && row.left_connection_id !== context.pair.leftConnectionId) {
      fail(
        'left_connection_id',
        row.left_connection_id,
        `This row is for another connection, not ${context.pair.leftConnectionId}.`,
      );
      continue;
    }
    if (
      row.right_vendor_id &&
      row.right_connection_id &&
      row.right_connection_id !== context.pair.rightConnectionId
    ) {
      fail(
        'right_connection_id',
        row.right_connection_id,
        `This row is for another connection, not ${context.pair.rightConnectionId}.`,
      );
      continue;
    }
    const left = find(lookup.left, context.pair.leftConnectionId, row.left_kind, row.left_vendor_id);
    if (typeof left === 'string') {
      fail('left_vendor_id', row.left_vendor_id, left);
      continue;
    }
    const earlier = rowOfLeft.get(left.key);
    if (earlier !== undefined) {
      fail('left_vendor_id', row.left_vendor_id, `${left.name} already appears on row ${earlier}.`);
      continue;
    }
    let right: EntityRecord | null = null;
    if (row.right_vendor_id) {
      const found = find(lookup.right, context.pair.rightConnectionId, row.right_kind, row.right_vendor_id);
      if (typeof found === 'string') {
        fail('right_vendor_id', row.right_vendor_id, found);
        continue;
      }
      right = found;
    }
    rowOfLeft.set(left.key, row.row);
    decisions.push({ row: row.row, left, right, ...(row.note ? { note: row.note } : {}) });
  }

  const kept = context.oneToOne ? dropDoubleClaims(decisions, context, errors) : decisions;
  return summarise(kept, errors, context);
}

/**
 * One-to-one: a right entity may end up with one left entity only. The earliest row claiming it
 * keeps it; later rows, and rows claiming one that a left entity outside the file keeps, are
 * errors. Repeats until stable, since a skipped row leaves its old mapping in place.
 */
function dropDoubleClaims(decisions: Decision[], context: ImportContext, errors: RowError[]): Decision[] {
  const nameOf = {
    left: new Map(context.left.map((entity) => [entity.key, entity.name])),
    right: new Map(context.right.map((entity) => [entity.key, entity.name])),
  };
  let kept = decisions;
  for (;;) {
    const decided = new Set(kept.map((decision) => decision.left.key));
    /** Per right entity: the row that claims it first, and a left entity outside the file keeping it. */
    const claims = new Map<string, { firstRow?: number; outsideLeft?: string; rows: number[] }>();
    const claimOf = (rightKey: string) => {
      let claim = claims.get(rightKey);
      if (!claim) {
        claim = { rows: [] };
        claims.set(rightKey, claim);
      }
      return claim;
    };
    for (const mapping of context.mappings) {
      if (!decided.has(mapping.leftKey)) claimOf(mapping.rightKey).outsideLeft = mapping.leftKey;
    }
    for (const decision of kept) {
      if (!decision.right) continue;
      const claim = claimOf(decision.right.key);
      claim.firstRow ??= decision.row;
      claim.rows.push(decision.row);
    }

    const refused = new Map<number, string>();
    for (const [rightKey, claim] of claims) {
      const rightName = nameOf.right.get(rightKey) ?? rightKey;
      for (const row of claim.rows) {
        if (claim.outsideLeft !== undefined) {
          const holder = nameOf.left.get(claim.outsideLeft) ?? claim.outsideLeft;
          refused.set(row, `${rightName} is mapped to ${holder}, which this file does not change.`);
        } else if (row !== claim.firstRow) {
          refused.set(row, `${rightName} is already given to row ${claim.firstRow}.`);
        }
      }
    }
    if (!refused.size) return kept;
    kept = kept.filter((decision) => {
      const message = refused.get(decision.row);
      if (message)
        errors.push({
          row: decision.row,
          field: 'right_vendor_id',
          value: decision.right!.vendorId,
          message,
        });
      return !message;
    });
  }
}

function summarise(decisions: Decision[], errors: RowError[], context: ImportContext): ImportPlan {
  const current = new Map(context.mappings.map((mapping) => [mapping.leftKey, mapping]));
  const rightByKey = new Map(context.right.map((entity) => [entity.key, entity]));
  const named = (entity: EntityRecord) => ({ name: entity.name, vendorId: entity.vendorId });
  const namedKey = (key: string) => {
    const entity = rightByKey.get(key);
    return entity ? named(entity) : { name: '', vendorId: key.split('/').pop() ?? key };
  };
  const plan: ImportPlan = {
    added: [],
    reassigned: [],
    removed: [],
    unchanged: 0,
    errors,
    changes: [],
    digest: '',
  };
  const unmaps: MappingChange[] = [];
  const maps: MappingChange[] = [];
  for (const decision of decisions) {
    const existing = current.get(decision.left.key);
    if (existing?.rightKey === decision.right?.key || (!existing && !decision.right)) {
      plan.unchanged++;
      continue;
    }
    const line: ChangeLine = { row: decision.row, left: named(decision.left) };
    if (existing) {
      line.from = namedKey(existing.rightKey);
      unmaps.push({ kind: 'unmap', mappingId: existing.id });
    }
    if (decision.right) {
      line.to = named(decision.right);
      maps.push({ kind: 'map', mapping: importedMapping(decision, decision.right, context) });
    }
    (existing ? (decision.right ? plan.reassigned : plan.removed) : plan.added).push(line);
  }
  // Unmaps first: a company moving between two rows of the file is free before it is taken.
  plan.changes = [...unmaps, ...maps];
  plan.errors.sort((a, b) => a.row - b.row);
  plan.digest = digestOf(plan.changes);
  return plan;
}

function importedMapping(decision: Decision, right: EntityRecord, context: ImportContext): MappingRecord {
  return {
    id: mappingId(decision.left.key, right.key),
    leftConnectionId: context.pair.leftConnectionId,
    rightConnectionId: context.pair.rightConnectionId,
    leftKey: decision.left.key,
    rightKey: right.key,
    origin: 'imported',
    confidence: 1,
    createdBy: context.by,
    createdAt: context.now.toISOString(),
    ...(decision.note ? { note: decision.note } : {}),
  };
}

interface SideLookup {
  byKey: Map<string, EntityRecord>;
  byVendorId: Map<string, EntityRecord[]>;
}

function sideLookup(entities: readonly EntityRecord[]): SideLookup {
  const byVendorId = new Map<string, EntityRecord[]>();
  for (const entity of entities) {
    const list = byVendorId.get(entity.vendorId);
    if (list) list.push(entity);
    else byVendorId.set(entity.vendorId, [entity]);
  }
  return { byKey: new Map(entities.map((entity) => [entity.key, entity])), byVendorId };
}

/** The entity a row names, or why there is none. */
function find(
  lookup: SideLookup,
  connectionId: string,
  kind: EntityRecord['kind'] | undefined,
  vendorId: string,
): EntityRecord | string {
  const matches = kind
    ? [lookup.byKey.get(entityKey(connectionId, kind, vendorId))].filter((entity) => entity !== undefined)
    : (lookup.byVendorId.get(vendorId) ?? []);
  if (matches.length > 1)
    return `Two entities have the id ${vendorId}: fill in the kind column to say which.`;
  const entity = matches[0];
  if (!entity)
    return `No entity with the id ${vendorId} in ${connectionId}: check the id, or sync the connection first.`;
  if (entity.removedAt) return `${entity.name} was removed in the last sync.`;
  return entity;
}

/** FNV-1a over the edit's identity: a staleness check between preview and confirm, not a security measure. */
function digestOf(changes: readonly MappingChange[]): string {
  const text = changes
    .map((change) =>
      change.kind === 'map'
        ? `map ${change.mapping.id}`
        : change.kind === 'unmap'
          ? `unmap ${change.mappingId}`
          : '',
    )
    .join('\n');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${changes.length}-${(hash >>> 0).toString(16)}`;
}
