import { z } from 'zod';
import { connectionIdSchema } from '../connections/schemas';
import { defineCommand } from '../messaging/define-command';
import { portalReadinessCommands } from './portal-commands';
import {
  readinessChoicesOutcomeSchema,
  readinessGroupInfoSchema,
  readinessResultSchema,
  readinessValuesSchema,
} from './schemas';

/**
 * Readiness checks of a saved connection (Options › Connections › Readiness). Extension pages
 * only: the checks read through the connection's credentials, which stay in the background.
 */
const groupRequest = z
  .object({
    connectionId: connectionIdSchema,
    groupId: z.string().min(1).max(100),
    values: readinessValuesSchema,
  })
  .strict();

export const readinessCommands = {
  /** The readiness groups that apply to a connection (by kind and what it serves). */
  listReadinessGroups: defineCommand({
    name: 'listReadinessGroups',
    request: z.object({ connectionId: connectionIdSchema }).strict(),
    response: z.object({ groups: z.array(readinessGroupInfoSchema) }),
    allowedFrom: ['extension-page'],
    passive: true,
  }),
  /** The lists a group's `choice` inputs offer (boards, company types…), read live. */
  loadReadinessChoices: defineCommand({
    name: 'loadReadinessChoices',
    request: groupRequest,
    response: z.object({ choices: z.record(z.string(), readinessChoicesOutcomeSchema) }),
    allowedFrom: ['extension-page'],
  }),
  /** Runs a group's checks with the admin's inputs; every check of the group gets a result. */
  runReadinessGroup: defineCommand({
    name: 'runReadinessGroup',
    request: groupRequest,
    response: z.object({ results: z.array(readinessResultSchema), ranAt: z.string().datetime() }),
    allowedFrom: ['extension-page'],
  }),
  /**
   * Whether a ConnectWise Manage site knows a login company ID (its unauthenticated codebase
   * lookup), for a connection form before keys are pasted. The lookup runs here, where the host
   * permissions are.
   */
  checkManageCompanyId: defineCommand({
    name: 'checkManageCompanyId',
    request: z
      .object({
        siteUrl: z.url({ protocol: /^https$/ }).max(300),
        companyId: z.string().trim().min(1).max(100),
      })
      .strict(),
    response: z.object({ known: z.boolean(), host: z.string(), companyName: z.string().optional() }),
    allowedFrom: ['extension-page'],
  }),
  ...portalReadinessCommands,
} as const;
