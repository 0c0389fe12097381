import { afterAll, beforeAll, beforeEach } from 'vitest';
import {
  type CwAutomateClientOptions,
  type CwAutomateConfig,
  createCwAutomateClient,
} from '../../../../lib/vendors/cw-automate';
import { createManualClock, type HttpLogEvent } from '../../../../lib/vendors/http';
import { type Listening, listen } from '../../../simulators/core';
import {
  type AutomateSimulator,
  type AutomateSimulatorOptions,
  createAutomateSimulator,
} from '../../../simulators/cw-automate';

export { drain, failure } from '../cw-manage/harness';

type AccountName = 'integrator' | 'admin' | 'restricted';

/**
 * One Automate simulator on 127.0.0.1 per test file. Client and simulator share one manual clock,
 * so tests move time to expire tokens and TOTP codes agree on both sides.
 */
export function useAutomateSimulator(options: AutomateSimulatorOptions = {}) {
  const clock = createManualClock({ start: Date.UTC(2025, 0, 6, 9, 0, 0) });
  const context = { clock } as { sim: AutomateSimulator; server: Listening; clock: typeof clock };
  beforeAll(async () => {
    context.sim = createAutomateSimulator({ clock, ...options });
    context.server = await listen(context.sim.handler);
  });
  afterAll(() => context.server.close());
  beforeEach(() => {
    context.sim.faults.clear();
    context.sim.stats.reset();
    clock.sleeps.length = 0;
  });

  function config(name: AccountName = 'integrator', extra: Partial<CwAutomateConfig> = {}): CwAutomateConfig {
    const { data } = context.sim.state;
    const account = data.accounts[name];
    return {
      server: context.server.url,
      username: account.user.Name,
      password: account.password,
      clientId: data.clientIds[0]!,
      ...(account.totpSecret ? { totpSecret: account.totpSecret } : {}),
      ...extra,
    };
  }

  function client(cfg: CwAutomateConfig = config(), extra: CwAutomateClientOptions = {}) {
    const events: HttpLogEvent[] = [];
    const automate = createCwAutomateClient(cfg, {
      allowInsecureHttp: true,
      clock,
      timeoutMs: 2_000,
      log: (event) => events.push(event),
      ...extra,
    });
    return { automate, events };
  }

  /** Request bodies are not recorded by the simulator; this reads the token posts from the wire. */
  function requests(route: string) {
    return context.sim.stats.recent.filter((record) => record.route === route);
  }

  return Object.assign(context, { config, client, requests });
}
