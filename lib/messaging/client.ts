import type { z } from 'zod';
import type { CommandDefinition } from './define-command';
import { exchange, type Transport } from './exchange';
import { failure, type Result } from './result';
import { describeIssues } from './router';

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
  return exchange(transport, command.name, request.data, (data) => {
    const response = command.response.safeParse(data);
    return response.success
      ? { ok: true, data: response.data as z.infer<Res> }
      : { ok: false, problem: describeIssues(response.error) };
  });
}
