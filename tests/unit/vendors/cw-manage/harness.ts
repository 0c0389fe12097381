import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import {
  type CwClientOptions,
  type CwManageConfig,
  createCwManageClient,
} from '../../../../lib/vendors/cw-manage';
import { createManualClock, type HttpLogEvent, VendorError } from '../../../../lib/vendors/http';
import { type Listening, listen } from '../../../simulators/core';
import {
  type ApiMemberRecord,
  createManageSimulator,
  type ManageSimulator,
  type ManageSimulatorOptions,
} from '../../../simulators/cw-manage';

/**
 * One Manage simulator on 127.0.0.1 per test file, reset between tests. The client reaches the
 * lookup and the API on the same listener: with an http site it keeps the site's origin.
 */
export function useManageSimulator(options: ManageSimulatorOptions = {}) {
  const context = {} as { sim: ManageSimulator; server: Listening };
  beforeAll(async () => {
    context.sim = createManageSimulator({ companies: 53, ...options });
    context.server = await listen(context.sim.handler);
  });
  afterAll(() => context.server.close());
  beforeEach(() => {
    context.sim.faults.clear();
    context.sim.stats.reset();
  });

  function config(member: 'integration' | 'limited' = 'integration', extra: Partial<CwManageConfig> = {}) {
    const { data } = context.sim.state;
    const key: ApiMemberRecord = data.apiMembers[member];
    return {
      site: context.server.url,
      companyId: data.companyId,
      publicKey: key.publicKey,
      privateKey: key.privateKey,
      clientId: data.clientIds[0]!,
      ...extra,
    } satisfies CwManageConfig;
  }

  /** A client with a manual clock (retries do not wait) and a log of every attempt. */
  function client(cfg: CwManageConfig = config(), extra: CwClientOptions = {}) {
    const clock = createManualClock();
    const events: HttpLogEvent[] = [];
    const manage = createCwManageClient(cfg, {
      allowInsecureHttp: true,
      clock,
      timeoutMs: 2_000,
      log: (event) => events.push(event),
      ...extra,
    });
    return { manage, clock, events };
  }

  return Object.assign(context, { config, client });
}

/** The VendorError a promise (or an async iterable drained to the end) rejects with. */
export async function failure(work: Promise<unknown> | AsyncIterable<unknown>): Promise<VendorError> {
  try {
    if (Symbol.asyncIterator in work) for await (const _ of work);
    else await work;
  } catch (error) {
    expect(error).toBeInstanceOf(VendorError);
    return error as VendorError;
  }
  throw new Error('expected the call to fail');
}

export async function drain<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}
