/**
 * WatchGuard Cloud simulator: `createWatchGuardSimulator(options)` for tests, and the definition
 * the standalone command (tests/simulators/cli.ts) lists.
 */
import { defineSimulator } from '../core';
import { createWatchGuardSimulator, WATCHGUARD_API_HOSTS, type WatchGuardSimulator } from './simulator';

export { createWatchGuardData } from './data';
export {
  createWatchGuardSimulator,
  WATCHGUARD_API_HOSTS,
  type WatchGuardSimState,
  type WatchGuardSimulator,
  type WatchGuardSimulatorOptions,
  WG_ROUTES,
} from './simulator';

/** @public Found by tests/simulators/discover.ts, which imports every simulator folder. */
export const simulatorDefinition = defineSimulator({
  name: 'watchguard',
  hosts: WATCHGUARD_API_HOSTS,
  create: ({ seed, size }) =>
    createWatchGuardSimulator({ seed, ...(size !== undefined ? { accounts: size } : {}) }),
  describe: (simulator, server) => {
    const { data } = (simulator as WatchGuardSimulator).state;
    return [
      `Account ID:              ${data.partner.accountId} (${data.accounts.length} managed accounts)`,
      `Access ID (read-write):  ${data.readWrite.accessId}  password: ${data.readWrite.password}`,
      `Access ID (read-only):   ${data.readOnly.accessId}  password: ${data.readOnly.password}`,
      `API Key:                 ${data.apiKey}`,
      `Authentication API URL:  ${server.url}/oauth/token`,
      `API URL:                 ${server.url}/rest/endpoint-security/management`,
    ].join('\n');
  },
});
