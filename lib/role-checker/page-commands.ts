import { z } from 'zod';
import { defineCommand } from '../messaging/define-command';
import { LEVELS } from '../permissions/levels';

/**
 * The role-checker commands a ConnectWise page may send: the in-page checker's, from its lazily
 * loaded script. Apart from commands.ts so that script carries these schemas only. Neither takes
 * a site or a connection from the page: the background reads the site from the sender and picks
 * the connection itself, and no answer carries a secret.
 */

const levelSchema = z.enum(LEVELS);

/** One function of a role as the server holds it (the shape `readRoleSettings` gives). */
export const savedRoleSettingSchema = z.object({
  module: z.string(),
  function: z.string(),
  levels: z.object({ add: levelSchema, edit: levelSchema, delete: levelSchema, inquire: levelSchema }),
});
export type SavedRoleSetting = z.infer<typeof savedRoleSettingSchema>;

/** What the server holds for the role the page shows, read through this site's saved connection. */
export const savedRoleSchema = z.discriminatedUnion('status', [
  /** No saved ConnectWise Manage connection is for this site. */
  z.object({ status: z.literal('no-connection') }),
  /** The connection's API lists no role of that name (not saved yet, or renamed). */
  z.object({ status: z.literal('not-found'), connectionName: z.string() }),
  z.object({
    status: z.literal('found'),
    connectionName: z.string(),
    /** The role's name as the server spells it. */
    roleName: z.string(),
    settings: z.array(savedRoleSettingSchema).max(5000),
  }),
  /** The page asked too often (or another role is being read): ask again after this long. */
  z.object({
    status: z.literal('waiting'),
    connectionName: z.string(),
    retryAfterSeconds: z.number().int().min(1).max(600),
  }),
  /** The read failed; `message` is one a person can act on, never a URL or a secret. */
  z.object({ status: z.literal('failed'), connectionName: z.string().nullable(), message: z.string() }),
]);
export type SavedRole = z.infer<typeof savedRoleSchema>;

export const roleCheckerPageCommands = {
  /** The role of this name, through the saved Manage connection whose site is the sender's. */
  readSavedRole: defineCommand({
    name: 'readSavedRole',
    request: z
      .object({
        roleName: z.string().trim().min(1).max(200),
        /** "Re-read from server" (a person's click): not from the short-lived cache; still rate-limited. */
        fresh: z.boolean().optional(),
      })
      .strict(),
    response: savedRoleSchema,
    allowedFrom: ['content-script'],
    portals: ['cwManage'],
  }),
  /**
   * The integrations the organization's policy preselects (any product; empty without a policy).
   * The content script sends it while the checker script loads (chunk-bridge.ts).
   */
  roleCheckerDefaults: defineCommand({
    name: 'roleCheckerDefaults',
    request: z.object({}).strict(),
    response: z.object({ profiles: z.array(z.string()).max(50) }),
    allowedFrom: ['content-script', 'extension-page'],
    passive: true,
    portals: ['cwManage'],
  }),
  /**
   * Writes the Manage catalogue into storage.local (catalogue-item.ts), where the page reads it:
   * sent only when the page found it missing, of another version or damaged. Public data.
   */
  roleCheckerCatalogue: defineCommand({
    name: 'roleCheckerCatalogue',
    request: z.object({}).strict(),
    /** The version now stored. */
    response: z.object({ version: z.string().min(1).max(100) }),
    allowedFrom: ['content-script'],
    portals: ['cwManage'],
  }),
} as const;
