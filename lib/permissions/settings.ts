import { describeValue, PermissionsInputError } from './errors';
import { type ACTIONS, LEVEL_FIELDS, LEVELS, type Level, parseLevel } from './levels';
import { rowIdentity } from './manage-modules';

/**
 * Reads the JSON array ConnectWise Manage returns from `GET /system/securityRoles/{id}/settings`
 * or `/system/mySecurity` (vendor-apis.md §1.9): one row per module function with
 * `moduleName`, `moduleFunctionName` and the four `…Level` fields. Other fields are ignored.
 */
export interface RoleSettingRow {
  /** Position in the input array, for messages. */
  index: number;
  module: string;
  function: string;
  /** Level ranks (None 0, My 1, All 2) in ACTIONS order. */
  ranks: [number, number, number, number];
  /** The function reveals secrets (Configuration - Display Passwords). */
  sensitive: boolean;
}

function readName(row: Record<string, unknown>, field: string, index: number): string {
  const value = row[field];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new PermissionsInputError(
      'missing-name',
      `Role setting ${index} has no ${field} (got ${describeValue(value)}).`,
      { index, field, value: describeValue(value) },
    );
  }
  return value.trim();
}

// The API spells levels exactly so; the lookup skips parseLevel's trimming on the hot path.
const EXACT_RANKS: ReadonlyMap<unknown, number> = new Map(LEVELS.map((level, rank) => [level, rank]));

function readRank(row: Record<string, unknown>, field: string, index: number): number {
  const value = row[field];
  const exact = EXACT_RANKS.get(value);
  if (exact !== undefined) return exact;
  // The spec marks levels nullable; a missing level grants nothing, which can only make an
  // audit stricter, never turn a missing right into a pass.
  if (value === undefined || value === null) return 0;
  const level = typeof value === 'string' ? parseLevel(value) : undefined;
  if (level === undefined) {
    throw new PermissionsInputError(
      'unknown-level',
      `Role setting ${index} has ${field} ${describeValue(value)}; expected one of ${LEVELS.join(', ')}.`,
      { index, field, value: describeValue(value) },
    );
  }
  return LEVELS.indexOf(level);
}

/** Validates and indexes role settings by normalised (module, function). */
export function indexRoleSettings(settings: unknown): Map<string, RoleSettingRow> {
  if (!Array.isArray(settings)) {
    throw new PermissionsInputError(
      'not-an-array',
      `Role settings must be the array returned by the security-role settings API (got ${describeValue(settings)}).`,
      { value: describeValue(settings) },
    );
  }
  const rows = new Map<string, RoleSettingRow>();
  for (let index = 0; index < settings.length; index++) {
    const raw: unknown = settings[index];
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      throw new PermissionsInputError(
        'not-an-object',
        `Role setting ${index} is not an object (got ${describeValue(raw)}).`,
        { index, value: describeValue(raw) },
      );
    }
    const record = raw as Record<string, unknown>;
    const module = readName(record, 'moduleName', index);
    const fn = readName(record, 'moduleFunctionName', index);
    const ranks: RoleSettingRow['ranks'] = [
      readRank(record, LEVEL_FIELDS.add, index),
      readRank(record, LEVEL_FIELDS.edit, index),
      readRank(record, LEVEL_FIELDS.delete, index),
      readRank(record, LEVEL_FIELDS.inquire, index),
    ];
    // Older spellings ("Product Entry") meet the catalogue's name for the same function.
    const { key, sensitive } = rowIdentity(module, fn);
    const earlier = rows.get(key);
    if (earlier) {
      throw new PermissionsInputError(
        'duplicate-row',
        `Role settings ${earlier.index} and ${index} both describe ${module} > ${fn}.`,
        { index, field: 'moduleFunctionName', value: describeValue(`${module} > ${fn}`) },
      );
    }
    rows.set(key, { index, module, function: fn, ranks, sensitive });
  }
  return rows;
}

/** The settings in a plain, validated form: one entry per function with its four levels. */
export function readRoleSettings(
  settings: unknown,
): { module: string; function: string; levels: Record<(typeof ACTIONS)[number], Level> }[] {
  return [...indexRoleSettings(settings).values()].map((row) => ({
    module: row.module,
    function: row.function,
    levels: {
      add: LEVELS[row.ranks[0]]!,
      edit: LEVELS[row.ranks[1]]!,
      delete: LEVELS[row.ranks[2]]!,
      inquire: LEVELS[row.ranks[3]]!,
    },
  }));
}
