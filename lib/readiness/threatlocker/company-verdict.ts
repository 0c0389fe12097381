import type { Verdict } from '../check';

/**
 * Runs in: any context (pure, no zod: the ThreatLocker portal's lint script takes it too). The
 * codebase lookup's answer, in the words the setup forms and the readiness panel share.
 */
export interface CompanyLookup {
  host: string;
  companyId: string;
  /** `known: false` is the site's 404: it has no such login company. */
  known: boolean;
  companyName?: string;
}

/** The lookup's answer in the words the setup form and the panel share. */
export function companyIdVerdict({ host, companyId, known, companyName }: CompanyLookup): Verdict {
  return known
    ? {
        status: 'pass',
        detail: `'${companyId}' is known on ${host}${companyName ? ` (${companyName})` : ''}.`,
      }
    : {
        status: 'fail',
        detail: `'${companyId}' is not known on ${host}: this must be the Company ID you log in with, not a customer's.`,
        nextStep:
          'Enter the company ID from the ConnectWise login screen, and pick the server (North American, European, Australian cloud, or your on-premise address) that login uses.',
      };
}
