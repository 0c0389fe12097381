import { ACTIONS, type Action, type Level, type RoleAuditReport, requiredRole } from '@/lib/permissions';

/** One function row of a role, as a test writes it. */
export interface RoleRow {
  module: string;
  function: string;
  levels: Record<Action, Level>;
}

const NONE: Record<Action, Level> = { add: 'None', edit: 'None', delete: 'None', inquire: 'None' };

/**
 * Parses a permission table restated in the test in the shape of its source document, one row a
 * line: either "Module > Function | add | edit | delete | inquire" (level per column), or
 * "Module → Function | Add, Edit, and Inquire | All" (the listed actions at one level).
 */
export function parseTable(table: string): RoleRow[] {
  return table
    .trim()
    .split('\n')
    .map((line) => {
      const cells = line.split('|').map((cell) => cell.trim());
      const [path = '', ...rest] = cells;
      const [module = '', fn = ''] = path.split(/\s*(?:>|→)\s*/);
      if (rest.length === 4) {
        const [add, edit, del, inquire] = rest as Level[];
        return { module, function: fn, levels: { add: add!, edit: edit!, delete: del!, inquire: inquire! } };
      }
      const [actions = '', level = ''] = rest;
      const levels = { ...NONE };
      for (const word of actions.split(/,|\band\b/)) {
        const action = word.trim().toLowerCase();
        if (action) levels[action as Action] = level as Level;
      }
      return { module, function: fn, levels };
    });
}

let nextId = 1;

/** A settings array shaped like `GET /system/securityRoles/{id}/settings`, with extra API fields. */
export function roleSettings(rows: readonly RoleRow[]) {
  return rows.map((row, index) => ({
    id: nextId++,
    addLevel: row.levels.add,
    editLevel: row.levels.edit,
    deleteLevel: row.levels.delete,
    inquireLevel: row.levels.inquire,
    moduleFunctionName: row.function,
    moduleFunctionDescription: `${row.function} description`,
    myAllFlag: true,
    moduleFunctionIdentifier: row.function.toUpperCase().replace(/\W/g, ''),
    reportFlag: false,
    restrictFlag: false,
    customFlag: row.function === 'Table Setup',
    moduleDescription: row.module,
    moduleIdentifier: row.module.toUpperCase().replace(/\W/g, ''),
    moduleName: row.module,
    sortOrder: index,
    _info: { lastUpdated: '2026-01-01T00:00:00Z', updatedBy: 'test' },
  }));
}

/** The same rows with one action of one row set to `level`. */
export function withLevel(rows: readonly RoleRow[], index: number, action: Action, level: Level): RoleRow[] {
  return rows.map((row, i) => (i === index ? { ...row, levels: { ...row.levels, [action]: level } } : row));
}

export function failures(report: RoleAuditReport) {
  return report.findings.filter((finding) => finding.status !== 'ok');
}

/** Every (row, action) whose level can be lowered, with each lower level. */
export function lowerings(
  rows: readonly RoleRow[],
): { index: number; action: Action; from: Level; to: Level }[] {
  const order: Level[] = ['None', 'My', 'All'];
  return rows.flatMap((row, index) =>
    ACTIONS.flatMap((action) => {
      const from = row.levels[action];
      return order.slice(0, order.indexOf(from)).map((to) => ({ index, action, from, to }));
    }),
  );
}

/** A role granting All on every action of every given function: what an Admin role looks like. */
export function adminRows(rows: readonly { module: string; function: string }[]): RoleRow[] {
  return rows.map((row) => ({
    module: row.module,
    function: row.function,
    levels: { add: 'All', edit: 'All', delete: 'All', inquire: 'All' },
  }));
}

/** The role requiredRole() describes for these profiles (and optional features), as settings rows. */
export function rowsFromRequired(profileIds: string[], features: string[] = []): RoleRow[] {
  return requiredRole(profileIds, { features }).functions.map((entry) => ({
    module: entry.module,
    function: entry.function,
    levels: {
      add: entry.levels.add.level,
      edit: entry.levels.edit.level,
      delete: entry.levels.delete.level,
      inquire: entry.levels.inquire.level,
    },
  }));
}
