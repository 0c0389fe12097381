import { z } from 'zod';
import { defineCommand } from '../messaging/define-command';
import { apiMemberViewSchema, fleetAuditSchema, fleetScheduleSchema } from './schemas';

/**
 * Options › API members (issue #21): every API member of a ConnectWise Manage tenant, the
 * integrations each serves (tags kept with the connection), and one audit for all of them with
 * its history. Extension pages only: everything reads through a saved connection, whose
 * credentials stay in the background.
 */

const connectionIdSchema = z.string().min(1).max(200);

export const apiMemberCommands = {
  /** The tenant's API members with their tags and tag suggestions. */
  listApiMembers: defineCommand({
    name: 'listApiMembers',
    request: z.object({ connectionId: connectionIdSchema }).strict(),
    response: z.object({ members: z.array(apiMemberViewSchema) }),
    allowedFrom: ['extension-page'],
  }),
  /** Sets one member's integrations (catalogue profile ids; empty clears them). */
  setApiMemberTags: defineCommand({
    name: 'setApiMemberTags',
    request: z
      .object({
        connectionId: connectionIdSchema,
        memberId: z.number().int().nonnegative(),
        profiles: z.array(z.string().min(1).max(64)).max(10),
      })
      .strict(),
    response: z.object({ tags: z.array(z.string()) }),
    allowedFrom: ['extension-page'],
  }),
  /** Audits every member now; saved as a run, with what changed since the previous one. */
  runFleetAudit: defineCommand({
    name: 'runFleetAudit',
    request: z
      .object({ connectionId: connectionIdSchema, trigger: z.enum(['manual', 'tags-changed']) })
      .strict(),
    response: fleetAuditSchema,
    allowedFrom: ['extension-page'],
  }),
  /** The connection's last saved run, with its drift from the one before. */
  lastFleetAudit: defineCommand({
    name: 'lastFleetAudit',
    request: z.object({ connectionId: connectionIdSchema }).strict(),
    response: z.object({ audit: fleetAuditSchema.nullable() }),
    allowedFrom: ['extension-page'],
    passive: true,
  }),
  /** The newest run of any connection, as the popup's one line. */
  fleetAuditSummary: defineCommand({
    name: 'fleetAuditSummary',
    request: z.object({}).strict(),
    response: z.object({
      summary: z
        .object({
          connectionId: z.string(),
          connectionName: z.string(),
          line: z.string(),
          finishedAt: z.string(),
          worse: z.boolean(),
        })
        .nullable(),
    }),
    allowedFrom: ['extension-page'],
    passive: true,
  }),
  /** The person saw the report: the toolbar "!" for a worse verdict goes. */
  acknowledgeFleetAudit: defineCommand({
    name: 'acknowledgeFleetAudit',
    request: z.object({}).strict(),
    response: z.object({}),
    allowedFrom: ['extension-page'],
    passive: true,
  }),
  getFleetAuditSchedule: defineCommand({
    name: 'getFleetAuditSchedule',
    request: z.object({}).strict(),
    response: fleetScheduleSchema,
    allowedFrom: ['extension-page'],
    passive: true,
  }),
  setFleetAuditSchedule: defineCommand({
    name: 'setFleetAuditSchedule',
    request: fleetScheduleSchema.strict(),
    response: fleetScheduleSchema,
    allowedFrom: ['extension-page'],
  }),
} as const;
