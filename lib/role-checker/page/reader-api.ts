import { readCustomizeDialog } from './customize-dialog';
import { takeEarlyReading } from './early-reading';
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
 * Runs in: the content script, in the role-reader chunk (entrypoints/role-reader/). Everything
 * that reads or sets the role screen, published by that chunk and handed to the checker chunk
 * when it starts (chunk-bridge.ts): the checker imports these modules for their types only, so
 * the page reader is in one script, not two.
 */
export const roleReader = {
  takeEarlyReading,
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
