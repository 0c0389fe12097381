/**
 * ConnectWise RMM simulator: `createCwRmmSimulator(options)` for tests, and the definition the
 * standalone command (tests/simulators/cli.ts) lists.
 */
import { defineSimulator } from '../core';
import { CW_RMM_API_HOSTS, type CwRmmSimulator, createCwRmmSimulator } from './simulator';

export { createCwRmmData } from './data';
export {
  CW_RMM_API_HOSTS,
  type CwRmmSimState,
  type CwRmmSimulator,
  type CwRmmSimulatorOptions,
  createCwRmmSimulator,
  RMM_ROUTES,
  type RmmPagingFault,
} from './simulator';

/** @public Found by tests/simulators/discover.ts, which imports every simulator folder. */
export const simulatorDefinition = defineSimulator({
  name: 'cw-rmm',
  hosts: CW_RMM_API_HOSTS,
  create: ({ seed, size }) =>
    createCwRmmSimulator({
      ...(seed !== undefined ? { seed } : {}),
      ...(size !== undefined ? { companies: size } : {}),
    }),
  describe: (simulator, server) => {
    const { data } = (simulator as CwRmmSimulator).state;
    const { full, companiesOnly } = data.keys;
    return [
      `Server URL:    ${server.url}   (${data.companies.length} companies, partner ${data.partnerId})`,
      `Client ID:     ${full.clientId}  Client Secret: ${full.clientSecret}  (${full.scopes.join(', ')})`,
      `Limited key:   ${companiesOnly.clientId}  Client Secret: ${companiesOnly.clientSecret}  (${companiesOnly.scopes.join(', ')})`,
      'Records Per Request: 500',
    ].join('\n');
  },
});
