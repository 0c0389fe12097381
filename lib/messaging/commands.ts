import { z } from 'zod';
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
} as const;

export type Commands = typeof commands;
