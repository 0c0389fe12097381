import { z } from 'zod';
import { defineCommand } from '../messaging/define-command';
import { roleAuditReportSchema, userClassAuditReportSchema } from './report-schema';

/**
 * Role audits through the vendors' APIs, for the options page ("Audit a role") and the
 * connections view (the API member's own rights). Extension pages only: they read through saved
 * connections, whose credentials stay in the background. The in-page checker's own commands, the
 * only ones a ConnectWise page may send, are in page-commands.ts.
 */

const connectionIdSchema = z.string().min(1).max(200);
const profilesSchema = z.array(z.string().min(1)).min(1, 'Pick at least one integration.').max(20);
const modeSchema = z.enum(['minimum', 'least-privilege']);
const idSchema = z.number().int().nonnegative();

export const auditConnectionSchema = z.object({
  id: connectionIdSchema,
  label: z.string(),
  vendor: z.enum(['cw-manage', 'cw-automate']),
});
export type AuditConnection = z.infer<typeof auditConnectionSchema>;

export const roleCheckerCommands = {
  /** The saved ConnectWise connections an audit can read through (no secrets). */
  listAuditConnections: defineCommand({
    name: 'listAuditConnections',
    request: z.object({}).strict(),
    response: z.object({ connections: z.array(auditConnectionSchema) }),
    allowedFrom: ['extension-page'],
    passive: true,
  }),
  listManageRoles: defineCommand({
    name: 'listManageRoles',
    request: z.object({ connectionId: connectionIdSchema }).strict(),
    response: z.object({
      roles: z.array(z.object({ id: idSchema, name: z.string(), adminFlag: z.boolean().optional() })),
    }),
    allowedFrom: ['extension-page'],
  }),
  auditManageRole: defineCommand({
    name: 'auditManageRole',
    request: z
      .object({
        connectionId: connectionIdSchema,
        roleId: idSchema,
        profiles: profilesSchema,
        mode: modeSchema,
      })
      .strict(),
    response: z.object({ role: z.object({ id: idSchema, name: z.string() }), report: roleAuditReportSchema }),
    allowedFrom: ['extension-page'],
  }),
  /** The connection's API member against the integrations it serves (`/system/mySecurity`). */
  auditApiMember: defineCommand({
    name: 'auditApiMember',
    request: z
      .object({ connectionId: connectionIdSchema, profiles: profilesSchema, mode: modeSchema })
      .strict(),
    response: z.object({ report: roleAuditReportSchema }),
    allowedFrom: ['extension-page'],
  }),
  listAutomateUserClasses: defineCommand({
    name: 'listAutomateUserClasses',
    request: z.object({ connectionId: connectionIdSchema }).strict(),
    response: z.object({ userClasses: z.array(z.object({ id: idSchema, name: z.string() })) }),
    allowedFrom: ['extension-page'],
  }),
  auditAutomateUserClass: defineCommand({
    name: 'auditAutomateUserClass',
    request: z
      .object({ connectionId: connectionIdSchema, userClassId: idSchema, profiles: profilesSchema })
      .strict(),
    response: z.object({
      userClass: z.object({ id: idSchema, name: z.string() }),
      /** The connection's own user, whose Integrator flag is read from its record, or why not. */
      user: z.union([z.object({ id: idSchema, name: z.string() }), z.object({ problem: z.string() })]),
      report: userClassAuditReportSchema,
    }),
    allowedFrom: ['extension-page'],
  }),
} as const;
