import { type LastListingRun, recordsPerRequestReadiness } from '../../connections/kinds/records-per-request';
import { SOURCES } from '../../permissions/sources';
import type { WatchGuardRegion } from '../../regions/catalogue';
import {
  INVITATION_LABELS,
  type InvitationField,
  readInvitation,
  USER_LOGIN_TROUBLESHOOTING,
} from '../../regions/invitation';
import type { TestConnectionResult } from '../../vendors/http/test-connection';
import { adminLoginReadiness } from '../../vendors/watchguard/troubleshooting';
import { type Fetched, type ReadinessCheck, singleValue, unreadable, type Verdict } from '../check';

/**
 * The WatchGuard ↔ ConnectWise RMM plug-in's conditions (SOURCES.watchguardRmm), evaluated on
 * what the background read. Runs in: any context (pure). The invitation email's text is the
 * admin's input: it holds a secret (the registration code), so results name the code's length,
 * never its characters.
 */

export const WATCHGUARD_INPUTS = { invitation: 'invitation' } as const;

export interface WatchGuardReadinessData {
  /** The connection's Test connection (Administrator Login's six parameters). */
  test: Fetched<TestConnectionResult>;
  /** The connection's own account and region: the invitation's region is compared with it. */
  account?: { accountId: string; region: WatchGuardRegion };
}

const source = SOURCES.watchguardRmm;

const adminLogin: ReadinessCheck<WatchGuardReadinessData> = {
  id: 'watchguard-rmm-admin-login',
  title: 'Administrator Login: WatchGuard Cloud accepts the API parameters',
  source,
  // Which troubleshooting step fits which answer is our reading; the document lists only the steps.
  inferred: true,
  evaluate: ({ test }) =>
    test.ok ? adminLoginReadiness(test.value) : unreadable(test, 'The connection test'),
};

function invitationCheck(field: InvitationField): ReadinessCheck<WatchGuardReadinessData> {
  const label = INVITATION_LABELS[field];
  return {
    id: `watchguard-rmm-invitation-${field}`,
    title: `User Login invitation: ${label}`,
    source,
    needs: [WATCHGUARD_INPUTS.invitation],
    evaluate(data, values): Verdict {
      const reading = readInvitation(
        singleValue(values, WATCHGUARD_INPUTS.invitation),
        data.account ? { knownAccounts: [data.account] } : {},
      );
      const findings = reading.findings.filter((finding) => finding.field === field || !finding.field);
      const { value } = reading.fields[field];
      const evidence = [
        ...(value === undefined
          ? []
          : [
              field === 'registrationCode'
                ? `${label}: ${value.length} characters (not shown)`
                : `${label}: ${value}`,
            ]),
        ...findings.map((finding) => finding.message),
      ];
      const nextStep = `If registering still fails: ${USER_LOGIN_TROUBLESHOOTING.join(' ')}`;
      if (value === undefined || findings.some((finding) => finding.severity === 'error')) {
        return {
          status: 'fail',
          detail: findings.find((f) => f.severity === 'error')?.message ?? `No ${label}.`,
          evidence,
          nextStep,
        };
      }
      if (findings.some((finding) => finding.severity === 'warning')) {
        return {
          status: 'unknown',
          detail: `The ${label} was found but needs a look: ${findings.find((f) => f.severity === 'warning')?.message}`,
          evidence,
          nextStep,
        };
      }
      return {
        status: 'pass',
        detail: `The ${label} is ready to paste (copy it from the invitation panel).`,
        evidence,
      };
    },
  };
}

export const WATCHGUARD_CHECKS: readonly ReadinessCheck<WatchGuardReadinessData>[] = [
  adminLogin,
  invitationCheck('serverUrl'),
  invitationCheck('accountId'),
  invitationCheck('registrationCode'),
];

/** ConnectWise RMM side of the plug-in: Records Per Request against a live two-page listing. */
export interface RmmReadinessData {
  recordsPerRequest: unknown;
  listing: Fetched<LastListingRun>;
}

export const RMM_CHECKS: readonly ReadinessCheck<RmmReadinessData>[] = [
  {
    id: 'watchguard-rmm-records-per-request',
    title: 'Records Per Request: the default 500, and the server answers full pages',
    source,
    evaluate: ({ recordsPerRequest, listing }) =>
      listing.ok
        ? recordsPerRequestReadiness(recordsPerRequest, listing.value)
        : unreadable(listing, 'The company listing'),
  },
];
