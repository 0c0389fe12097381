/**
 * What the ThreatLocker readiness checks read from ConnectWise Manage, shaped like the 2025.1
 * models (reference/specs/cw-manage/models-2025.1.json): service board teams (`BoardTeam`:
 * `members` is an array of member ids, `defaultFlag` a nullable boolean), configuration types
 * (`ConfigurationType`) and configurations (`CompanyConfiguration`), and the `/count` operations
 * (`Count`: `{count}`). Company types, statuses, agreements and additions are in data.ts.
 *
 * The ThreatLocker names ("ThreatLocker Monthly", "ThreatLocker Executive Summary") are the ones
 * its integration guide says it creates (https://threatlocker.kb.help/connectwise-manage-custom-integration).
 */
import type { RouteContext, Router } from '../core';
import type { ManageDataSet, Reference } from './data';
import { manageError } from './errors';
import { countResponse, listResponse } from './listing';

export interface BoardTeamRecord {
  id: number;
  name: string;
  boardId: number | null;
  defaultFlag: boolean | null;
  members: number[];
  teamLeader: { id: number; identifier: string; name: string };
  roundRobinFlag: boolean | null;
  notifyOnTicketDelete: boolean | null;
}

export interface ConfigurationTypeRecord {
  id: number;
  name: string;
  inactiveFlag: boolean | null;
  systemFlag: boolean | null;
}

export interface ConfigurationRecord {
  id: number;
  name: string;
  type: Reference;
  company: { id: number; identifier: string; name: string };
  status: Reference;
  activeFlag: boolean | null;
}

export interface ManageReadinessData {
  /** Teams by board id; a board missing here has none. */
  teams: Map<number, BoardTeamRecord[]>;
  configurationTypes: ConfigurationTypeRecord[];
  configurations: ConfigurationRecord[];
}

export const THREATLOCKER_CONFIGURATION_TYPE = 'ThreatLocker Monthly';
export const THREATLOCKER_CONFIGURATION = 'ThreatLocker Executive Summary';

export const READINESS_ROUTES = {
  boardTeams: 'GET /service/boards/:id/teams',
  companyCount: 'GET /company/companies/count',
  configurationTypes: 'GET /company/configurations/types',
  configurations: 'GET /company/configurations',
  configurationCount: 'GET /company/configurations/count',
} as const;

/** Our reading, like the simulator's other routes: no vendor document maps paths to role functions. */
export const READINESS_ROUTE_FUNCTIONS: Record<string, readonly [string, string]> = {
  [READINESS_ROUTES.boardTeams]: ['System', 'Table Setup'],
  [READINESS_ROUTES.companyCount]: ['Companies', 'Company Maintenance'],
  [READINESS_ROUTES.configurationTypes]: ['System', 'Table Setup'],
  [READINESS_ROUTES.configurations]: ['Companies', 'Configurations'],
  [READINESS_ROUTES.configurationCount]: ['Companies', 'Configurations'],
};

/**
 * Help Desk and ThreatLocker have a default team with members; Alerts' only team is not the
 * default and has nobody; Projects has no team; the last board's team leaves `defaultFlag` null
 * (the spec allows it), which settles nothing.
 */
export function createReadinessData(data: ManageDataSet): ManageReadinessData {
  const member = (index: number) => {
    const record = data.members[index % Math.max(1, data.members.length)]!;
    return { id: record.id, identifier: record.identifier, name: `${record.firstName} ${record.lastName}` };
  };
  const team = (
    id: number,
    boardId: number,
    name: string,
    defaultFlag: boolean | null,
    members: number[],
  ): BoardTeamRecord => ({
    id,
    name,
    boardId,
    defaultFlag,
    members: members.map((index) => member(index).id),
    teamLeader: member(members[0] ?? 0),
    roundRobinFlag: false,
    notifyOnTicketDelete: null,
  });
  const teams = new Map<number, BoardTeamRecord[]>([
    [1, [team(11, 1, 'Tier 1', true, [0, 1, 2]), team(12, 1, 'Tier 2', false, [3])]],
    [2, [team(21, 2, 'Security', true, [0, 4])]],
    [3, [team(31, 3, 'Alerts', false, [])]],
  ]);
  const last = data.boards.at(-1);
  if (last && !teams.has(last.id) && last.id !== 4)
    teams.set(last.id, [team(last.id * 10 + 1, last.id, 'Approvals', null, [1])]);

  const configurationTypes: ConfigurationTypeRecord[] = [
    { id: 1, name: 'Managed Server', inactiveFlag: false, systemFlag: false },
    { id: 2, name: 'Managed Workstation', inactiveFlag: false, systemFlag: false },
    { id: 3, name: THREATLOCKER_CONFIGURATION_TYPE, inactiveFlag: false, systemFlag: false },
  ];
  const clients = data.companies.filter((company) => company.types.some((type) => type.name === 'Client'));
  const active = { id: 1, name: 'Active' };
  const configurations: ConfigurationRecord[] = [];
  for (const company of clients.slice(0, 6)) {
    const ref = { id: company.id, identifier: company.identifier, name: company.name };
    configurations.push({
      id: 9000 + configurations.length,
      name: `${company.identifier}-SRV01`,
      type: { id: 1, name: 'Managed Server' },
      company: ref,
      status: active,
      activeFlag: true,
    });
    configurations.push({
      id: 9000 + configurations.length,
      name: THREATLOCKER_CONFIGURATION,
      type: { id: 3, name: THREATLOCKER_CONFIGURATION_TYPE },
      company: ref,
      status: active,
      activeFlag: true,
    });
  }
  return { teams, configurationTypes, configurations };
}

/** Registers the routes; call before the routes with `:id` so `count` and `types` are not read as ids. */
export function addReadinessRoutes(
  router: Router,
  data: ManageDataSet,
  readiness: () => ManageReadinessData,
  present?: (row: object) => object,
): Router {
  const list =
    <T extends { id: number }>(records: () => readonly T[]) =>
    (ctx: RouteContext) =>
      listResponse(ctx, records(), present ? { present } : {});
  return router
    .get('/company/companies/count', (ctx) => countResponse(ctx, data.companies, { arrayFields: ['types'] }))
    .get(
      '/company/configurations/types',
      list(() => readiness().configurationTypes),
    )
    .get('/company/configurations/count', (ctx) => countResponse(ctx, readiness().configurations))
    .get(
      '/company/configurations',
      list(() => readiness().configurations),
    )
    .get('/service/boards/:id/teams', (ctx) => {
      const id = Number(ctx.params.id);
      if (!data.boards.some((board) => board.id === id))
        return manageError(404, 'NotFound', 'No board has this id.');
      return listResponse(ctx, readiness().teams.get(id) ?? [], present ? { present } : {});
    });
}
