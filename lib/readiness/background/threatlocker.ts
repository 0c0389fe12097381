import { manageSiteUrl } from '../../connections/kinds/cw-manage';
import { CommandError } from '../../messaging/errors';
import { SOURCES } from '../../permissions/sources';
import { type CwManageClient, createCwManageClient } from '../../vendors/cw-manage';
import { quoted } from '../../vendors/cw-manage/conditions';
import { listValue, singleValue } from '../check';
import {
  EXECUTIVE_SUMMARY_CONFIGURATION,
  EXECUTIVE_SUMMARY_TYPE,
  type MappedCompanyCoverage,
  THREATLOCKER_CHECKS,
  THREATLOCKER_INPUTS,
  type ThreatLockerData,
} from '../threatlocker/checks';
import { lookUpManageCompany } from './company-lookup';
import { choicesFrom, defineReadinessGroup, fetched, type ReadinessContext } from './group';

/**
 * Runs in: the background. ThreatLocker's readiness on a Manage connection that serves it, read
 * live through the connection's API member. Requests are bounded: companies and agreements are
 * read in batches of COMPANY_BATCH ids (`company/id in (…)`), additions for at most
 * MAX_AGREEMENTS agreements per run.
 */
const COMPANY_BATCH = 50;
const MAX_AGREEMENTS = 200;
export const THREATLOCKER_PROFILE = 'threatlocker-psa';

async function manageClient(ctx: ReadinessContext): Promise<CwManageClient> {
  const connection = await ctx.resolve();
  if (connection.vendor !== 'cw-manage')
    throw new CommandError('This is not a ConnectWise Manage connection.');
  return createCwManageClient(connection.config, ctx.clientOptions);
}

export const threatLockerManageReadiness = defineReadinessGroup<ThreatLockerData>({
  id: 'threatlocker-manage',
  title: 'ThreatLocker ↔ ConnectWise Manage',
  source: SOURCES.threatlocker,
  kinds: ['cw-manage'],
  appliesTo: (connection) =>
    connection.vendor === 'cw-manage' && connection.settings.integrations.includes(THREATLOCKER_PROFILE),
  inputs: [
    {
      control: 'choice',
      id: THREATLOCKER_INPUTS.board,
      label: 'Board ThreatLocker posts approval requests to',
      help: 'The board you pick on ThreatLocker’s Ticket Configuration tab.',
      multiple: false,
    },
    {
      control: 'choice',
      id: THREATLOCKER_INPUTS.companyTypes,
      label: 'Company types you will pick in ThreatLocker',
      multiple: true,
    },
    {
      control: 'choice',
      id: THREATLOCKER_INPUTS.companyStatuses,
      label: 'Company statuses you will pick in ThreatLocker',
      multiple: true,
    },
  ],
  checks: THREATLOCKER_CHECKS,
  async choices(ctx) {
    const manage = await manageClient(ctx);
    const { signal } = ctx;
    const [boards, types, statuses] = await Promise.all([
      fetched(() => manage.all(manage.boards({ signal, fields: ['id', 'name', 'inactiveFlag'] }))),
      fetched(() => manage.all(manage.companyTypes({ signal }))),
      fetched(() => manage.all(manage.companyStatuses({ signal }))),
    ]);
    const named = (item: { name: string }) => ({ value: item.name, label: item.name });
    return {
      [THREATLOCKER_INPUTS.board]: choicesFrom(boards, (board) => ({
        value: String(board.id),
        label: board.inactiveFlag ? `${board.name} (inactive)` : board.name,
      })),
      [THREATLOCKER_INPUTS.companyTypes]: choicesFrom(types, named),
      [THREATLOCKER_INPUTS.companyStatuses]: choicesFrom(statuses, named),
    };
  },
  async gather(ctx, values) {
    const { signal } = ctx;
    const settings = ctx.connection.vendor === 'cw-manage' ? ctx.connection.settings : undefined;
    if (!settings) throw new CommandError('This is not a ConnectWise Manage connection.');
    const manage = await manageClient(ctx);
    const boardId = Number(singleValue(values, THREATLOCKER_INPUTS.board));
    const types = listValue(values, THREATLOCKER_INPUTS.companyTypes);
    const statuses = listValue(values, THREATLOCKER_INPUTS.companyStatuses);

    const [lookup, board, companyCount, coverage, configurationTypes, summaryConfigurations] =
      await Promise.all([
        fetched(() =>
          lookUpManageCompany(manageSiteUrl(settings), settings.companyId, { ...ctx.clientOptions, signal }),
        ),
        Number.isInteger(boardId) && boardId > 0
          ? readBoard(manage, boardId, signal)
          : Promise.resolve(undefined),
        types.length && statuses.length
          ? fetched(() => manage.companyCount({ types, statuses, signal }))
          : Promise.resolve(undefined),
        fetched(async () => coverageOf(manage, (await ctx.mappedVendorIds('company')).map(Number), signal)),
        fetched(() =>
          manage.all(
            manage.configurationTypes({ signal, conditions: `name=${quoted(EXECUTIVE_SUMMARY_TYPE)}` }),
          ),
        ),
        fetched(() =>
          manage.configurationCount({
            signal,
            conditions: `name=${quoted(EXECUTIVE_SUMMARY_CONFIGURATION)}`,
          }),
        ),
      ]);
    return {
      lookup,
      ...(board ?? {}),
      ...(companyCount ? { companyCount } : {}),
      coverage,
      configurationTypes: configurationTypes.ok
        ? {
            ok: true,
            value: configurationTypes.value.map((type) => ({
              name: type.name,
              inactiveFlag: type.inactiveFlag ?? null,
            })),
          }
        : configurationTypes,
      summaryConfigurations,
    };
  },
});

