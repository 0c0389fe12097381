/**
 * Sparse mode for the simulators: records as thin as the vendor's spec allows, so that a client
 * written against our own full records meets the real world's omissions and nulls. Every field
 * outside `keep` is left out, except that, where the spec allows nulls (`nulls`), flags become
 * `null` and references stay, with their name and a `null` id. Specs: tests/fixtures/specs (see each simulator).
 */
export interface SparseRule {
  /** Fields a client cannot work without (ids, names); kept as they are. */
  keep: ReadonlySet<string>;
  /** The spec marks flags and reference ids nullable (ConnectWise Manage); else only omissions. */
  nulls: boolean;
}

export function sparseRecord<T extends object>(record: T, rule: SparseRule): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (rule.keep.has(key)) out[key] = value;
    else if (!rule.nulls) continue;
    else if (typeof value === 'boolean') out[key] = null;
    else if (Array.isArray(value) && value.every(isReference)) out[key] = value.map(thinReference);
    else if (isReference(value)) out[key] = thinReference(value);
  }
  return out as Partial<T>;
}

function isReference(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'name' in value;
}

/** A reference keeps its name (what views show); its id is null, as the spec allows. */
function thinReference(reference: Record<string, unknown>): Record<string, unknown> {
  return { id: null, name: reference.name };
}
