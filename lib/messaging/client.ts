import type { z } from 'zod';
import type { CommandDefinition } from './define-command';
import { failure, type Result, responseEnvelopeSchema } from './envelope';
import { describeIssues } from './router';

export type Transport = (message: unknown) => Promise<unknown>;

/**
 * Sends a command and always resolves to a typed result: a missing, malformed or off-schema
 * answer becomes an error the caller can show, never `undefined`.
 */
export async function sendCommand<Req extends z.ZodType, Res extends z.ZodType>(
  transport: Transport,
  command: CommandDefinition<string, Req, Res>,
  payload: z.input<Req>,
): Promise<Result<z.infer<Res>>> {
  const request = command.request.safeParse(payload);
  if (!request.success) {
    return failure('invalid-request', `"${command.name}" request: ${describeIssues(request.error)}`);
  }

  let raw: unknown;
  try {
    raw = await transport({ command: command.name, payload: request.data });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return failure('transport-failed', `Could not reach the extension's background: ${reason}`);
  }
  if (raw === undefined)
    return failure('no-response', `"${command.name}" got no answer from the background.`);

  const envelope = responseEnvelopeSchema.safeParse(raw);
  if (!envelope.success) return failure('invalid-response', `"${command.name}" answer is not an envelope.`);
  if (!envelope.data.ok) return envelope.data;

  const data = command.response.safeParse(envelope.data.data);
  if (!data.success) {
    return failure('invalid-response', `"${command.name}" response: ${describeIssues(data.error)}`);
  }
  return { ok: true, data: data.data };
}
