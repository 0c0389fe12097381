import {
  FIXTURE_DIR,
  FIXTURE_MODULES,
  largeRoleModules,
  MISSING_ROLE,
  type RoleLevels,
} from '../../role-pages';
import { type Layout, NAMED_LAYOUTS } from './layouts';
import { renderRolePage } from './render';
import type { GeneratedRole } from './role';

/**
 * The generated layouts the E2E suite serves at https://na.myconnectwise.net and the bench
 * measures, committed under tests/fixtures/pages (fixture-pages.test.ts keeps them in sync).
 * Each draws the same role as role-missing.html (five levels short of WatchGuard Cloud's table),
 * so every layout must give the same verdict.
 */
export const GENERATED_DIR = `${FIXTURE_DIR}/generated`;

function roleOf(name: string, levels: RoleLevels, modules: typeof FIXTURE_MODULES): GeneratedRole {
  return {
    name,
    modules: modules.map((module) => ({
      name: module.name,
      unknownToCatalogue: false,
      functions: module.functions.map((fn) => ({
        name: fn.name,
        levels: levels[`${module.name} > ${fn.name}`] ?? ['None', 'None', 'None', 'None'],
        description: fn.description ?? '',
        customize: fn.customize ?? false,
      })),
    })),
  };
}

/** Every generated fixture file, by name (relative to GENERATED_DIR). */
export function generatedPages(): Record<string, string> {
  const pages: Record<string, string> = {};
  const add = (name: string, role: GeneratedRole, layout: Layout) => {
    const page = renderRolePage(role, layout, `${name}-frame.html`);
    pages[`${name}.html`] = page.html;
    if (page.frameHtml) pages[`${name}-frame.html`] = page.frameHtml;
  };
  const missing = roleOf('API Integrations', MISSING_ROLE, FIXTURE_MODULES);
  for (const [name, layout] of Object.entries(NAMED_LAYOUTS)) add(name, missing, layout);
  // The first-verdict bench's 200-row role in a toolkit's div grid (the table is role-200-rows.html).
  add(
    'role-200-rows-div-grid',
    roleOf('Large Role', MISSING_ROLE, largeRoleModules()),
    NAMED_LAYOUTS['toolkit-div-grid'],
  );
  return pages;
}
