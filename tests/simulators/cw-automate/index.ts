/**
 * ConnectWise Automate simulator: `createAutomateSimulator(options)` for tests, and the definition
 * the standalone command (tests/simulators/cli.ts) lists.
 */
import { defineSimulator } from '../core';
import { type AutomateSimulator, CW_AUTOMATE_HOST, createAutomateSimulator } from './simulator';

export {
  type AutomateAccount,
  type AutomateClientRecord,
  type AutomateDataOptions,
  type AutomateDataSet,
  type AutomateUserRecord,
  createAutomateData,
  type UserClassRecord,
} from './data';
export {
  AUTOMATE_ROUTES,
  type AutomateSimState,
  type AutomateSimulator,
  type AutomateSimulatorOptions,
  type AutomateTokenSubject,
  CW_AUTOMATE_HOST,
  createAutomateSimulator,
} from './simulator';
export { totpCode, totpMatches } from './totp';

export const simulatorDefinition = defineSimulator({
  name: 'cw-automate',
  hosts: [CW_AUTOMATE_HOST],
  create: ({ seed, size }) =>
    createAutomateSimulator({
      ...(seed !== undefined ? { seed } : {}),
      ...(size !== undefined ? { clients: size } : {}),
    }),
  describe: (simulator) => {
    const { data } = (simulator as AutomateSimulator).state;
    const { integrator, admin, restricted } = data.accounts;
    return [
      `Server:    https://${CW_AUTOMATE_HOST}  (API under /cwa/api/v1)   ${data.clients.length} clients`,
      `Client ID: ${data.clientIds[0]}`,
      `Two-factor user: ${integrator.user.Name} / ${integrator.password}  TOTP secret: ${integrator.totpSecret}`,
      `Admin (no 2FA):  ${admin.user.Name} / ${admin.password}`,
      `No permissions:  ${restricted.user.Name} / ${restricted.password}`,
    ].join('\n');
  },
});
