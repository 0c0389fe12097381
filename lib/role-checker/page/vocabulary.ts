// The module file itself, not the permissions index: the content script bundles this.
import { MANAGE_MODULES } from '../../permissions/manage-modules';
import type { PageVocabulary } from './page-adapter';

/** The module and function names the page adapter matches rows against: the catalogue's. */
export const manageVocabulary: PageVocabulary = {
  modules: MANAGE_MODULES.map((module) => ({
    name: module.name,
    functions: module.functions.map((known) => known.name),
  })),
};
