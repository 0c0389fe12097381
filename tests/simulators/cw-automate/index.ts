/**
 * ConnectWise Automate simulator: `createAutomateSimulator(options)` for tests, and the definition
 * the standalone command (tests/simulators/cli.ts) lists.
 */
import { defineSimulator } from '../core';
import { type AutomateSimulator, CW_AUTOMATE_HOST, createAutomateSimulator } from './simulator';

export {
  AUTOMATE_ROUTES,
  type AutomateSimState,
  type AutomateSimulator,
  type AutomateSimulatorOptions,
  CW_AUTOMATE_HOST,
  createAutomateSimulator,
} from './simulator';
export { totpCode } from './totp';

/** @public Found by tests/simulators/discover.ts, which imports every simulator folder. */
export const simulatorDefinition = defineSimulator({
  name: 'cw-automate',
  hosts: [CW_AUTOMATE_HOST],
  create: ({ seed, size }) =>
    createAutomateSimulator({
      ...(seed !== undefined ? { seed } : {}),
      ...(size !== undefined ? { clients: size } : {}),
    }),
  describe: (simulator, { url }) => {
    const { data } = (simulator as AutomateSimulator).state;
    const { integrator, admin, restricted, rewstNoClients } = data.accounts;
    return [
      `Server:    ${url}  (API under /cwa/api/v1)   ${data.clients.length} clients`,
      `Client ID: ${data.clientIds[0]}`,
      `Two-factor user: ${integrator.user.Name} / ${integrator.password}  TOTP secret: ${integrator.totpSecret}`,
      `Admin (no 2FA):  ${admin.user.Name} / ${admin.password}`,
      `No permissions:  ${restricted.user.Name} / ${restricted.password}`,
      `Rewst, no Clients Read: ${rewstNoClients.user.Name} / ${rewstNoClients.password}  TOTP secret: ${rewstNoClients.totpSecret}`,
    ].join('\n');
  },
});
