/**
 * Builds ConnectWise Manage `conditions` strings (developer guide, "Conditions": strings in double
 * quotes, integers bare, `AND`/`OR`, parentheses — reference/vendor-apis.md §1.4). How to escape a
 * double quote inside a value is not documented; we backslash-escape it, the common convention.
 */
export function quoted(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** `field="a"` or `(field="a" OR field="b")`; empty string when `values` is empty. */
export function anyOf(field: string, values: readonly string[]): string {
  const parts = values.map((value) => `${field}=${quoted(value)}`);
  if (parts.length <= 1) return parts[0] ?? '';
  return `(${parts.join(' OR ')})`;
}

/** Joins the non-empty parts with AND. */
export function allOf(...parts: readonly (string | undefined)[]): string {
  return parts.filter((part): part is string => Boolean(part)).join(' AND ');
}
