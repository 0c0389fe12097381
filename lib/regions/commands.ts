import { z } from 'zod';
import { defineCommand } from '../messaging/define-command';
import {
  accessIdPairSchema,
  storedAccessIdPairSchema,
  storedConnectionDraftSchema,
  watchGuardConnectionDraftSchema,
} from './schemas';

/** The region helper's commands: access IDs seen on WatchGuard Managed Access and the connection draft. */
export const regionCommands = {
  /** A Managed Access page reports which access ID is read-only, so a later paste of it is caught. */
  rememberAccessIds: defineCommand({
    name: 'rememberAccessIds',
    request: accessIdPairSchema,
    response: z.object({ count: z.number().int().nonnegative() }),
    allowedFrom: ['content-script', 'extension-page'],
    portals: ['watchguard'],
  }),
  /** The remembered pairs, for linting access-ID fields (access IDs are not secrets). */
  listKnownAccessIds: defineCommand({
    name: 'listKnownAccessIds',
    request: z.object({}).strict(),
    response: z.object({ accessIds: z.array(storedAccessIdPairSchema) }),
    allowedFrom: ['content-script', 'extension-page'],
    passive: true,
    portals: ['watchguard'],
  }),
  /** "Create connection" on Managed Access: non-secret values only; the schema refuses a password. */
  saveConnectionDraft: defineCommand({
    name: 'saveConnectionDraft',
    request: watchGuardConnectionDraftSchema,
    response: z.object({ createdAt: z.string() }),
    allowedFrom: ['content-script', 'extension-page'],
    portals: ['watchguard'],
  }),
  /** The options page picks the draft up to finish the connection. */
  getConnectionDraft: defineCommand({
    name: 'getConnectionDraft',
    request: z.object({}).strict(),
    response: z.object({ draft: storedConnectionDraftSchema.nullable() }),
    allowedFrom: ['extension-page'],
    passive: true,
  }),
  clearConnectionDraft: defineCommand({
    name: 'clearConnectionDraft',
    request: z.object({}).strict(),
    response: z.object({ cleared: z.literal(true) }),
    allowedFrom: ['extension-page'],
  }),
} as const;