/** The board's name, statuses and teams (member ids named from `/system/members`, when readable). */
async function readBoard(
  manage: CwManageClient,
  boardId: number,
  signal: AbortSignal,
): Promise<Pick<ThreatLockerData, 'board' | 'statuses' | 'teams'>> {
  const boards = await fetched(() =>
    manage.all(manage.boards({ signal, conditions: `id=${boardId}`, fields: ['id', 'name'] })),
  );
  const found = boards.ok ? boards.value[0] : { id: boardId, name: `board ${boardId}` };
  if (!found) return {};
  const [statuses, teams] = await Promise.all([
    fetched(() => manage.all(manage.boardStatuses(boardId, { signal }))),
    fetched(() => manage.all(manage.boardTeams(boardId, { signal }))),
  ]);
  const ids = teams.ok ? [...new Set(teams.value.flatMap((team) => team.members ?? []))] : [];
  const names = new Map<number, string>();
  if (ids.length > 0) {
    const members = await fetched(() =>
      manage.all(
        manage.members({
          signal,
          conditions: `id in (${ids.slice(0, 500).join(',')})`,
          fields: ['id', 'identifier'],
        }),
      ),
    );
    if (members.ok) for (const member of members.value) names.set(member.id, member.identifier);
  }
  return {
    board: { id: found.id, name: found.name },
    statuses: statuses.ok
      ? { ok: true, value: statuses.value.map((status) => ({ name: status.name })) }
      : statuses,
    teams: teams.ok
      ? {
          ok: true,
          value: teams.value.map((team) => ({
            name: team.name,
            defaultFlag: team.defaultFlag ?? null,
            members: (team.members ?? []).map((id) => ({ id, name: names.get(id) ?? `member #${id}` })),
            teamLeader: team.teamLeader?.identifier ?? team.teamLeader?.name ?? null,
          })),
        }
      : teams,
  };
}

/** Agreements (not cancelled) of the mapped companies and their live additions, in bounded batches. */
async function coverageOf(
  manage: CwManageClient,
  companyIds: readonly number[],
  signal: AbortSignal,
): Promise<MappedCompanyCoverage> {
  const ids = [...new Set(companyIds.filter((id) => Number.isInteger(id) && id > 0))].sort((a, b) => a - b);
  const companies: MappedCompanyCoverage['companies'] = [];
  const agreements: MappedCompanyCoverage['agreements'] = new Map();
  const notChecked: number[] = [];
  let agreementsRead = 0;
  for (let start = 0; start < ids.length; start += COMPANY_BATCH) {
    const batch = ids.slice(start, start + COMPANY_BATCH);
    const inBatch = `(${batch.join(',')})`;
    const [found, batchAgreements] = await Promise.all([
      // Navigable paging: a batch fits one page, so it is one request (forward-only needs a second, empty one).
      manage.all(
        manage.companies({
          signal,
          paging: 'navigable',
          conditions: `id in ${inBatch}`,
          fields: ['id', 'identifier', 'name'],
        }),
      ),
      manage.all(
        manage.agreements({
          signal,
          conditions: `company/id in ${inBatch}`,
          fields: ['id', 'name', 'company/id', 'cancelledFlag', 'agreementStatus'],
        }),
      ),
    ]);
    const names = new Map(found.map((company) => [company.id, company.name]));
    for (const id of batch) companies.push({ id, name: names.get(id) ?? `company #${id}` });
    for (const agreement of batchAgreements) {
      const companyId = agreement.company?.id;
      if (typeof companyId !== 'number' || agreement.cancelledFlag === true) continue;
      if (agreementsRead >= MAX_AGREEMENTS) {
        if (!notChecked.includes(companyId)) notChecked.push(companyId);
        continue;
      }
      agreementsRead++;
      const additions = await manage.all(
        manage.agreementAdditions(agreement.id, {
          signal,
          fields: ['id', 'product/identifier', 'cancelledDate'],
        }),
      );
      const live = additions.filter(
        (addition) => !addition.cancelledDate || Date.parse(addition.cancelledDate) > Date.now(),
      );
      const products = live.map((addition) => addition.product?.identifier ?? `addition #${addition.id}`);
      agreements.set(companyId, [...(agreements.get(companyId) ?? []), { name: agreement.name, products }]);
    }
  }
  return { companies, agreements, notChecked };
}
