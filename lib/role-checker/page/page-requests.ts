import { callBackground } from '../../extension/messaging';
import { sendCommand } from '../../messaging/client';
import { roleCheckerPageCommands, type SavedRole } from '../page-commands';

/**
 * Runs in: the content script, in the role-checker chunk. The checker's requests to the
 * background, with every answer checked against its command's schema. A failed request becomes
 * an answer the checker can show (or do without): it never throws.
 */

/** The saved role for the checker's "unsaved changes" (see saved-role.ts in the background). */
export async function loadSavedRole(roleName: string, fresh = false): Promise<SavedRole> {
  const answer = await callBackground(roleCheckerPageCommands.readSavedRole, {
    roleName,
    ...(fresh ? { fresh } : {}),
  });
  return answer.ok ? answer.data : { status: 'failed', connectionName: null, message: answer.error.message };
}

/**
 * The organization's preselected integrations from the reply to the request the content script
 * sent while this script loaded (`requestCheckerDefaults`); none when that request failed.
 */
export async function preselectedProfiles(reply: Promise<unknown>): Promise<string[]> {
  const answer = await sendCommand(() => reply, roleCheckerPageCommands.roleCheckerDefaults, {});
  return answer.ok ? answer.data.profiles : [];
}
