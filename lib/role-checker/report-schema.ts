import { z } from 'zod';
// The modules themselves, not the permissions index: every context that sends a command bundles
// this file, and the index would bring the whole catalogue into content scripts.
import { AUTOMATE_SCOPES } from '../permissions/automate-fields';
import { ACTIONS, LEVELS } from '../permissions/levels';
import { checkEvaluatorSchema, customizeExpectationSchema } from '../permissions/schema';

/**
 * Audit reports as they travel between the background and the options page: the permission
 * engine's report types (lib/permissions/types.ts) as zod schemas, so the router checks them
 * like every other answer.
 */

const statusSchema = z.enum(['missing', 'excess', 'ok']);
const levelSchema = z.enum(LEVELS);

const manualCheckSchema = z.object({
  id: z.string(),
  profiles: z.array(z.string()),
  title: z.string(),
  detail: z.string(),
  source: z.object({ vendor: z.string(), title: z.string(), document: z.string() }),
  inferred: z.boolean(),
  evaluator: checkEvaluatorSchema.optional(),
  customize: customizeExpectationSchema.optional(),
});

const reportBase = {
  // The engine's report type leaves the product open; the findings' kind says which it is.
  product: z.enum(['manage', 'automate']),
  mode: z.enum(['minimum', 'least-privilege']),
  catalogueVersion: z.string(),
  profiles: z.array(z.string()),
  pass: z.boolean(),
  summary: z.object({ ok: z.number(), missing: z.number(), excess: z.number(), manual: z.number() }),
  manualChecks: z.array(manualCheckSchema),
};

export const roleAuditReportSchema = z.object({
  ...reportBase,
  findings: z.array(
    z.object({
      kind: z.literal('role'),
      module: z.string(),
      function: z.string(),
      action: z.enum(ACTIONS),
      required: levelSchema,
      actual: levelSchema,
      status: statusSchema,
      profiles: z.array(z.string()),
      inferred: z.boolean(),
    }),
  ),
});

export const userClassAuditReportSchema = z.object({
  ...reportBase,
  findings: z.array(
    z.object({
      kind: z.literal('user-class'),
      scope: z.enum(AUTOMATE_SCOPES),
      permission: z.string(),
      label: z.string(),
      required: z.boolean(),
      actual: z.boolean(),
      status: statusSchema,
      profiles: z.array(z.string()),
      inferred: z.boolean(),
      ifMissing: z.string().optional(),
    }),
  ),
});

/**
 * The API member's own rights, audited after a successful ConnectWise Manage connection test
 * (lib/role-checker/background/member-audit.ts): the report, why there is none, or why it failed.
 */
export const memberAuditSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('audited'), report: roleAuditReportSchema }),
  /** The connection names no integration, so there is nothing to audit against. */
  z.object({ state: z.literal('no-integrations') }),
  z.object({ state: z.literal('failed'), message: z.string() }),
]);
export type MemberAudit = z.infer<typeof memberAuditSchema>;
