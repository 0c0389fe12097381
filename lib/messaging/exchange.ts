import { MESSAGING_ERROR_CODES } from './error-codes';
import type { MessagingError } from './errors';
import { failure, type Result } from './result';

/**
 * Runs in: any script that sends commands, including the ones in portal pages. One round trip
 * to the background: the sending, and the checks of the answer's envelope, by hand rather than
 * with zod, so the role checker's page script can send commands without carrying zod. What the
 * envelope's data must be is the caller's `readAnswer` (client.ts: the command's zod schema; the
 * page script: a guard held to that schema by tests/unit/role-checker/page/reply-guards.test.ts).
 */
export type Transport = (message: unknown) => Promise<unknown>;
export type AnswerReading<T> = { ok: true; data: T } | { ok: false; problem: string };

const ERROR_CODES: ReadonlySet<string> = new Set(MESSAGING_ERROR_CODES);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The answer's envelope as `responseEnvelopeSchema` parses it, or null where that schema refuses it. */
export function readResponseEnvelope(value: unknown): Result<unknown> | null {
  if (!isRecord(value)) return null;
  // zod's z.unknown() still wants its key present (undefined is fine).
  if (value.ok === true) return 'data' in value ? { ok: true, data: value.data } : null;
  if (value.ok !== false) return null;
  const error = value.error;
  if (!isRecord(error) || typeof error.code !== 'string' || !ERROR_CODES.has(error.code)) return null;
  if (typeof error.message !== 'string') return null;
  const { code, message, detail } = error as {
    code: MessagingError['code'];
    message: string;
    detail?: unknown;
  };
  if (detail === undefined) return { ok: false, error: { code, message } };
  if (!isRecord(detail)) return null;
  return { ok: false, error: { code, message, detail: { ...detail } } };
}

export async function exchange<T>(
  transport: Transport,
  name: string,
  payload: unknown,
  readAnswer: (data: unknown) => AnswerReading<T>,
): Promise<Result<T>> {
  let raw: unknown;
  try {
    raw = await transport({ command: name, payload });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return failure('transport-failed', `Could not reach the extension's background: ${reason}`);
  }
  if (raw === undefined) return failure('no-response', `"${name}" got no answer from the background.`);

  const envelope = readResponseEnvelope(raw);
  if (!envelope) return failure('invalid-response', `"${name}" answer is not an envelope.`);
  if (!envelope.ok) return envelope;

  const data = readAnswer(envelope.data);
  if (!data.ok) return failure('invalid-response', `"${name}" response: ${data.problem}`);
  return data;
}
