import type { Plugin } from 'vite';
import { CATALOGUE_VERSION, catalogue } from '../lib/permissions/catalogue';
import { compactCatalogue } from '../lib/permissions/compact-catalogue';

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
/**
 * zod and the profile schema, used only to check the data at load: left out too, so the page
 * scripts carry no zod (the catalogue's own tests and the worker still check it).
 */
const ZOD_IMPORT = "import { z } from 'zod';\n";
const SCHEMA_VALUE_IMPORT = "import { profileSchema } from './schema';\n";
const CHECKED_PARSE =
  /^const catalogueSchema = z\.array\(profileSchema\)[\s\S]*?\nexport function parseCatalogue\(data: unknown\): Profile\[\] \{\n {2}return catalogueSchema\.parse\(data\);\n\}\n/m;
const UNCHECKED_PARSE = `export function parseCatalogue(): Profile[] {
  throw new Error('parseCatalogue is not in the page scripts: the catalogue arrives checked.');
}
`;

export function precompiledCatalogue(): Plugin {
  const data = JSON.stringify(JSON.stringify(compactCatalogue(catalogue)));
  return {
    name: 'mpc:precompiled-catalogue',
    // The TypeScript source, before esbuild strips its types.
    enforce: 'pre',
    transform(code, id) {
      if (!CATALOGUE_MODULE.test(id)) return null;
      // A changed catalogue.ts must not silently go back to checking at load.
      const expected =
        code.includes(PARSED_AT_LOAD) &&
        code.includes(ZOD_IMPORT) &&
        VERSION_AT_LOAD.test(code) &&
        PROFILE_LIST.test(code) &&
        code.includes(SCHEMA_VALUE_IMPORT) &&
        CHECKED_PARSE.test(code);
      if (!expected) {
        this.error('lib/permissions/catalogue.ts changed: update scripts/precompiled-catalogue.ts to match.');
      }
      return `import { expandCatalogue } from './compact-catalogue';\n${code}`
        .replace(PROFILE_IMPORTS, '')
        .replace(PROFILE_LIST, '')
        .replace(ZOD_IMPORT, '')
        .replace(SCHEMA_VALUE_IMPORT, '')
        .replace(CHECKED_PARSE, UNCHECKED_PARSE)
        .replace(PARSED_AT_LOAD, `Object.freeze(expandCatalogue(JSON.parse(${data})))`)
        .replace(VERSION_AT_LOAD, `export const CATALOGUE_VERSION = ${JSON.stringify(CATALOGUE_VERSION)};`);
    },
  };
}

/**
 * For the role checker's script, which reads its profiles from storage.local: a build that
 * imports the catalogue (its data, or zod with it) fails, rather than carrying it unnoticed.
 */
export function withoutCatalogue(): Plugin {
  return {
    name: 'mpc:without-catalogue',
    load(id) {
      if (CATALOGUE_MODULE.test(id) || /\/lib\/permissions\/profiles\//.test(id)) {
        this.error(
          `${id} is imported by the role checker's script, which must read the catalogue from storage.`,
        );
      }
      return null;
    },
  };
}
