import { readCustomizeDialog } from './customize-dialog';
import { CUSTOMIZE, normaliseText } from './level-controls';
import {
  canSetControl,
  isLevelControlElement,
  readControlLabel,
  readRolePage,
  rereadCells,
  rowElementOf,
  setControl,
  toRoleSettings,
} from './page-adapter';
import { watchScreenChanges } from './screen-locator';
import { manageVocabulary } from './vocabulary';

/**
 * Runs in: the content script, in the checker script (entrypoints/role-checker/). Everything
 * that reads or sets the role screen, as the one object the checker takes (CheckerDeps.reader)
 * and the panel's snapshot uses: the checker's modules import the reader's files for their types
 * only, so all it does to the page goes through here (and a test can stand in for it).
 */
export const roleReader = {
  readRolePage,
  rereadCells,
  rowElementOf,
  isLevelControlElement,
  readControlLabel,
  canSetControl,
  setControl,
  toRoleSettings,
  watchScreenChanges,
  readCustomizeDialog,
  /** A Customize link's text, as the reader normalises it. */
  isCustomizeLabel: (text: string | null) => CUSTOMIZE.test(normaliseText(text)),
  manageVocabulary,
};

export type RoleReader = typeof roleReader;
