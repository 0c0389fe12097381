/**
 * ConnectWise Manage security levels and actions, as the role-settings API names them
 * (`SecurityRoleSetting.addLevel` … `inquireLevel`, enum "None" | "My" | "All"; see
 * shared/reference/vendor-apis.md §1.9). Ordered None < My < All: "My" limits a right to the
 * member's own records, "All" grants it everywhere.
 */
export const LEVELS = ['None', 'My', 'All'] as const;
export type Level = (typeof LEVELS)[number];

/** The four columns of every security-module row, in the order the Manage UI shows them. */
export const ACTIONS = ['add', 'edit', 'delete', 'inquire'] as const;
export type Action = (typeof ACTIONS)[number];

/** The settings field that carries each action's level. */
export const LEVEL_FIELDS = {
  add: 'addLevel',
  edit: 'editLevel',
  delete: 'deleteLevel',
  inquire: 'inquireLevel',
} as const satisfies Record<Action, string>;

export const ACTION_LABELS: Record<Action, string> = {
  add: 'Add',
  edit: 'Edit',
  delete: 'Delete',
  inquire: 'Inquire',
};

export function levelRank(level: Level): number {
  return LEVELS.indexOf(level);
}

export function levelAtRank(rank: number): Level {
  const level = LEVELS[rank];
  if (level === undefined) throw new RangeError(`No security level at rank ${rank}`);
  return level;
}

const LEVEL_BY_LOWER = new Map<string, Level>(LEVELS.map((level) => [level.toLowerCase(), level]));

/**
 * Reads a level the way the API or a person may write it. Case is forgiven (older generated
 * clients rendered "None" as "NONE"); anything else, such as the matrix-only "Mine", is not a
 * level the API returns and gives `undefined` so the caller can reject it.
 */
export function parseLevel(value: string): Level | undefined {
  return LEVEL_BY_LOWER.get(value.trim().toLowerCase());
}
