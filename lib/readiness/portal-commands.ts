import { z } from 'zod';
import { defineCommand } from '../messaging/define-command';

/**
 * Readiness commands a portal page's script sends (the ThreatLocker portal's setup-form lint).
 * Apart from the extension pages' readiness commands, so the page's script does not bundle their
 * schemas. Runs in: any context.
 */
export const portalReadinessCommands = {
  /**
   * The same lookup for the ThreatLocker portal's ConnectWise form (opt-in page script). Only the
   * server choice and the Company ID cross: the request is strict, so the form's keys cannot ride
   * along. The page is not ours, so the background answers from a cache and refuses bursts, and
   * an on-premise server is looked up only when the user already granted its host.
   */
  checkPortalCompanyId: defineCommand({
    name: 'checkPortalCompanyId',
    request: z
      .object({
        server: z.enum(['na', 'eu', 'au', 'on-premise']),
        onPremUrl: z.string().max(300).optional(),
        companyId: z.string().trim().min(1).max(100),
      })
      .strict(),
    response: z.object({ known: z.boolean(), host: z.string(), companyName: z.string().optional() }),
    allowedFrom: ['content-script'],
    portals: ['threatlocker'],
  }),
} as const;
