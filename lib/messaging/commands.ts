import { z } from 'zod';
import { apiMemberCommands } from '../api-members/commands';
import { connectionCommands } from '../connections/commands';
import { mappingCommands } from '../mapping/commands';
import { readinessCommands } from '../readiness/commands';
import { regionCommands } from '../regions/commands';
import { roleCheckerCommands } from '../role-checker/commands';
import { roleCheckerPageCommands } from '../role-checker/page-commands';
import { syncCommands } from '../sync/commands';
import { defineCommand } from './define-command';

const coreCommands = {
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
} as const;

/**
 * Each feature's command list, as declared in `lib/<feature>/commands.ts`. A spread lets a later
 * list overwrite an earlier command of the same name without a word, so a test checks that no two
 * lists share a name (and that each command's name is its key).
 */
export const commandLists = {
  core: coreCommands,
  regions: regionCommands,
  roleChecker: roleCheckerCommands,
  roleCheckerPage: roleCheckerPageCommands,
  connections: connectionCommands,
  mapping: mappingCommands,
  sync: syncCommands,
  readiness: readinessCommands,
  apiMembers: apiMemberCommands,
} as const;

/**
 * The catalogue of commands between extension contexts: every list above, so this file names the
 * whole surface; search for `'content-script'` to review what a portal page can reach. The
 * background router must wire a handler for each (a missing one is a type error there).
 */
export const commands = {
  ...coreCommands,
  ...regionCommands,
  ...roleCheckerCommands,
  ...roleCheckerPageCommands,
  ...connectionCommands,
  ...mappingCommands,
  ...syncCommands,
  ...readinessCommands,
  ...apiMemberCommands,
} as const;

export type Commands = typeof commands;
