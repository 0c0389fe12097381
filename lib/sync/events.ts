import { z } from 'zod';
import { type SyncRun, syncRunSchema } from '../db/records';

/** What pages see of a run: everything but the resume cursor and the list of issues. */
export const runSummarySchema = syncRunSchema.omit({ resume: true, issues: true });
export type RunSummary = z.infer<typeof runSummarySchema>;

export function summariseRun(run: SyncRun): RunSummary {
  const { resume: _resume, issues: _issues, ...summary } = run;
  return summary;
}

/**
 * The background broadcasts this to extension pages (popup, options) after every step of a run.
 * `runtime.sendMessage` from the background reaches extension pages only, never content scripts.
 */
export const SYNC_EVENT_CHANNEL = 'mpc.sync.progress';

export const syncEventSchema = z.object({
  channel: z.literal(SYNC_EVENT_CHANNEL),
  run: runSummarySchema,
});
export type SyncEvent = z.infer<typeof syncEventSchema>;

export function syncEvent(run: SyncRun): SyncEvent {
  return { channel: SYNC_EVENT_CHANNEL, run: summariseRun(run) };
}

/** The event a message carries, or null for any other (or malformed) message. */
export function parseSyncEvent(message: unknown): SyncEvent | null {
  const parsed = syncEventSchema.safeParse(message);
  return parsed.success ? parsed.data : null;
}
