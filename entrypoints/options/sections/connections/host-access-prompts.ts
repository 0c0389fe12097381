/**
 * The options page's side of connections: host-permission prompts (only a page can show them,
 * during a click) followed by the background command. Secrets typed in the form travel to the
 * background once, in the save or test command, and never come back.
 */
import { browser } from 'wxt/browser';
import { originPattern } from '../../../../lib/connections/host-access';
import { hostOriginOf } from '../../../../lib/connections/kinds';
import type {
  ConnectionTestResult,
  MaskedConnection,
  SaveConnectionRequest,
} from '../../../../lib/connections/schemas';
import { callBackground } from '../../../../lib/extension/messaging';
import { commands, type Result } from '../../../../lib/messaging';

/**
 * Asks the browser to let the extension reach an on-premise origin. Call it before any other
 * await in a click handler: browsers show the prompt only during the user's gesture. Resolves
 * true at once, without a prompt, when access is already granted.
 */
export async function requestHostAccess(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.request({ origins: [originPattern(origin)] });
  } catch {
    return false;
  }
}

export type SaveOutcome =
  | { ok: true; connection: MaskedConnection; deniedOrigin: string | null }
  | { ok: false; message: string; fields?: Record<string, string[]> };

export async function saveFromForm(request: SaveConnectionRequest): Promise<SaveOutcome> {
  const origin = hostOriginOf(request.vendor, request.settings);
  const granted = origin ? await requestHostAccess(origin) : true;
  const result = await callBackground(commands.saveConnection, request);
  if (!result.ok) {
    const fields = result.error.detail?.fields as Record<string, string[]> | undefined;
    return { ok: false, message: result.error.message, ...(fields ? { fields } : {}) };
  }
  return { ok: true, connection: result.data.connection, deniedOrigin: granted ? null : origin };
}

const deniedMessage = (origin: string) =>
  `Your browser did not allow the extension to reach ${origin}, so the test cannot run. Choose “Ask again” and allow it.`;

/** Test connection on the form's values; on-premise servers need the host permission first. */
export async function testFromForm(request: SaveConnectionRequest): Promise<Result<ConnectionTestResult>> {
  const origin = hostOriginOf(request.vendor, request.settings);
  if (origin && !(await requestHostAccess(origin))) {
    return { ok: false, error: { code: 'handler-failed', message: deniedMessage(origin) } };
  }
  return callBackground(commands.testConnectionSettings, request);
}

export async function testSaved(connection: MaskedConnection): Promise<Result<ConnectionTestResult>> {
  if (connection.hostOrigin && connection.hostAccess !== 'granted') {
    if (!(await requestHostAccess(connection.hostOrigin))) {
      return { ok: false, error: { code: 'handler-failed', message: deniedMessage(connection.hostOrigin) } };
    }
    await callBackground(commands.refreshHostAccess, {});
  }
  return callBackground(commands.testSavedConnection, { id: connection.id });
}

/** "Ask again": the prompt, then the background registers what the answer allows. */
export async function askHostAccess(origin: string): Promise<boolean> {
  const granted = await requestHostAccess(origin);
  await callBackground(commands.refreshHostAccess, {});
  return granted;
}

/** The message of a failed result, or null. */
export function problemOf(result: Result<unknown>): string | null {
  return result.ok ? null : result.error.message;
}
