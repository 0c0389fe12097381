/**
 * What the mapping screen and the background exchange: one page of the table at a time, never
 * the whole pair (10,000 rows would make every message slow), plus actions and file previews.
 */
import { z } from 'zod';
import { mappingOriginSchema } from './store';

export const connectionPairSchema = z
  .object({ leftConnectionId: z.string().min(1), rightConnectionId: z.string().min(1) })
  .refine((pair) => pair.leftConnectionId !== pair.rightConnectionId, {
    message: 'Pick two different connections.',
  });

export const connectionSummarySchema = z.object({
  id: z.string().min(1),
  label: z.string(),
  entityCount: z.number().int().nonnegative(),
});
export type ConnectionSummary = z.infer<typeof connectionSummarySchema>;

export const rowFilterSchema = z.enum(['all', 'mapped', 'unmapped', 'suggested', 'conflicts', 'removed']);
export type RowFilter = z.infer<typeof rowFilterSchema>;
export const rowSortSchema = z.enum(['name', 'state', 'score', 'target']);
export type RowSort = z.infer<typeof rowSortSchema>;

export const MAX_PAGE_SIZE = 200;

export const viewQuerySchema = z.object({
  filter: rowFilterSchema.default('all'),
  search: z.string().max(200).default(''),
  sort: rowSortSchema.default('name'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
});
export type ViewQuery = z.infer<typeof viewQuerySchema>;

export const entityRefSchema = z.object({
  key: z.string(),
  vendorId: z.string(),
  name: z.string(),
  removed: z.boolean(),
});
export type EntityRef = z.infer<typeof entityRefSchema>;

export const candidateViewSchema = z.object({
  target: entityRefSchema,
  score: z.number().min(0).max(1),
  tier: z.enum(['external-id', 'exact-name', 'similar-name']),
  /** Why it matched, in words. */
  reason: z.string(),
});
export type CandidateView = z.infer<typeof candidateViewSchema>;

export const mappingViewSchema = z.object({
  target: entityRefSchema,
  origin: mappingOriginSchema,
  confidence: z.number(),
  createdBy: z.string(),
  createdAt: z.string(),
  note: z.string().optional(),
});

export const rowStateSchema = z.enum(['mapped', 'suggested', 'conflict', 'unmapped']);
export type RowState = z.infer<typeof rowStateSchema>;

export const viewRowSchema = z.object({
  entity: entityRefSchema,
  state: rowStateSchema,
  mapping: mappingViewSchema.optional(),
  candidates: z.array(candidateViewSchema),
  /** Why the row needs a decision, in words. */
  conflict: z.string().optional(),
  /** The entity, or the one it is mapped to, disappeared in the last sync. */
  removedSinceSync: z.boolean(),
});
export type ViewRow = z.infer<typeof viewRowSchema>;

export const rowCountsSchema = z.object({
  all: z.number().int(),
  mapped: z.number().int(),
  unmapped: z.number().int(),
  suggested: z.number().int(),
  conflicts: z.number().int(),
  removed: z.number().int(),
});
export type RowCounts = z.infer<typeof rowCountsSchema>;

/** An audit entry as the Undo button describes it. */
export const lastChangeSchema = z.object({
  action: z.string(),
  /** E.g. "Accept all: 12 mappings added". */
  label: z.string(),
  at: z.string(),
  by: z.string(),
});
export type LastChange = z.infer<typeof lastChangeSchema>;

/** One page of the table, with the pair-wide numbers the toolbar shows. */
export const pageSchema = z.object({
  rows: z.array(viewRowSchema),
  /** Rows matching the filter and search. */
  total: z.number().int(),
  offset: z.number().int(),
  counts: rowCountsSchema,
  /** Live left entities that have a mapping, of all live left entities. */
  progress: z.object({ mapped: z.number().int(), total: z.number().int() }),
  /** Suggestions in the current filter and search that "Accept all" would take. */
  bulkEligible: z.number().int(),
  /** The newest change Undo would revert; null when there is none. */
  lastChange: lastChangeSchema.nullable(),
});
export type PairPage = z.infer<typeof pageSchema>;

const keyPairSchema = { leftKey: z.string().min(1), rightKey: z.string().min(1) };

export const mappingActionSchema = z.discriminatedUnion('kind', [
  /** Take a suggestion (or any company) for an unmapped row. */
  z.object({ kind: z.literal('accept'), ...keyPairSchema, moveFromOthers: z.boolean().default(false) }),
  /** Map an already mapped row to another company. */
  z.object({ kind: z.literal('reassign'), ...keyPairSchema, moveFromOthers: z.boolean().default(false) }),
  z.object({ kind: z.literal('reject'), ...keyPairSchema }),
  z.object({ kind: z.literal('unmap'), leftKey: z.string().min(1) }),
  /** Accept every suggestion scoring at least `threshold` among the rows filter and search show. */
  z.object({
    kind: z.literal('bulk-accept'),
    threshold: z.number().min(0.5).max(1),
    filter: rowFilterSchema,
    search: z.string().max(200),
  }),
]);
export type MappingAction = z.infer<typeof mappingActionSchema>;

const namedSchema = z.object({ name: z.string(), vendorId: z.string() });
export const changeLineSchema = z.object({
  row: z.number().int(),
  left: namedSchema,
  from: namedSchema.optional(),
  to: namedSchema.optional(),
});
export type ChangeLineView = z.infer<typeof changeLineSchema>;

export const rowErrorSchema = z.object({
  row: z.number().int(),
  field: z.string(),
  value: z.string(),
  message: z.string(),
});

/** What Import would do; long lists are cut (the counts are complete). */
export const importPreviewSchema = z.object({
  fileName: z.string(),
  format: z.enum(['csv', 'json']),
  rowCount: z.number().int(),
  counts: z.object({
    added: z.number().int(),
    reassigned: z.number().int(),
    removed: z.number().int(),
    unchanged: z.number().int(),
    errors: z.number().int(),
  }),
  added: z.array(changeLineSchema),
  reassigned: z.array(changeLineSchema),
  removed: z.array(changeLineSchema),
  errors: z.array(rowErrorSchema),
  /** Sent back with the confirm, so a preview gone stale is refused. */
  digest: z.string(),
});
export type ImportPreviewView = z.infer<typeof importPreviewSchema>;
