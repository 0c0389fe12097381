import { browser } from 'wxt/browser';
import { type AnswerReading, exchange } from '../../messaging/exchange';
import { failure, type Result } from '../../messaging/result';
import type { SavedRole } from '../page-commands';
import { asCatalogueWritten, asCheckerDefaults, asSavedRole } from './reply-guards';

/**
 * Runs in: the content script, in the role-checker chunk. The checker's requests to the
 * background, with every answer checked at this boundary (reply-guards.ts, held to the
 * commands' schemas in ../page-commands.ts, which the background checks requests against). A
 * failed request becomes an answer the checker can show (or do without): it never throws.
 */

const answerAs =
  <T>(read: (value: unknown) => T | null) =>
  (data: unknown): AnswerReading<T> => {
    const answer = read(data);
    return answer === null
      ? { ok: false, problem: 'not what the command answers' }
      : { ok: true, data: answer };
  };

/** What `readSavedRole`'s request schema allows: a trimmed name of 1 to 200 characters. */
const ROLE_NAME_LIMIT = 200;

function requestSavedRole(roleName: string, fresh: boolean): Promise<Result<SavedRole>> {
  const name = roleName.trim();
  if (name.length < 1 || name.length > ROLE_NAME_LIMIT) {
    return Promise.resolve(
      failure(
        'invalid-request',
        `"readSavedRole" request: the role name must be 1 to ${ROLE_NAME_LIMIT} characters.`,
      ),
    );
  }
  return exchange(
    (message) => browser.runtime.sendMessage(message),
    'readSavedRole',
    { roleName: name, ...(fresh ? { fresh } : {}) },
    answerAs(asSavedRole),
  );
}

/** The saved role for the checker's "unsaved changes" (see saved-role.ts in the background). */
export async function loadSavedRole(roleName: string, fresh = false): Promise<SavedRole> {
  const answer = await requestSavedRole(roleName, fresh);
  return answer.ok ? answer.data : { status: 'failed', connectionName: null, message: answer.error.message };
}

/**
 * The organization's preselected integrations, asked with `ask` (the content script's
 * `requestCheckerDefaults`); none when that request failed.
 */
export async function preselectedProfiles(ask: () => Promise<unknown>): Promise<string[]> {
  const answer = await exchange(() => ask(), 'roleCheckerDefaults', {}, answerAs(asCheckerDefaults));
  return answer.ok ? answer.data.profiles : [];
}

/**
 * Asks the background to write the Manage catalogue into storage.local (`roleCheckerCatalogue`),
 * when the page found it missing, stale or damaged: the version written, or why not.
 */
export async function requestCatalogue(): Promise<Result<{ version: string }>> {
  return exchange(
    (message) => browser.runtime.sendMessage(message),
    'roleCheckerCatalogue',
    {},
    answerAs(asCatalogueWritten),
  );
}
