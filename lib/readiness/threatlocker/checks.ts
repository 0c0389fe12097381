import { threatLockerBoardReadiness } from '../../permissions/checks';
import { SOURCES } from '../../permissions/sources';
import { type Fetched, listValue, type ReadinessCheck, unreadable, type Verdict } from '../check';
import { type CompanyLookup, companyIdVerdict } from './company-verdict';

/**
 * ThreatLocker's conditions on a ConnectWise Manage tenant, from its integration guide
 * (SOURCES.threatlocker, page dated 2024-04-19), evaluated on what the background read. Runs in:
 * any context (pure). The inputs are the admin's: the board ThreatLocker posts approval requests
 * to, and the company types and statuses they will choose on its Company Mapping tab.
 */

export const THREATLOCKER_INPUTS = {
  board: 'board',
  companyTypes: 'companyTypes',
  companyStatuses: 'companyStatuses',
} as const;

/** The names ThreatLocker's guide says its executive summary is written under. */
export const EXECUTIVE_SUMMARY_TYPE = 'ThreatLocker Monthly';
export const EXECUTIVE_SUMMARY_CONFIGURATION = 'ThreatLocker Executive Summary';

export interface BoardTeamView {
  name: string;
  /** `BoardTeam.defaultFlag`; null when the server sent null or left it out. */
  defaultFlag: boolean | null;
  /** Member ids (`BoardTeam.members`) and the names we could put to them. */
  members: { id: number; name: string }[];
  teamLeader: string | null;
}

export interface MappedCompanyCoverage {
  /** Mapped companies (id and name where known). */
  companies: { id: number; name: string }[];
  /** Company id → its agreements that are not cancelled, each with its live additions' products. */
  agreements: Map<number, { name: string; products: string[] }[]>;
  /** Mapped ids that were not checked because of the request bound. */
  notChecked: number[];
}

export interface ThreatLockerData {
  lookup: Fetched<CompanyLookup>;
  board?: { id: number; name: string };
  statuses?: Fetched<{ name: string }[]>;
  teams?: Fetched<BoardTeamView[]>;
  companyCount?: Fetched<number>;
  coverage: Fetched<MappedCompanyCoverage>;
  configurationTypes: Fetched<{ name: string; inactiveFlag: boolean | null }[]>;
  summaryConfigurations: Fetched<number>;
}

const source = SOURCES.threatlocker;
const list = (names: readonly string[], max = 10) =>
  names.length > max ? `${names.slice(0, max).join(', ')} and ${names.length - max} more` : names.join(', ');

const companyIdKnown: ReadinessCheck<ThreatLockerData> = {
  id: 'threatlocker-company-id-known',
  title: 'The login Company ID is known on the chosen server',
  source,
  evaluate: ({ lookup }) =>
    lookup.ok ? companyIdVerdict(lookup.value) : unreadable(lookup, 'The codebase lookup'),
};

function boardVerdict(data: ThreatLockerData, index: 0 | 1): Verdict {
  const board = data.board;
  if (!board)
    return { status: 'unknown', detail: 'The chosen board is not on the server any more; choose it again.' };
  const statuses = data.statuses;
  if (index === 0 && statuses && !statuses.ok) return unreadable(statuses, `The statuses of “${board.name}”`);
  const teams = data.teams;
  if (index === 1 && teams && !teams.ok) return unreadable(teams, `The teams of “${board.name}”`);
  const result = threatLockerBoardReadiness({
    statuses: statuses?.ok ? statuses.value : [],
    defaultMember: teams?.ok ? defaultMemberOf(teams.value) : undefined,
  })[index];
  if (!result) throw new Error('board readiness returned no result');
  const verdict: Verdict = { status: result.status, detail: result.detail };
  if (index === 0) {
    const names = statuses?.ok ? statuses.value.map((status) => status.name) : [];
    verdict.evidence = [`Statuses of “${board.name}”: ${names.length ? list(names, 30) : 'none'}`];
    if (result.status === 'fail') {
      verdict.nextStep = `In Manage, System › Setup Tables › Service Board › “${board.name}” › Statuses: add a status whose name contains “closed” (for example “Closed”).`;
    }
  } else {
    verdict.evidence = teams?.ok ? teams.value.map(describeTeam) : [];
    if (verdict.evidence.length === 0) verdict.evidence.push(`“${board.name}” has no teams.`);
    if (result.status === 'fail') {
      verdict.nextStep = `In Manage, System › Setup Tables › Service Board › “${board.name}” › Teams: mark one team as the default and give it at least one member.`;
    } else if (result.status === 'unknown' && teams?.ok) {
      verdict.detail =
        'No team of the board says whether it is the default (the server left defaultFlag empty), so the default member cannot be told.';
      verdict.nextStep = `Open “${board.name}” › Teams in Manage and check that one team is marked Default and has members.`;
    }
  }
  return verdict;
}

