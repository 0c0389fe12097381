// The module file itself, not the permissions index: the content script bundles this.
import { MANAGE_MODULES } from '../../permissions/manage-modules';
import type { PageVocabulary } from './page-adapter';

/**
 * The module and function names the page adapter matches rows against: the catalogue's, with
 * the other spellings documents and older Manage versions use, so a row reads as one function
 * whichever spelling the page shows.
 */
export const manageVocabulary: PageVocabulary = {
  modules: MANAGE_MODULES.map((module) => ({
    name: module.name,
    functions: module.functions.map((known) => known.name),
    aliases: module.aliases,
    functionAliases: Object.fromEntries(
      module.functions
        .filter((known) => known.aliases.length > 0)
        .map((known) => [known.name, known.aliases]),
    ),
  })),
};
