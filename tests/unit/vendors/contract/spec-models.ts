/**
 * The vendors' published response models (tests/fixtures/specs, extracted by
 * scripts/extract-spec-models.py) as fast-check arbitraries and as a checker, for the contract
 * tests: a client must read whatever the spec allows, and a simulator may send only what the
 * spec describes.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';

interface FieldSpec {
  type: string;
  nullable: boolean;
}

export interface SpecModels {
  source: string;
  models: Record<string, Record<string, FieldSpec>>;
}

export function loadSpec(
  file: 'cw-manage-2025.1.json' | 'cw-rmm-asio.json' | 'cw-automate.json',
): SpecModels {
  return JSON.parse(readFileSync(new URL(`../../../fixtures/specs/${file}`, import.meta.url), 'utf8'));
}

export interface GenerateOptions {
  /** Fields always present with a value: what the client requires (see each test for why). */
  keep?: readonly string[];
  /** Nested models below this depth are left out (the spec's references go deep). */
  maxDepth?: number;
  /** Add fields the spec does not know (vendors add fields every release). */
  unknownFields?: boolean;
}

const SCALARS = new Set(['string', 'integer', 'number', 'boolean', 'date-time', 'object']);

function scalar(type: string): fc.Arbitrary<unknown> {
  switch (type) {
    case 'string':
      return fc.string({ maxLength: 12 });
    case 'integer':
      return fc.integer({ min: 0, max: 2 ** 31 - 1 });
    case 'number':
      return fc.double({ noNaN: true, noDefaultInfinity: true });
    case 'boolean':
      return fc.boolean();
    case 'date-time':
      return fc.date({ noInvalidDate: true }).map((date) => date.toISOString());
    default:
      return fc.dictionary(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }), { maxKeys: 2 });
  }
}

function fieldValue(
  spec: SpecModels,
  type: string,
  depth: number,
  options: GenerateOptions,
): fc.Arbitrary<unknown> {
  if (type.startsWith('array<')) {
    return fc.array(fieldValue(spec, type.slice(6, -1), depth, options), { maxLength: 2 });
  }
  if (SCALARS.has(type) || !spec.models[type]) return scalar(type);
  return modelArbitrary(spec, type, { ...options, keep: [] }, depth + 1);
}

/**
 * Records of a model: each field either left out, `null` where the spec allows it, or a value
 * of its type; `keep` fields always get a value. Unknown extra fields ride along when asked.
 */
export function modelArbitrary(
  spec: SpecModels,
  model: string,
  options: GenerateOptions = {},
  depth = 0,
): fc.Arbitrary<Record<string, unknown>> {
  const fields = spec.models[model];
  if (!fields) throw new Error(`${model} is not in ${spec.source}`);
  const maxDepth = options.maxDepth ?? 2;
  const keep = new Set(options.keep ?? []);
  const parts: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, field] of Object.entries(fields)) {
    const nested = !SCALARS.has(field.type.replace(/^(array<)+|>+$/g, ''));
    if (nested && depth >= maxDepth && !keep.has(name)) continue;
    const value = fieldValue(spec, field.type, depth, options);
    if (keep.has(name)) parts[name] = value;
    else parts[name] = fc.oneof(fc.constant(OMIT), ...(field.nullable ? [fc.constant(null)] : []), value);
  }
  const record = fc.record(parts).map((drawn) => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(drawn)) if (value !== OMIT) out[key] = value;
    return out;
  });
  if (!options.unknownFields) return record;
  return fc
    .tuple(
      record,
      fc.dictionary(fc.constantFrom('zzFutureField', 'vendorExtra', 'x_new'), fc.jsonValue(), { maxKeys: 2 }),
    )
    .map(([known, extra]) => ({ ...extra, ...known }));
}

const OMIT = Symbol('omit');

/** The sparsest record the spec allows: only `keep`, with every nullable field `null`. */
export function sparsest(
  spec: SpecModels,
  model: string,
  keepValues: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(spec.models[model] ?? {})) if (field.nullable) out[name] = null;
  return { ...out, ...keepValues };
}

/** What in `value` the model does not allow: unknown fields, wrong types, nulls where not nullable. */
export function problemsAgainst(spec: SpecModels, model: string, value: unknown, path = model): string[] {
  const fields = spec.models[model];
  if (!fields) return [`${path}: model ${model} is not in the spec`];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${path}: not an object`];
  const problems: string[] = [];
  for (const [name, fieldValue] of Object.entries(value)) {
    const field = fields[name];
    if (!field) problems.push(`${path}.${name}: not in the spec`);
    else problems.push(...typeProblems(spec, field, fieldValue, `${path}.${name}`));
  }
  return problems;
}

function typeProblems(spec: SpecModels, field: FieldSpec, value: unknown, path: string): string[] {
  if (value === null) return field.nullable ? [] : [`${path}: null, which the spec does not allow`];
  return matches(spec, field.type, value, path);
}

function matches(spec: SpecModels, type: string, value: unknown, path: string): string[] {
  if (type.startsWith('array<')) {
    if (!Array.isArray(value)) return [`${path}: expected an array`];
    return value.flatMap((item, index) => matches(spec, type.slice(6, -1), item, `${path}[${index}]`));
  }
  const wrong = (expected: string) => [`${path}: expected ${expected}, got ${JSON.stringify(value)}`];
  switch (type) {
    case 'string':
      return typeof value === 'string' ? [] : wrong('a string');
    case 'date-time':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? [] : wrong('a date-time');
    case 'integer':
      return Number.isInteger(value) ? [] : wrong('an integer');
    case 'number':
      return typeof value === 'number' ? [] : wrong('a number');
    case 'boolean':
      return typeof value === 'boolean' ? [] : wrong('a boolean');
    case 'object':
      return typeof value === 'object' && !Array.isArray(value) ? [] : wrong('an object');
    default:
      return problemsAgainst(spec, type, value, path);
  }
}
