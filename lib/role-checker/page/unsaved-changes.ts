import { LEVEL_FIELDS, type Level } from '../../permissions/levels';
import { functionKey } from '../../permissions/normalise';
import type { SavedRoleSetting } from '../page-commands';
import type { PageRoleSetting } from './page-adapter';

/**
 * Runs in: the content script, in the role-checker chunk. The page's levels against the role as
 * the server holds it (read once through the background's readSavedRole), so a re-check costs
 * no request.
 */

/** A level the page shows that differs from what the server holds for the role. */
export interface UnsavedChange {
  module: string;
  function: string;
  action: keyof typeof LEVEL_FIELDS;
  saved: Level;
  shown: Level;
}

/**
 * What the page shows but the server does not hold yet: the role's unsaved changes. `saved` is
 * the role as the server holds it, validated (`readRoleSettings`). Only functions the page shows
 * are compared (a collapsed module has nothing to compare); one the server does not list holds None.
 */
export function unsavedChanges(
  page: readonly PageRoleSetting[],
  saved: readonly SavedRoleSetting[],
): UnsavedChange[] {
  const byFunction = new Map(saved.map((row) => [functionKey(row.module, row.function), row]));
  const changes: UnsavedChange[] = [];
  for (const row of page) {
    const server = byFunction.get(functionKey(row.moduleName, row.moduleFunctionName));
    for (const [action, field] of Object.entries(LEVEL_FIELDS) as [
      keyof typeof LEVEL_FIELDS,
      keyof PageRoleSetting,
    ][]) {
      const shown = row[field] as Level;
      const was = server?.levels[action] ?? 'None';
      if (shown !== was) {
        changes.push({ module: row.moduleName, function: row.moduleFunctionName, action, saved: was, shown });
      }
    }
  }
  return changes;
}
