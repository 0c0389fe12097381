import fc from 'fast-check';
import { MANAGE_MODULES } from '@/lib/permissions/manage-modules';

/**
 * One security role as the generator renders it: modules, their functions, and per function the
 * four words its Add, Edit, Delete and Inquire controls show. ConnectWise Manage's levels are
 * None, My and All (Manage 2025.1 SecurityRoleSetting, shared/reference/specs; seeds/001); a
 * page may also show a word that is not one of them ("Mine" on older matrices, or nothing).
 * Module and function names are the ones vendor documents use (our catalogue of them), plus a
 * module the catalogue does not know that repeats a function name other modules have.
 */

export type ShownLevel = 'None' | 'My' | 'All' | 'Mine' | '';
export const LEVEL_WORDS: readonly ShownLevel[] = ['None', 'My', 'All'];
export const UNKNOWN_WORDS: readonly ShownLevel[] = ['Mine', ''];

export interface RoleFunction {
  name: string;
  /** Add, Edit, Delete, Inquire. */
  levels: readonly [ShownLevel, ShownLevel, ShownLevel, ShownLevel];
  description: string;
  customize: boolean;
}

export interface RoleModule {
  name: string;
  /** The catalogue does not know this module (its rows must never land in another one). */
  unknownToCatalogue: boolean;
  functions: RoleFunction[];
}

export interface GeneratedRole {
  name: string;
  modules: RoleModule[];
}

/** A module a tenant's page may show that our catalogue does not list. */
export const UNKNOWN_MODULE = { name: 'Contracts Desk', functions: ['Reports', 'Contract Review'] };

const levelArbitrary = (unknownWords: boolean): fc.Arbitrary<ShownLevel> =>
  unknownWords
    ? fc.oneof(
        { weight: 12, arbitrary: fc.constantFrom(...LEVEL_WORDS) },
        { weight: 1, arbitrary: fc.constantFrom(...UNKNOWN_WORDS) },
      )
    : fc.constantFrom(...LEVEL_WORDS);

function functionArbitrary(name: string, unknownWords: boolean): fc.Arbitrary<RoleFunction> {
  const level = levelArbitrary(unknownWords);
  return fc.record({
    name: fc.constant(name),
    levels: fc.tuple(level, level, level, level),
    description: fc.constantFrom('', `Access to ${name.toLowerCase()}`, 'See the online help'),
    customize: fc.oneof(
      { weight: 5, arbitrary: fc.constant(false) },
      { weight: 1, arbitrary: fc.constant(true) },
    ),
  });
}

function moduleArbitrary(
  source: { name: string; functions: readonly string[] },
  unknownToCatalogue: boolean,
  unknownWords: boolean,
): fc.Arbitrary<RoleModule> {
  return fc
    .subarray([...source.functions], { minLength: 1, maxLength: Math.min(5, source.functions.length) })
    .chain((names) => fc.tuple(...names.map((name) => functionArbitrary(name, unknownWords))))
    .map((functions) => ({ name: source.name, unknownToCatalogue, functions }));
}

const CATALOGUE = MANAGE_MODULES.filter((module) => module.functions.length > 0).map((module) => ({
  name: module.name,
  functions: module.functions.map((known) => known.name),
}));

/** A role over 2–6 catalogue modules (names repeated across modules, such as "Reports", included). */
export function roleArbitrary(options: {
  unknownWords: boolean;
  unknownModule: boolean;
}): fc.Arbitrary<GeneratedRole> {
  const modules = fc
    .subarray(CATALOGUE, { minLength: 2, maxLength: 6 })
    .chain((picked) =>
      fc.tuple(...picked.map((module) => moduleArbitrary(module, false, options.unknownWords))),
    );
  const extra = options.unknownModule
    ? fc.option(moduleArbitrary(UNKNOWN_MODULE, true, options.unknownWords), { nil: undefined })
    : fc.constant(undefined);
  return fc.tuple(modules, extra, fc.integer({ min: 0, max: 5 })).map(([known, unknown, at]) => {
    const all = [...known];
    if (unknown) all.splice(Math.min(at, all.length), 0, unknown);
    return { name: 'Generated Role', modules: all };
  });
}
