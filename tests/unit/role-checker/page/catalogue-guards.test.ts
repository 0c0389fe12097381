import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CATALOGUE_VERSION, manageProfiles } from '@/lib/permissions/catalogue';
import { manageProfileSchema, optionalFeatureSchema } from '@/lib/permissions/schema';
import { catalogueRecords } from '@/lib/role-checker/background/catalogue-delivery';
import { CATALOGUE_INDEX_KEY, catalogueProfileKey } from '@/lib/role-checker/catalogue-item';
import { asCatalogueIndex, asManageProfile, asStoredProfile } from '@/lib/role-checker/page/catalogue-guards';

/**
 * The checker's page script checks the catalogue it reads from storage by hand (it carries no
 * zod). The background stores the parsed catalogue, so a profile in that form must pass exactly
 * when manageProfileSchema parses it to itself, and nothing the schema refuses may pass. Values
 * are real profiles with one part changed: a field dropped, or replaced by any value.
 */
type Json = unknown;
const anyJson = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  fc.integer({ min: -2, max: 3 }),
  fc.double(),
  fc.string({ maxLength: 3 }),
  fc.constantFrom('', 'All', 'None', 'allow', 'manage', 'rmm', '2026-01-01', 'https://example.com/', 'a-b'),
  fc.constant([]),
  fc.constant({}),
);

/** Every path to a value inside `value` (object keys and array indexes). */
function pathsOf(value: Json, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value))
    return value.flatMap((item, index) => [[...at, index], ...pathsOf(item, [...at, index])]);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, field]) => [[...at, key], ...pathsOf(field, [...at, key])]);
}

/** `value` with the part at `path` replaced (or dropped, when `replacement` is the `DROP` marker). */
const DROP = Symbol('drop');
function changed(value: Json, path: (string | number)[], replacement: Json | typeof DROP): Json {
  const copy = structuredClone(value) as Record<string | number, Json>;
  let parent = copy;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, Json>;
  const last = path.at(-1)!;
  if (replacement === DROP) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else parent[last] = replacement;
  return copy;
}

function mutated(values: readonly Json[]) {
  return fc
    .constantFrom(...values)
    .chain((value) => {
      const paths = pathsOf(value);
      return fc.tuple(
        fc.constant(value),
        fc.constantFrom(...paths),
        fc.oneof(fc.constant<typeof DROP>(DROP), anyJson),
      );
    })
    .map(([value, path, replacement]) => changed(value, path, replacement));
}

function heldToSchema(schema: z.ZodType, read: (value: unknown) => unknown, values: fc.Arbitrary<unknown>) {
  fc.assert(
    fc.property(values, (value) => {
      const parsed = schema.safeParse(value);
      const accepted = read(value) !== null;
      // Refused by the schema: refused here. Parsed by the schema to itself: accepted here.
      if (!parsed.success) expect(accepted).toBe(false);
      else if (JSON.stringify(parsed.data) === JSON.stringify(value)) expect(accepted).toBe(true);
    }),
    { numRuns: 3000 },
  );
}

const records = catalogueRecords(manageProfiles, CATALOGUE_VERSION);
/** What the background stores for the index: the profile schema's fields, and the index's own. */
const entrySchema = manageProfileSchema
  .pick({ id: true, title: true, vendor: true, kind: true, strictnessNote: true, source: true })
  .extend({ partial: z.boolean(), adminRecommended: z.boolean(), features: z.array(optionalFeatureSchema) });
const indexOf = (value: unknown) =>
  asCatalogueIndex({ version: CATALOGUE_VERSION, profiles: [value] }, CATALOGUE_VERSION);

describe("the checker page's checks of the stored catalogue", () => {
  it('accept every Manage profile and the index as the background stores them', () => {
    expect(asCatalogueIndex(records[CATALOGUE_INDEX_KEY], CATALOGUE_VERSION)).toEqual(
      records[CATALOGUE_INDEX_KEY],
    );
    for (const profile of manageProfiles) {
      expect(
        asStoredProfile(records[catalogueProfileKey(profile.id)], profile.id, CATALOGUE_VERSION),
      ).toEqual(profile);
    }
  });

  it('refuse a record of another catalogue version, or another profile under its key', () => {
    expect(asCatalogueIndex(records[CATALOGUE_INDEX_KEY], 'older')).toBeNull();
    const [first, second] = manageProfiles;
    expect(asStoredProfile(records[catalogueProfileKey(first!.id)], first!.id, 'older')).toBeNull();
    expect(
      asStoredProfile(records[catalogueProfileKey(first!.id)], second!.id, CATALOGUE_VERSION),
    ).toBeNull();
    expect(asCatalogueIndex({ version: CATALOGUE_VERSION, profiles: 'all' }, CATALOGUE_VERSION)).toBeNull();
  });

  it('read a profile as manageProfileSchema does', () => {
    heldToSchema(manageProfileSchema, asManageProfile, fc.oneof(mutated(manageProfiles), anyJson));
  });

  it("read an index entry as the profile schema's fields do", () => {
    const entries = (records[CATALOGUE_INDEX_KEY] as { profiles: unknown[] }).profiles;
    heldToSchema(entrySchema, indexOf, fc.oneof(mutated(entries), anyJson));
  });
});
