/**
 * ConnectWise Manage simulator: `createManageSimulator(options)` for tests, and the definition the
 * standalone command (tests/simulators/cli.ts) lists.
 */
import { defineSimulator } from '../core';
import {
  CW_MANAGE_API_HOST,
  CW_MANAGE_SITE_HOST,
  createManageSimulator,
  type ManageSimulator,
} from './simulator';

export {
  DELETED_ROLE_ID,
  roleFor,
} from './api-members';
export {
  type ApiMemberRecord,
  createManageData,
} from './data';
export {
  CW_MANAGE_API_HOST,
  CW_MANAGE_SITE_HOST,
  createManageSimulator,
  type ManageSimState,
  type ManageSimulator,
  type ManageSimulatorOptions,
} from './simulator';

/** @public Found by tests/simulators/discover.ts, which imports every simulator folder. */
export const simulatorDefinition = defineSimulator({
  name: 'cw-manage',
  hosts: [CW_MANAGE_SITE_HOST, CW_MANAGE_API_HOST],
  create: ({ seed, size }) =>
    createManageSimulator({
      ...(seed !== undefined ? { seed } : {}),
      ...(size !== undefined ? { companies: size } : {}),
    }),
  describe: (simulator) => {
    const { data } = (simulator as ManageSimulator).state;
    const key = (member: { publicKey: string; privateKey: string }) =>
      `public key: ${member.publicKey}  private key: ${member.privateKey}`;
    return [
      `Site: https://${CW_MANAGE_SITE_HOST}  (lookup at /login/companyinfo/${data.companyId})`,
      `Company ID:  ${data.companyId}   codebase: ${data.codebase}   ${data.companies.length} companies`,
      `Client ID:   ${data.clientIds[0]}`,
      `API member "${data.apiMembers.integration.identifier}" (full role):   ${key(data.apiMembers.integration)}`,
      `API member "${data.apiMembers.limited.identifier}" (limited role): ${key(data.apiMembers.limited)}`,
      `API: https://${CW_MANAGE_API_HOST}/${data.codebase}apis/3.0/`,
    ].join('\n');
  },
});
