import type { SavedRole } from '../page-commands';
import type { PageRow } from './page-adapter';
import type { RoleReader } from './reader-api';
import { type UnsavedChange, unsavedChanges } from './unsaved-changes';

/**
 * Runs in: the content script, in the role-checker chunk. The page against what the server
 * holds for its role: the saved role is read once (through the background, readSavedRole) and
 * every re-check compares the page's rows with it here, so a drop-down change costs no request.
 */

export interface ServerComparison {
  /**
   * idle: nothing to compare yet (no role name read); loading: the saved role is being read;
   * none: no saved connection is for this site; not-found: its API lists no role of that name;
   * compared: `changes` is what the page shows that the server does not hold; failed: `message`;
   * waiting: the background limits how often a page may have ConnectWise asked, and asks later.
   */
  state: 'idle' | 'loading' | 'none' | 'not-found' | 'compared' | 'failed' | 'waiting';
  /** The saved connection the role was read through. */
  connectionName: string | null;
  changes: UnsavedChange[];
  message: string | null;
}

/** The latest answer about the saved role: none asked for yet, one on its way, or the answer. */
export type SavedRoleAnswer = null | 'loading' | SavedRole;

/** When the background cannot be asked at all (the extension reloaded, for instance). */
export const BACKGROUND_UNREACHABLE = 'The extension did not answer: reload the page to try again.';

/** Before a role name was read: nothing to compare yet. */
export const NOTHING_COMPARED: ServerComparison = Object.freeze({
  state: 'idle',
  connectionName: null,
  changes: [],
  message: null,
});

export function compareWithServer(
  answer: SavedRoleAnswer,
  rows: readonly PageRow[],
  { toRoleSettings }: Pick<RoleReader, 'toRoleSettings'>,
): ServerComparison {
  const nothing = { connectionName: null, changes: [], message: null };
  if (answer === null) return { ...NOTHING_COMPARED };
  if (answer === 'loading') return { state: 'loading', ...nothing };
  switch (answer.status) {
    case 'no-connection':
      return { state: 'none', ...nothing };
    case 'not-found':
      return { state: 'not-found', ...nothing, connectionName: answer.connectionName };
    case 'failed':
      return { state: 'failed', ...nothing, connectionName: answer.connectionName, message: answer.message };
    case 'waiting':
      return { state: 'waiting', ...nothing, connectionName: answer.connectionName };
    case 'found':
      return {
        state: 'compared',
        connectionName: answer.connectionName,
        changes: unsavedChanges(toRoleSettings(rows), answer.settings),
        message: null,
      };
  }
}
