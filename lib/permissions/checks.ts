import { getProfile } from './catalogue';
import { describeValue, PermissionsInputError } from './errors';
import type { ManualCheckDefinition } from './schema';
import type { CheckResult } from './types';

/**
 * Readiness checks that need live data rather than role levels. They are pure: the background
 * fetches the data (board statuses, connection form) and hands it here, and each result carries
 * the id of the catalogue's manual check it settles, so a UI can replace one with the other.
 */

function definition(profileId: string, checkId: string): ManualCheckDefinition {
  const check = getProfile(profileId)?.manualChecks.find((candidate) => candidate.id === checkId);
  if (!check) throw new Error(`Catalogue check ${checkId} is missing from ${profileId}`);
  return check;
}

function result(check: ManualCheckDefinition, status: CheckResult['status'], detail: string): CheckResult {
  return { id: check.id, title: check.title, status, detail, source: check.source };
}

export interface BoardReadinessInput {
  /** The statuses of the board chosen for ThreatLocker tickets (`/service/boards/{id}/statuses`). */
  statuses: { name: string }[];
  /** The board's default member identifier; null or "" when none is set, omitted when unknown. */
  defaultMember?: string | null;
}

/**
 * ThreatLocker's two conditions on the ticket board (seeds/002): a status whose name contains
 * "closed" in any letter case, so handled tickets can be closed, and a default member, so new
 * tickets show up.
 */
export function threatLockerBoardReadiness(input: BoardReadinessInput): CheckResult[] {
  if (typeof input !== 'object' || input === null || !Array.isArray(input.statuses)) {
    throw new PermissionsInputError(
      'not-an-array',
      `Board readiness needs the board's statuses as an array (got ${describeValue(input?.statuses)}).`,
      { field: 'statuses', value: describeValue(input?.statuses) },
    );
  }
  const names = input.statuses.map((status, index) => {
    const name = (status as { name?: unknown } | null)?.name;
    if (typeof name !== 'string') {
      throw new PermissionsInputError(
        'missing-name',
        `Board status ${index} has no name (got ${describeValue(name)}).`,
        {
          index,
          field: 'name',
          value: describeValue(name),
        },
      );
    }
    return name;
  });
  const closed = names.filter((name) => name.toLowerCase().includes('closed'));
  const closedCheck = definition('threatlocker-psa', 'threatlocker-board-closed-status');
  const memberCheck = definition('threatlocker-psa', 'threatlocker-board-default-member');
  const member = input.defaultMember;
  return [
    closed.length > 0
      ? result(closedCheck, 'pass', `Closing status found: ${closed.join(', ')}.`)
      : result(
          closedCheck,
          'fail',
          names.length > 0
            ? `None of the board's ${names.length} statuses contains "closed"; add one such as "Closed".`
            : 'The board has no statuses; add one whose name contains "closed".',
        ),
    member === undefined
      ? result(memberCheck, 'unknown', 'The board’s default member was not read.')
      : member === null || member.trim() === ''
        ? result(memberCheck, 'fail', 'The board has no default member; set one in the board’s setup.')
        : result(memberCheck, 'pass', `Default member: ${member}.`),
  ];
}

/** The six WatchGuard Cloud API parameters the RMM plug-in asks for (seeds/000). */
export const WATCHGUARD_RMM_API_PARAMETERS = [
  { id: 'authenticationApiUrl', label: 'Authentication API URL' },
  { id: 'apiUrl', label: 'API URL' },
  { id: 'accountId', label: 'Account ID' },
  { id: 'accessId', label: 'Access ID' },
  { id: 'accessPassword', label: 'Access Password' },
  { id: 'apiKey', label: 'API Key' },
] as const;
export type WatchGuardRmmParameter = (typeof WATCHGUARD_RMM_API_PARAMETERS)[number]['id'];

export interface WatchGuardRmmConnectionInput {
  /**
   * What the user entered, or just whether each field is filled. Only presence is looked at:
   * values (the password and API key are secrets) are never copied into a result.
   */
  parameters: Partial<Record<WatchGuardRmmParameter, string | boolean | null | undefined>>;
  /** Which of WatchGuard Cloud's two access IDs the Access ID is, when the caller can tell. */
  accessIdKind?: 'readwrite' | 'readonly';
}

/** The plug-in's own conditions on its WatchGuard Cloud credentials (seeds/000). */
export function watchGuardRmmConnectionReadiness(input: WatchGuardRmmConnectionInput): CheckResult[] {
  if (typeof input?.parameters !== 'object' || input.parameters === null) {
    throw new PermissionsInputError(
      'not-an-object',
      'Connection readiness needs the parameters as an object.',
      {
        field: 'parameters',
      },
    );
  }
  const missing = WATCHGUARD_RMM_API_PARAMETERS.filter(({ id }) => {
    const value = input.parameters[id];
    return typeof value === 'string' ? value.trim() === '' : value !== true;
  });
  const accessCheck = definition('watchguard-endpoint-rmm', 'watchguard-rmm-readwrite-access-id');
  const parameterCheck = definition('watchguard-endpoint-rmm', 'watchguard-rmm-api-parameters');
  return [
    input.accessIdKind === 'readwrite'
      ? result(accessCheck, 'pass', 'The read-write Access ID is in use.')
      : input.accessIdKind === 'readonly'
        ? result(
            accessCheck,
            'fail',
            'This is the read-only Access ID; use the read-write Access ID and its password.',
          )
        : result(
            accessCheck,
            'unknown',
            'Make sure the Access ID is the read-write one from Managed Access.',
          ),
    missing.length === 0
      ? result(parameterCheck, 'pass', 'All six parameters are filled in.')
      : result(parameterCheck, 'fail', `Missing: ${missing.map(({ label }) => label).join(', ')}.`),
  ];
}
