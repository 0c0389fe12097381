/**
 * The connection and vault commands. Every one is for extension pages only: they carry secrets
 * in (save, test, passphrases) or describe them (masked states), and a vendor page must not be
 * able to drive them. tests/unit/connections/sender-policy.test.ts holds the line.
 */
import { z } from 'zod';
import { defineCommand } from '../messaging/define-command';
import { backupSchema } from './backup';
import { managedPolicySchema } from './policy';
import { preferencesSchema } from './preferences';
import {
  connectionIdSchema,
  connectionTestResultSchema,
  maskedConnectionSchema,
  saveConnectionRequestSchema,
} from './schemas';

const empty = z.object({}).strict();
const byId = z.object({ id: connectionIdSchema }).strict();
const passphrase = z.string().min(1, 'Enter the passphrase.').max(1024);
const pagesOnly = ['extension-page'] as const;

export const vaultStatusSchema = z.object({
  mode: z.enum(['none', 'device', 'passphrase']),
  locked: z.boolean(),
  passphraseRequired: z.boolean(),
  usable: z.boolean(),
  autoLockMinutes: z.number().int(),
  kdfIterations: z.number().int().optional(),
});

export const connectionSettingsSchema = z.object({
  /** The user's own preferences. */
  preferences: preferencesSchema,
  /** What applies: the policy's values win. */
  effective: preferencesSchema,
  policy: managedPolicySchema,
  managed: z.object({
    requirePassphrase: z.boolean(),
    autoLockMinutes: z.boolean(),
    defaultRegions: z.array(z.string()),
    pinnedConnectionIds: z.array(z.string()),
    roleCheckerIntegrations: z.array(z.string()).nullable(),
  }),
  /** Parts of the managed policy that were ignored, in plain words. */
  policyProblems: z.array(z.string()),
});

export const connectionCommands = {
  listConnections: defineCommand({
    name: 'listConnections',
    request: empty,
    response: z.object({ connections: z.array(maskedConnectionSchema), damaged: z.number().int() }),
    allowedFrom: pagesOnly,
    passive: true,
  }),
  getConnection: defineCommand({
    name: 'getConnection',
    request: byId,
    response: z.object({ connection: maskedConnectionSchema }),
    allowedFrom: pagesOnly,
    passive: true,
  }),
  /** Create or update; secrets only replace (empty keeps the saved one), never come back. */
  saveConnection: defineCommand({
    name: 'saveConnection',
    request: saveConnectionRequestSchema,
    response: z.object({ connection: maskedConnectionSchema }),
    allowedFrom: pagesOnly,
  }),
  renameConnection: defineCommand({
    name: 'renameConnection',
    request: z.object({ id: connectionIdSchema, name: z.string().max(200) }).strict(),
    response: z.object({ connection: maskedConnectionSchema }),
    allowedFrom: pagesOnly,
  }),
  removeConnection: defineCommand({
    name: 'removeConnection',
    request: byId,
    // syncedDataCleared false: the connection is gone but its synced data could not be deleted.
    response: z.object({ removed: z.literal(true), syncedDataCleared: z.boolean() }),
    allowedFrom: pagesOnly,
  }),
  /** The background resolves the saved secrets and calls the vendor. */
  testSavedConnection: defineCommand({
    name: 'testSavedConnection',
    request: byId,
    response: connectionTestResultSchema,
    allowedFrom: pagesOnly,
  }),
  /** Test the form's values; empty secrets come from the saved connection `id`. */
  testConnectionSettings: defineCommand({
    name: 'testConnectionSettings',
    request: saveConnectionRequestSchema,
    response: connectionTestResultSchema,
    allowedFrom: pagesOnly,
  }),
  /** After the page obtained (or was refused) a host permission: re-register content scripts. */
  refreshHostAccess: defineCommand({
    name: 'refreshHostAccess',
    request: empty,
    response: z.object({ refreshed: z.literal(true) }),
    allowedFrom: pagesOnly,
  }),

  getVaultStatus: defineCommand({
    name: 'getVaultStatus',
    request: empty,
    response: vaultStatusSchema,
    allowedFrom: pagesOnly,
    passive: true,
  }),
  unlockVault: defineCommand({
    name: 'unlockVault',
    request: z.object({ passphrase }).strict(),
    response: vaultStatusSchema,
    allowedFrom: pagesOnly,
  }),
  lockVault: defineCommand({
    name: 'lockVault',
    request: empty,
    response: vaultStatusSchema,
    allowedFrom: pagesOnly,
  }),
  /** Set a passphrase, or change it (`current` required then). */
  setVaultPassphrase: defineCommand({
    name: 'setVaultPassphrase',
    request: z.object({ next: passphrase, current: passphrase.optional() }).strict(),
    response: vaultStatusSchema,
    allowedFrom: pagesOnly,
  }),
  removeVaultPassphrase: defineCommand({
    name: 'removeVaultPassphrase',
    request: z.object({ current: passphrase }).strict(),
    response: vaultStatusSchema,
    allowedFrom: pagesOnly,
  }),

  getConnectionSettings: defineCommand({
    name: 'getConnectionSettings',
    request: empty,
    response: connectionSettingsSchema,
    allowedFrom: pagesOnly,
    passive: true,
  }),
  savePreferences: defineCommand({
    name: 'savePreferences',
    request: preferencesSchema,
    response: connectionSettingsSchema,
    allowedFrom: pagesOnly,
  }),

  exportBackup: defineCommand({
    name: 'exportBackup',
    request: empty,
    response: z.object({ backup: backupSchema }),
    allowedFrom: pagesOnly,
  }),
  importBackup: defineCommand({
    name: 'importBackup',
    request: z.object({ backup: backupSchema }).strict(),
    response: z.object({
      added: z.number().int(),
      replaced: z.number().int(),
      skipped: z.number().int(),
      /** Replaced connections that now point elsewhere: their secrets were deleted. */
      secretsDropped: z.number().int(),
    }),
    allowedFrom: pagesOnly,
  }),
} as const;
