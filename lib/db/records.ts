/**
 * The shapes of what the companion keeps in IndexedDB besides the mapping contract
 * (lib/mapping/store.ts): the sync engine's bookkeeping on entities, sync runs and the change log.
 */
import { z } from 'zod';
import { entityKindSchema, entityRecordSchema } from '../mapping/store';
import { vendorIdSchema } from '../vendor-ids';

const isoTime = z.string().datetime();
const count = z.number().int().nonnegative();

/** An entity as stored: the contract record plus the run that last saw it. */
export const storedEntitySchema = entityRecordSchema.extend({
  /** A complete pass marks removed every entity of its kinds whose `lastSeenRunId` is not its own. */
  lastSeenRunId: z.string().optional(),
});
export type StoredEntity = z.infer<typeof storedEntitySchema>;

/** A suggestion the user turned down; `id` is `rejectionKey(leftKey, rightKey)`. */
export const rejectionRecordSchema = z.object({
  id: z.string().min(1),
  leftConnectionId: z.string().min(1),
  rightConnectionId: z.string().min(1),
  leftKey: z.string().min(1),
  rightKey: z.string().min(1),
  at: isoTime,
  by: z.string(),
});
export type RejectionRecord = z.infer<typeof rejectionRecordSchema>;

export const entityChangeKindSchema = z.enum(['added', 'renamed', 'moved', 'removed', 'restored']);
export type EntityChangeKind = z.infer<typeof entityChangeKindSchema>;

/** One line of "what changed since the last sync". */
export const entityChangeSchema = z.object({
  id: z.number().int().optional(),
  runId: z.string().min(1),
  connectionId: z.string().min(1),
  at: isoTime,
  key: z.string().min(1),
  kind: entityKindSchema,
  vendorId: z.string().min(1),
  change: entityChangeKindSchema,
  name: z.string(),
  previousName: z.string().optional(),
  parentVendorId: z.string().optional(),
  previousParentVendorId: z.string().optional(),
});
export type EntityChange = z.infer<typeof entityChangeSchema>;

export const syncCountsSchema = z.object({
  pages: count,
  /** Entities written (after duplicates were dropped). */
  records: count,
  added: count,
  renamed: count,
  moved: count,
  restored: count,
  removed: count,
  unchanged: count,
  /** Records dropped because their vendor id had already been received in this run. */
  duplicates: count,
  /** Records with an empty or blank name. */
  unnamed: count,
});
export type SyncCounts = z.infer<typeof syncCountsSchema>;

export const EMPTY_COUNTS: SyncCounts = {
  pages: 0,
  records: 0,
  added: 0,
  renamed: 0,
  moved: 0,
  restored: 0,
  removed: 0,
  unchanged: 0,
  duplicates: 0,
  unnamed: 0,
};

/** Something in the vendor's data the user should know about; the run still completes. */
export const syncIssueSchema = z.object({
  kind: z.enum(['duplicate-id', 'missing-id', 'empty-name', 'unreadable-record']),
  entityKind: entityKindSchema,
  vendorId: z.string(),
  message: z.string(),
});
export type SyncIssue = z.infer<typeof syncIssueSchema>;

/** At most this many issues are kept per run (the count keeps going). */
export const MAX_ISSUES_PER_RUN = 50;

/** Why a run failed, in plain words. Never holds a secret: built from our own messages. */
export const syncErrorSchema = z.object({
  message: z.string(),
  nextStep: z.string().optional(),
  /** A VendorError kind ('auth', 'server', …) or 'store', 'connection', 'cancelled', 'unexpected'. */
  kind: z.string(),
  status: z.number().int().optional(),
});
export type SyncError = z.infer<typeof syncErrorSchema>;

export const syncTriggerSchema = z.enum(['manual', 'scheduled']);
export type SyncTrigger = z.infer<typeof syncTriggerSchema>;

/** `incomplete`: a listing stopped without proof of its end; what was read is kept, nothing removed. */
export const syncStatusSchema = z.enum(['running', 'succeeded', 'failed', 'cancelled', 'incomplete']);

export const syncPhaseSchema = z.enum(['starting', 'fetching', 'removing', 'done']);

/** Where a stopped run picks up: the source it was reading and that source's opaque cursor. */
export const resumePointSchema = z.object({
  sourceIndex: count,
  /** JSON the source gave with its last written page; absent = the source's first page. */
  cursor: z.json().optional(),
});

export const syncRunSchema = z.object({
  id: z.string().min(1),
  connectionId: z.string().min(1),
  vendor: vendorIdSchema,
  trigger: syncTriggerSchema,
  status: syncStatusSchema,
  phase: syncPhaseSchema,
  /** The kinds of the run's sources, in order; a resumed run must find the same ones. */
  kinds: z.array(entityKindSchema),
  startedAt: isoTime,
  updatedAt: isoTime,
  finishedAt: isoTime.optional(),
  /** Saved with every page, in the same transaction as the page. */
  resume: resumePointSchema,
  /** How often the run was picked up again after the background stopped. */
  resumedTimes: count,
  counts: syncCountsSchema,
  issues: z.array(syncIssueSchema),
  issueCount: count,
  error: syncErrorSchema.optional(),
  /**
   * A complete pass that would have removed too large a share (the removal guard): nothing was
   * removed; the admin confirms (`confirmRemovals`) or syncs again.
   */
  heldRemovals: z.object({ count, of: count }).optional(),
});
export type SyncRun = z.infer<typeof syncRunSchema>;
