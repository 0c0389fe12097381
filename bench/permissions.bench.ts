import { auditRole, MANAGE_MODULES, manageProfiles } from '../lib/permissions';
import { defineSuite } from './harness';

const FULL_ROLE_FUNCTIONS = 150;
const LEVELS = ['None', 'My', 'All'] as const;

/**
 * A full role as `GET /system/securityRoles/{id}/settings` returns it: every known function of
 * every module, padded with further functions per module (a real server lists more functions
 * than the documents name) up to ~150 rows, with mixed levels so both missing and excess occur.
 */
function fullRoleSettings() {
  const rows: Record<string, unknown>[] = [];
  const known = MANAGE_MODULES.flatMap((module) => module.functions.map((fn) => [module.name, fn.name]));
  for (let i = 0; rows.length < FULL_ROLE_FUNCTIONS; i++) {
    const [module, fn] = known[i] ?? [MANAGE_MODULES[i % MANAGE_MODULES.length]!.name, `Extra Function ${i}`];
    rows.push({
      id: i + 1,
      moduleName: module,
      moduleFunctionName: fn,
      addLevel: LEVELS[i % 3],
      editLevel: LEVELS[(i + 1) % 3],
      deleteLevel: LEVELS[(i + 2) % 3],
      inquireLevel: 'All',
    });
  }
  return rows;
}

const settings = fullRoleSettings();
const allManage = manageProfiles.map((profile) => profile.id);

export default defineSuite({
  name: 'permissions',
  cases: [
    {
      name: `audit a ${FULL_ROLE_FUNCTIONS}-function role against all Manage profiles (least-privilege)`,
      fn: () => auditRole(settings, allManage, { mode: 'least-privilege' }),
      samples: 2000,
      targetMedianMs: 0.2,
    },
  ],
});
