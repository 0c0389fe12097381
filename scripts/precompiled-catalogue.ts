import type { Plugin } from 'vite';
import { CATALOGUE_VERSION, catalogue } from '../lib/permissions/catalogue';

/**
 * A Vite plugin for the scripts that run in portal pages (wxt.config.ts): the catalogue arrives
 * there already checked, as data, instead of being checked with zod on every role screen, which
 * took ~30 ms of the first verdict. The data is the catalogue as `lib/permissions/catalogue.ts`
 * builds it when the build starts (so the same checks run, here and in every test run), inlined
 * as JSON (parsed faster than the same object literal), with its version; the profiles' source
 * modules are left out.
 */
const CATALOGUE_MODULE = /\/lib\/permissions\/catalogue\.ts$/;
const PARSED_AT_LOAD = 'Object.freeze(parseCatalogue(PROFILE_DATA))';
const VERSION_AT_LOAD = /export const CATALOGUE_VERSION = [^;]+;/;
/** The profiles' sources and their list: the data replaces them, so they leave the bundle. */
const PROFILE_IMPORTS = /^import \{ \w+ \} from '\.\/profiles\/[\w-]+';\n/gm;
const PROFILE_LIST = /^const PROFILE_DATA: readonly ProfileInput\[\] = \[[^\]]*\];\n/m;

export function precompiledCatalogue(): Plugin {
  const data = JSON.stringify(JSON.stringify(catalogue));
  return {
    name: 'mpc:precompiled-catalogue',
    // The TypeScript source, before esbuild strips its types.
    enforce: 'pre',
    transform(code, id) {
      if (!CATALOGUE_MODULE.test(id)) return null;
      // A changed catalogue.ts must not silently go back to checking at load.
      if (!code.includes(PARSED_AT_LOAD) || !VERSION_AT_LOAD.test(code) || !PROFILE_LIST.test(code)) {
        this.error('lib/permissions/catalogue.ts changed: update scripts/precompiled-catalogue.ts to match.');
      }
      return code
        .replace(PROFILE_IMPORTS, '')
        .replace(PROFILE_LIST, '')
        .replace(PARSED_AT_LOAD, `Object.freeze(JSON.parse(${data}))`)
        .replace(VERSION_AT_LOAD, `export const CATALOGUE_VERSION = ${JSON.stringify(CATALOGUE_VERSION)};`);
    },
  };
}