/**
 * Our reading (the guide names a "default member" but no API field): the board's team with
 * `defaultFlag: true`, and its members (`BoardTeam.members`, else its team leader). Returns
 * null when no team is the default or it has nobody; undefined when no team says either way.
 */
export function defaultMemberOf(teams: readonly BoardTeamView[]): string | null | undefined {
  const defaults = teams.filter((team) => team.defaultFlag === true);
  const people = defaults.flatMap((team) =>
    team.members.length
      ? team.members.map((member) => member.name)
      : team.teamLeader
        ? [team.teamLeader]
        : [],
  );
  if (people.length > 0)
    return `${list([...new Set(people)])} (team ${defaults.map((team) => team.name).join(', ')})`;
  if (defaults.length > 0) return null;
  return teams.some((team) => team.defaultFlag === null) ? undefined : null;
}

function describeTeam(team: BoardTeamView): string {
  const flag =
    team.defaultFlag === true ? 'default' : team.defaultFlag === false ? 'not default' : 'default: not set';
  const members = team.members.length ? list(team.members.map((member) => member.name)) : 'no members';
  return `Team “${team.name}” (${flag}): ${members}`;
}

const boardClosedStatus: ReadinessCheck<ThreatLockerData> = {
  id: 'threatlocker-board-closed-status',
  title: 'The ticket board has a status whose name contains "closed"',
  source,
  needs: [THREATLOCKER_INPUTS.board],
  evaluate: (data) => boardVerdict(data, 0),
};

const boardDefaultMember: ReadinessCheck<ThreatLockerData> = {
  id: 'threatlocker-board-default-member',
  title: 'The ticket board has a default member',
  source,
  // The guide asks for "a default member" on the board; the API's BoardTeam.defaultFlag and
  // BoardTeam.members are our reading of where that lives.
  inferred: true,
  needs: [THREATLOCKER_INPUTS.board],
  evaluate: (data) => boardVerdict(data, 1),
};

const companyFilter: ReadinessCheck<ThreatLockerData> = {
  id: 'threatlocker-company-filter',
  title: 'The company types and statuses you will pick select companies',
  source,
  needs: [THREATLOCKER_INPUTS.companyTypes, THREATLOCKER_INPUTS.companyStatuses],
  evaluate({ companyCount }, values) {
    if (!companyCount) return { status: 'unknown', detail: 'The company count was not read.' };
    if (!companyCount.ok) return unreadable(companyCount, 'The company count');
    const picked = [
      `Types: ${list(listValue(values, THREATLOCKER_INPUTS.companyTypes))}`,
      `Statuses: ${list(listValue(values, THREATLOCKER_INPUTS.companyStatuses))}`,
    ];
    const count = companyCount.value;
    return count > 0
      ? {
          status: 'pass',
          detail: `${count} ${count === 1 ? 'company matches' : 'companies match'}: “Populate ConnectWise Organizations” will list ${count === 1 ? 'it' : 'them'}.`,
          evidence: picked,
        }
      : {
          status: 'fail',
          detail:
            'No company has one of these types and one of these statuses: ThreatLocker would list none to map.',
          evidence: picked,
          nextStep:
            'Pick the types and statuses your customer companies carry (for example Client and Active).',
        };
  },
};

