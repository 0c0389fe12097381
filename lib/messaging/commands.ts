import { z } from 'zod';
import { connectionCommands } from '../connections/commands';
import { mappingCommands } from '../mapping/commands';
import { regionCommands } from '../regions/commands';
import { roleCheckerCommands } from '../role-checker/commands';
import { syncCommands } from '../sync/commands';
import { vendorCommands } from '../vendors/commands';
import { defineCommand } from './define-command';

/**
 * The catalogue of commands between extension contexts. Each feature declares its commands in
 * `lib/<feature>/commands.ts` and is spread in here, so this file lists the whole surface; search
 * for `'content-script'` to review what a portal page can reach.
 */
export const commands = {
  /** Liveness and identity check; safe for any trusted context. */
  ping: defineCommand({
    name: 'ping',
    request: z.object({}).strict(),
    response: z.object({ version: z.string(), senderContext: z.enum(['extension-page', 'content-script']) }),
    allowedFrom: ['extension-page', 'content-script'],
    passive: true,
    portals: ['cwManage', 'watchguard', 'cwRmm'],
  }),
  /** Extension status for the popup and options page only. */
  getExtensionStatus: defineCommand({
    name: 'getExtensionStatus',
    request: z.object({}).strict(),
    response: z.object({ version: z.string(), startedAt: z.string() }),
    allowedFrom: ['extension-page'],
    passive: true,
  }),

  ...regionCommands,
  ...roleCheckerCommands,
  ...vendorCommands,
  ...connectionCommands,
  ...mappingCommands,
  ...syncCommands,
} as const;

export type Commands = typeof commands;
