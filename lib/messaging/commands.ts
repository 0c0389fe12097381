import { z } from 'zod';
import {
  accessIdPairSchema,
  storedAccessIdPairSchema,
  storedConnectionDraftSchema,
  watchGuardConnectionDraftSchema,
} from '../regions/schemas';
import { defineCommand } from './define-command';

/**
 * The catalogue of commands between extension contexts. Each feature adds its commands here, so
 * the whole surface a content script can reach is reviewable in one file.
 */
export const commands = {
  /** Liveness and identity check; safe for any trusted context. */
  ping: defineCommand({
    name: 'ping',
    request: z.object({}).strict(),
    response: z.object({ version: z.string(), senderContext: z.enum(['extension-page', 'content-script']) }),
    allowedFrom: ['extension-page', 'content-script'],
  }),
  /** Extension status for the popup and options page only. */
  getExtensionStatus: defineCommand({
    name: 'getExtensionStatus',
    request: z.object({}).strict(),
    response: z.object({ version: z.string(), startedAt: z.string() }),
    allowedFrom: ['extension-page'],
  }),

  // Region helper: access IDs seen on WatchGuard Managed Access and the pending connection draft.
  /** A Managed Access page reports which access ID is read-only, so a later paste of it is caught. */
  rememberAccessIds: defineCommand({
    name: 'rememberAccessIds',
    request: accessIdPairSchema,
    response: z.object({ count: z.number().int().nonnegative() }),
    allowedFrom: ['content-script', 'extension-page'],
  }),
  /** The remembered pairs, for linting access-ID fields (access IDs are not secrets). */
  listKnownAccessIds: defineCommand({
    name: 'listKnownAccessIds',
    request: z.object({}).strict(),
    response: z.object({ accessIds: z.array(storedAccessIdPairSchema) }),
    allowedFrom: ['content-script', 'extension-page'],
  }),
  /** "Create connection" on Managed Access: non-secret values only; the schema refuses a password. */
  saveConnectionDraft: defineCommand({
    name: 'saveConnectionDraft',
    request: watchGuardConnectionDraftSchema,
    response: z.object({ createdAt: z.string() }),
    allowedFrom: ['content-script', 'extension-page'],
  }),
  /** The options page picks the draft up to finish the connection. */
  getConnectionDraft: defineCommand({
    name: 'getConnectionDraft',
    request: z.object({}).strict(),
    response: z.object({ draft: storedConnectionDraftSchema.nullable() }),
    allowedFrom: ['extension-page'],
  }),
  clearConnectionDraft: defineCommand({
    name: 'clearConnectionDraft',
    request: z.object({}).strict(),
    response: z.object({ cleared: z.literal(true) }),
    allowedFrom: ['extension-page'],
  }),
} as const;

export type Commands = typeof commands;
