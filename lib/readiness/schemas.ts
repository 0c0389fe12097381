import { z } from 'zod';
import { sourceSchema } from '../permissions/schema';
import type { CheckResult } from '../permissions/types';
import { vendorIdSchema } from '../vendor-ids';

/**
 * The readiness contract between the background (which reads live vendor data) and the options
 * page (which shows it). Runs in: any context (pure data and schemas).
 *
 * A readiness group is one integration's conditions for one kind of connection (ThreatLocker on
 * a Manage connection, the WatchGuard plug-in on an RMM connection…): the inputs the admin gives
 * (a board to check, an invitation to paste), the checks, and their results.
 */

export const readinessStatusSchema = z.enum(['pass', 'fail', 'unknown']);
export type ReadinessStatus = z.infer<typeof readinessStatusSchema>;

const shortText = z.string().max(2000);

/**
 * One check's outcome. It is the permissions' CheckResult (id, title, status, detail, source)
 * plus what a live check can show: the evidence it read, whether the reading is ours (the document
 * is not explicit), and what to do about a failure.
 */
export const readinessResultSchema = z.object({
  id: z.string().min(1).max(200),
  title: z.string().max(300),
  status: readinessStatusSchema,
  detail: shortText,
  source: sourceSchema,
  /** What was read, one fact a line ("Statuses: New, Assigned, Closed"); never a secret. */
  evidence: z.array(z.string().max(500)).max(200).optional(),
  /** True when the rule is our reading of the document, not its words. */
  inferred: z.boolean().optional(),
  nextStep: shortText.optional(),
});
export type ReadinessResult = CheckResult & z.infer<typeof readinessResultSchema>;

export const readinessChoiceSchema = z.object({ value: z.string().max(500), label: z.string().max(500) });

/**
 * What a group asks of the admin. `choice` lists come from the background (`loadReadinessChoices`);
 * `text` is typed or pasted. A `secret` text (a registration code in an invitation email) is never
 * stored by the page nor logged, and only its lint leaves the background.
 */
export const readinessInputSchema = z.discriminatedUnion('control', [
  z.object({
    control: z.literal('choice'),
    id: z.string().min(1).max(100),
    label: z.string().max(200),
    help: z.string().max(1000).optional(),
    multiple: z.boolean(),
  }),
  z.object({
    control: z.literal('text'),
    id: z.string().min(1).max(100),
    label: z.string().max(200),
    help: z.string().max(1000).optional(),
    multiline: z.boolean().optional(),
    secret: z.boolean().optional(),
  }),
]);
export type ReadinessInput = z.infer<typeof readinessInputSchema>;

/** The admin's answers by input id: one value, or several for a `multiple` choice. */
export const readinessValuesSchema = z.record(
  z.string().min(1).max(100),
  z.union([z.string().max(20_000), z.array(z.string().max(500)).max(500)]),
);
export type ReadinessValues = z.infer<typeof readinessValuesSchema>;

/** A check as listed before it runs (so the panel can show every check, run or not). */
export const readinessCheckInfoSchema = z.object({
  id: z.string().min(1).max(200),
  title: z.string().max(300),
  source: sourceSchema,
  inferred: z.boolean().optional(),
  /** Input ids the check cannot run without. */
  needs: z.array(z.string().max(100)).max(20),
});
export type ReadinessCheckInfo = z.infer<typeof readinessCheckInfoSchema>;

export const readinessGroupInfoSchema = z.object({
  id: z.string().min(1).max(100),
  title: z.string().max(300),
  source: sourceSchema,
  kinds: z.array(vendorIdSchema).min(1),
  inputs: z.array(readinessInputSchema).max(20),
  checks: z.array(readinessCheckInfoSchema).max(50),
});
export type ReadinessGroupInfo = z.infer<typeof readinessGroupInfoSchema>;

/** A choice list, or why it could not be read (a 403 names the role function). */
export const readinessChoicesOutcomeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), choices: z.array(readinessChoiceSchema).max(5000) }),
  z.object({ ok: z.literal(false), message: shortText, nextStep: shortText.optional() }),
]);
export type ReadinessChoicesOutcome = z.infer<typeof readinessChoicesOutcomeSchema>;
