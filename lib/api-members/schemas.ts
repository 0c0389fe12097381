import { z } from 'zod';
import { roleAuditReportSchema } from '../role-checker/report-schema';

/**
 * Shapes of the tenant-wide API-member audit (issue #21): what the options page and popup see,
 * and what a saved run holds in IndexedDB (read back through these schemas: a stored run may be
 * damaged or from another version). Runs in: anywhere (schemas only).
 */

const profileIdsSchema = z.array(z.string().max(64)).max(10);

/** One API member as Options › API members lists it. */
export const apiMemberViewSchema = z.object({
  id: z.number().int(),
  identifier: z.string(),
  name: z.string().nullable(),
  /** Null when the server left the flag out (or sent null): not known to be active. */
  inactive: z.boolean().nullable(),
  role: z.object({ id: z.number().int().nullable(), name: z.string().nullable() }).nullable(),
  /** The member's security location (limits what a right at level My covers). */
  securityLocation: z.string().nullable(),
  defaultLocation: z.string().nullable(),
  defaultBoard: z.string().nullable(),
  tags: profileIdsSchema,
  /** Catalogue profiles its identifier or name suggests; never applied without the admin. */
  suggestions: profileIdsSchema,
});
export type ApiMemberView = z.infer<typeof apiMemberViewSchema>;

/**
 * A member's verdict, worst last. `untagged`: no integration chosen, nothing to audit against;
 * `role-deleted`: its role no longer exists (404); `unreadable`: its role could not be read (403…);
 * `no-role`: the server names no role for it.
 */
export const VERDICTS = [
  'pass',
  'untagged',
  'excess',
  'missing',
  'no-role',
  'role-deleted',
  'unreadable',
] as const;
export const verdictSchema = z.enum(VERDICTS);
export type Verdict = z.infer<typeof verdictSchema>;

/** Something beyond the role that limits what the integration can do; from the catalogue where it has data. */
export const scopeNoteSchema = z.object({
  id: z.string(),
  status: z.enum(['pass', 'fail', 'info']),
  text: z.string(),
});
export type ScopeNote = z.infer<typeof scopeNoteSchema>;

export const memberResultSchema = z.object({
  memberId: z.number().int(),
  identifier: z.string(),
  name: z.string().nullable(),
  inactive: z.boolean().nullable(),
  roleId: z.number().int().nullable(),
  roleName: z.string().nullable(),
  tags: profileIdsSchema,
  verdict: verdictSchema,
  counts: z.object({ missing: z.number(), excess: z.number(), manual: z.number() }),
  /** On ConnectWise's built-in Admin role. */
  adminRole: z.boolean(),
  /** Sensitive rights the role grants beyond the integrations' needs, by name. */
  sensitiveExcess: z.array(z.string()),
  /** Other members on the same role whose integrations need different rights. */
  sharesRoleWith: z.array(z.string()),
  scope: z.array(scopeNoteSchema),
  /** Why the role could not be audited (verdicts role-deleted, unreadable, no-role). */
  message: z.string().optional(),
  /** Key into the run's `reports` (members on one role with the same tags share one report). */
  reportKey: z.string().optional(),
});
export type MemberResult = z.infer<typeof memberResultSchema>;

/** What a role granted at the run, as "Module › Function › Action: Level" lines (drift compares them). */
export const roleSnapshotSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  rights: z.array(z.string()),
});
export type RoleSnapshot = z.infer<typeof roleSnapshotSchema>;

/** One complete audit run, as saved (a run is only ever saved whole). */
export const fleetRunSchema = z.object({
  id: z.string(),
  connectionId: z.string(),
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime(),
  trigger: z.enum(['manual', 'scheduled', 'tags-changed']),
  catalogueVersion: z.string(),
  members: z.array(memberResultSchema),
  roles: z.array(roleSnapshotSchema),
  reports: z.record(z.string(), roleAuditReportSchema),
  /** Requests the run sent to ConnectWise (members, roles list, one per distinct role). */
  requests: z.number().int().nonnegative(),
});
export type FleetRun = z.infer<typeof fleetRunSchema>;

export const driftSchema = z.object({
  since: z.iso.datetime(),
  catalogueChanged: z.boolean(),
  newMembers: z.array(z.string()),
  goneMembers: z.array(z.string()),
  roleChanged: z.array(z.object({ member: z.string(), from: z.string(), to: z.string() })),
  rightsChanged: z.array(
    z.object({ role: z.string(), added: z.array(z.string()), removed: z.array(z.string()) }),
  ),
  verdictChanged: z.array(
    z.object({
      member: z.string(),
      from: verdictSchema,
      to: verdictSchema,
      worse: z.boolean(),
      cause: z.enum(['role', 'role-changed', 'tags', 'catalogue', 'server']),
    }),
  ),
});
export type Drift = z.infer<typeof driftSchema>;

export const fleetAuditSchema = z.object({ run: fleetRunSchema, drift: driftSchema.nullable() });
export type FleetAudit = z.infer<typeof fleetAuditSchema>;

export const fleetScheduleSchema = z.object({
  enabled: z.boolean(),
  /** Minutes between scheduled re-audits; daily by default. */
  intervalMinutes: z.number().int().min(60).max(10_080),
});
export type FleetSchedule = z.infer<typeof fleetScheduleSchema>;
export const DEFAULT_FLEET_SCHEDULE: FleetSchedule = { enabled: true, intervalMinutes: 1440 };
