import { z } from 'zod';
import { messagingErrorSchema } from './errors';

/** What travels over `runtime.sendMessage`: a command name and its payload. */
export const requestEnvelopeSchema = z.object({
  command: z.string().min(1),
  payload: z.unknown(),
});
export type RequestEnvelope = z.infer<typeof requestEnvelopeSchema>;

export const responseEnvelopeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: messagingErrorSchema }),
]);
