import { z } from 'zod';
import { entityChangeSchema, syncRunSchema } from '../db/records';
import { defineCommand } from '../messaging/define-command';
import { vendorIdSchema } from '../vendor-ids';
import { runSummarySchema } from './events';
import { syncScheduleSchema } from './schedule';

export const connectionSyncStatusSchema = z.object({
  connection: z.object({ id: z.string(), vendor: vendorIdSchema, name: z.string() }),
  /** A run is going on now. */
  running: z.boolean(),
  /** The run in progress (or interrupted and about to resume), as last stored. */
  activeRun: runSummarySchema.nullable(),
  lastRun: runSummarySchema.nullable(),
  lastSuccessAt: z.string().nullable(),
  entities: z.object({
    active: z.number().int().nonnegative(),
    removed: z.number().int().nonnegative(),
    unmapped: z.number().int().nonnegative(),
  }),
  /** Minutes between scheduled syncs; null when not scheduled. */
  intervalMinutes: z.number().int().nullable(),
});
export type ConnectionSyncStatusView = z.infer<typeof connectionSyncStatusSchema>;

const startResultSchema = z.object({
  connectionId: z.string(),
  runId: z.string(),
  alreadyRunning: z.boolean(),
});
const connectionIdSchema = z.string().min(1).max(200);

/** The popup's sync panel and the options page's sync section. Extension pages only. */
export const syncCommands = {
  /** Everything the panel shows, read fresh: a popup reopened mid-sync starts from this. */
  getSyncStatus: defineCommand({
    name: 'getSyncStatus',
    request: z.object({}).strict(),
    response: z.object({
      connections: z.array(connectionSyncStatusSchema),
      /** Connections whose scheduled sync failed since the user last looked (the toolbar badge). */
      scheduledFailures: z.array(z.string()),
    }),
    allowedFrom: ['extension-page'],
    passive: true,
  }),
  syncNow: defineCommand({
    name: 'syncNow',
    request: z.union([
      z.object({ connectionId: connectionIdSchema }).strict(),
      z.object({ all: z.literal(true) }).strict(),
    ]),
    response: z.object({ started: z.array(startResultSchema) }),
    allowedFrom: ['extension-page'],
  }),
  cancelSync: defineCommand({
    name: 'cancelSync',
    request: z.object({ connectionId: connectionIdSchema }).strict(),
    response: z.object({ cancelled: z.boolean() }),
    allowedFrom: ['extension-page'],
  }),
  /** Applies the removals the removal guard held on the connection's newest run. */
  confirmRemovals: defineCommand({
    name: 'confirmRemovals',
    request: z.object({ connectionId: connectionIdSchema, runId: z.string().min(1).max(200) }).strict(),
    response: z.object({ removed: z.number().int().nonnegative() }),
    allowedFrom: ['extension-page'],
  }),
  /** Recent runs with their issues and errors, and what the newest finished run changed. */
  getSyncHistory: defineCommand({
    name: 'getSyncHistory',
    request: z
      .object({ connectionId: connectionIdSchema, runs: z.number().int().min(1).max(50).default(10) })
      .strict(),
    response: z.object({
      runs: z.array(syncRunSchema.omit({ resume: true })),
      changes: z.array(entityChangeSchema),
    }),
    allowedFrom: ['extension-page'],
    passive: true,
  }),
  getSyncSchedule: defineCommand({
    name: 'getSyncSchedule',
    request: z.object({}).strict(),
    response: syncScheduleSchema,
    allowedFrom: ['extension-page'],
    passive: true,
  }),
  setSyncSchedule: defineCommand({
    name: 'setSyncSchedule',
    request: syncScheduleSchema,
    response: syncScheduleSchema,
    allowedFrom: ['extension-page'],
  }),
  /** The user has seen the failed scheduled syncs: clears the toolbar badge. */
  acknowledgeSyncFailures: defineCommand({
    name: 'acknowledgeSyncFailures',
    request: z.object({}).strict(),
    response: z.object({}).strict(),
    allowedFrom: ['extension-page'],
  }),
} as const;
