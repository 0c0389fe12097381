/**
 * Helpers for vendor-client tests against the local simulators: host a simulator for one test,
 * await a typed failure, and check that no secret leaked into an error or a log line.
 */
import { expect, onTestFinished } from 'vitest';
import { type HttpLogEvent, VendorError } from '../../../../lib/vendors/http';
import { listen, type Simulator } from '../../../simulators/core';

/** Serves a simulator on 127.0.0.1 for the current test; closed when the test ends. */
export async function serve(simulator: Pick<Simulator, 'handler'>): Promise<string> {
  const server = await listen(simulator.handler);
  onTestFinished(() => server.close());
  return server.url;
}

/** The VendorError a promise (or an async iteration) rejects with; fails the test if it resolves. */
export async function failure(work: Promise<unknown> | (() => Promise<unknown>)): Promise<VendorError> {
  try {
    await (typeof work === 'function' ? work() : work);
  } catch (error) {
    expect(error).toBeInstanceOf(VendorError);
    return error as VendorError;
  }
  throw new Error('expected a VendorError, but the call succeeded');
}

/** Drains an async iterable. */
export async function drain<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

/** Asserts that none of `secrets` appears in the error's JSON, its message or the log lines. */
export function expectNoSecrets(
  secrets: readonly string[],
  error: VendorError | undefined,
  events: readonly HttpLogEvent[] = [],
): void {
  const texts = [JSON.stringify(events)];
  if (error) texts.push(JSON.stringify(error.toJSON()), error.message, String(error.stack ?? ''));
  for (const secret of secrets) {
    for (const text of texts) expect(text).not.toContain(secret);
  }
}
