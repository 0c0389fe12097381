/**
 * Runs in: anywhere (pure). Which step of the RMM plug-in document's Administrator Login
 * troubleshooting list a failed WatchGuard Cloud Test connection points to (SOURCES.watchguardRmm,
 * "Connection Troubleshooting"), with the evidence the API gave. The document lists the steps,
 * not the errors that call for each: the matching below is our reading of status and endpoint,
 * and the UI says so.
 */
import type { VendorErrorJson } from '../http/errors';
import type { TestConnectionResult } from '../http/test-connection';
import { READ_WRITE_FIX, WG_ENDPOINTS } from './errors';

export type AdminLoginStepId =
  | 'access-id-enabled'
  | 'access-id-account'
  | 'api-key'
  | 'account-id'
  | 'account-removed'
  | 'read-write-access-id';

/** The document's five steps in its order, in our words, plus its read-write note. */
export const ADMIN_LOGIN_STEPS: Record<AdminLoginStepId, { order: number; text: string }> = {
  'access-id-enabled': {
    order: 1,
    text: 'API access is enabled for the Access ID (WatchGuard Cloud › Administration › Managed Access).',
  },
  'access-id-account': {
    order: 2,
    text: 'The Access ID and its password belong to the WatchGuard Cloud account whose Account ID is entered.',
  },
  'api-key': { order: 3, text: 'The API Key is the one Managed Access shows for that account.' },
  'account-id': { order: 4, text: 'The Account ID is right (Administration › My Account).' },
  'account-removed': {
    order: 5,
    text: 'The account has not been removed or merged into another WatchGuard Cloud account.',
  },
  'read-write-access-id': {
    order: 0,
    text: 'The Access ID is the read-write one: the document warns that the read-only one causes errors in the plug-in.',
  },
};

export interface AdminLoginDiagnosis {
  /** The matching steps, most likely first. */
  steps: AdminLoginStepId[];
  /** What the API answered: status, endpoint, error code, the field it points to. Never a secret. */
  evidence: string[];
}

/**
 * The troubleshooting steps for a WatchGuard error, or null when none of the document's steps
 * fits (an unreachable host, a wrong URL, a server error: the error's own next step says what
 * to do).
 */
export function adminLoginDiagnosis(error: VendorErrorJson): AdminLoginDiagnosis | null {
  if (error.vendor !== 'watchguard') return null;
  const steps = stepsFor(error);
  if (steps.length === 0) return null;
  const evidence = [
    error.status !== undefined ? `HTTP status ${error.status}` : undefined,
    error.endpoint ? `Call: ${error.endpoint}` : undefined,
    error.apiCode ? `Error code: ${error.apiCode}` : undefined,
    error.field ? `Field it points to: ${error.field}` : undefined,
  ].filter((line): line is string => line !== undefined);
  return { steps, evidence };
}

function stepsFor(error: VendorErrorJson): AdminLoginStepId[] {
  if (error.nextStep === READ_WRITE_FIX) return ['read-write-access-id'];
  const { status, endpoint } = error;
  if (endpoint === WG_ENDPOINTS.token) {
    if (status === 401 || error.apiCode === 'invalid_client')
      return ['access-id-account', 'access-id-enabled'];
    if (status === 403) return ['access-id-enabled'];
    if (status === 400 && error.apiCode === 'unauthorized_client') return ['access-id-enabled'];
    return [];
  }
  if (status === 401) return ['api-key'];
  if (status === 403) {
    // The credentials work, but not for this account: wrong pairing, or a wrong Account ID.
    return error.field === 'accountId'
      ? ['access-id-account', 'account-id']
      : ['account-id', 'access-id-account'];
  }
  if (status === 404 && endpoint !== undefined && endpoint !== WG_ENDPOINTS.token) {
    return ['account-id', 'account-removed'];
  }
  return [];
}

/**
 * The Administrator Login readiness check: a Test connection result, read as the document's
 * troubleshooting list. Pass when WatchGuard Cloud accepted all six parameters; fail with the
 * matching steps and the API's evidence; unknown when the test failed for a reason the list
 * does not cover (network, URL, server), since that says nothing about the credentials.
 */
export function adminLoginReadiness(result: TestConnectionResult): AdminLoginReadiness {
  if (result.ok) {
    return {
      status: 'pass',
      detail: result.summary,
      evidence: result.facts.map(({ label, value }) => `${label}: ${value}`),
    };
  }
  const diagnosis = adminLoginDiagnosis(result.error);
  if (!diagnosis) {
    return {
      status: 'unknown',
      detail: `The test did not reach a verdict on the credentials: ${result.error.message}`,
      nextStep: result.error.nextStep,
    };
  }
  return {
    status: 'fail',
    detail: result.error.message,
    evidence: diagnosis.evidence,
    nextStep: diagnosis.steps.map((step) => stepLabel(step)).join(' '),
  };
}

export interface AdminLoginReadiness {
  status: 'pass' | 'fail' | 'unknown';
  detail: string;
  evidence?: string[];
  nextStep?: string;
}

/** "Step 2 of the troubleshooting list: …" (the read-write note is the document's setup warning). */
export function stepLabel(step: AdminLoginStepId): string {
  const { order, text } = ADMIN_LOGIN_STEPS[step];
  return order === 0 ? `Setup note: ${text}` : `Step ${order}: ${text}`;
}