const agreementAdditions: ReadinessCheck<ThreatLockerData> = {
  id: 'threatlocker-agreement-additions',
  title: 'Mapped companies have an agreement with additions',
  source,
  evaluate({ coverage }) {
    if (!coverage.ok) return unreadable(coverage, 'The agreements');
    const { companies, agreements, notChecked } = coverage.value;
    if (companies.length === 0) {
      return {
        status: 'unknown',
        detail: 'No company of this connection is mapped yet, so there is nothing to check.',
        nextStep:
          'Sync this connection and map its companies (Options › Mappings), then run the checks again.',
      };
    }
    const checked = companies.filter((company) => !notChecked.includes(company.id));
    const without = checked.filter(
      (company) => !(agreements.get(company.id) ?? []).some((agreement) => agreement.products.length > 0),
    );
    const evidence = checked
      .filter((company) => !without.includes(company))
      .slice(0, 20)
      .map((company) => {
        const withProducts = (agreements.get(company.id) ?? []).filter(
          (agreement) => agreement.products.length,
        );
        return `${company.name}: ${withProducts.map((agreement) => `${agreement.name} (${list(agreement.products, 5)})`).join('; ')}`;
      });
    if (without.length > 0) {
      return {
        status: 'fail',
        detail: `${without.length} of ${checked.length} mapped companies have no agreement with additions, so ThreatLocker has no product to update their license counts on: ${list(
          without.map((company) => company.name),
          20,
        )}.`,
        evidence,
        nextStep:
          'Add an agreement with the ThreatLocker product as an addition for each of them in Manage (Finance › Agreements).',
      };
    }
    if (notChecked.length > 0) {
      return {
        status: 'unknown',
        detail: `The ${checked.length} companies checked have agreements with additions; ${notChecked.length} more were not checked (too many agreements to read in one run).`,
        evidence,
      };
    }
    return {
      status: 'pass',
      detail: `All ${checked.length} mapped companies have an agreement with additions.`,
      evidence,
    };
  },
};

const summaryType: ReadinessCheck<ThreatLockerData> = {
  id: 'threatlocker-executive-summary-type',
  title: `The configuration type “${EXECUTIVE_SUMMARY_TYPE}” exists`,
  source,
  evaluate({ configurationTypes }) {
    if (!configurationTypes.ok) return unreadable(configurationTypes, 'The configuration types');
    const found = configurationTypes.value.filter(
      (type) => type.name.trim().toLowerCase() === EXECUTIVE_SUMMARY_TYPE.toLowerCase(),
    );
    if (found.length === 0) {
      return {
        status: 'fail',
        detail: `There is no configuration type “${EXECUTIVE_SUMMARY_TYPE}”: the executive summary has not synced yet.`,
        nextStep:
          'Choose the summaries on ThreatLocker’s Executive Summary tab and save; the integration syncs daily, so check again tomorrow.',
      };
    }
    return found.some((type) => type.inactiveFlag !== true)
      ? { status: 'pass', detail: `“${EXECUTIVE_SUMMARY_TYPE}” exists.` }
      : {
          status: 'fail',
          detail: `“${EXECUTIVE_SUMMARY_TYPE}” exists but is inactive.`,
          nextStep:
            'Make the configuration type active again in Manage (System › Setup Tables › Configuration Types).',
        };
  },
};

const summaryConfigurations: ReadinessCheck<ThreatLockerData> = {
  id: 'threatlocker-executive-summary-configurations',
  title: `Configurations named “${EXECUTIVE_SUMMARY_CONFIGURATION}” exist`,
  source,
  evaluate({ summaryConfigurations: count }) {
    if (!count.ok) return unreadable(count, 'The configurations');
    return count.value > 0
      ? {
          status: 'pass',
          detail: `${count.value} ${count.value === 1 ? 'configuration is' : 'configurations are'} named “${EXECUTIVE_SUMMARY_CONFIGURATION}”.`,
        }
      : {
          status: 'fail',
          detail: `No configuration is named “${EXECUTIVE_SUMMARY_CONFIGURATION}”: the executive summary has not synced yet.`,
          nextStep:
            'The integration writes it on its daily sync once summaries are chosen; check again after the next sync.',
        };
  },
};

export const THREATLOCKER_CHECKS: readonly ReadinessCheck<ThreatLockerData>[] = [
  companyIdKnown,
  boardClosedStatus,
  boardDefaultMember,
  companyFilter,
  agreementAdditions,
  summaryType,
  summaryConfigurations,
];
