import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asSitePreferences } from '@/lib/role-checker/page/preferences';
import { sitePreferencesSchema } from '@/lib/role-checker/page/preferences-schema';

// The checker's page script reads a site's stored preferences by hand (it carries no zod): that
// reading must accept exactly the records the schema accepts, and return what its parse returns.
const anyJson = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  fc.integer(),
  fc.string({ maxLength: 3 }),
  fc.constant([]),
  fc.constant({}),
);
const list = (max: number) =>
  fc.oneof(
    anyJson,
    fc.array(fc.string({ maxLength: 3 }), { maxLength: max + 2 }),
    fc.array(fc.oneof(fc.string({ maxLength: 3 }), anyJson), { maxLength: 3 }),
  );
const record = fc.record(
  {
    profiles: fc.oneof(list(50), fc.constant(Array.from({ length: 51 }, () => 'p'))),
    mode: fc.oneof(fc.constantFrom('minimum', 'least-privilege', 'strict'), anyJson),
    recent: list(6),
    features: fc.oneof(list(50), fc.constant(Array.from({ length: 51 }, () => 'p/f'))),
    extra: anyJson,
  },
  { requiredKeys: [] },
);

describe("the checker page's reading of a site's stored preferences", () => {
  it('accepts exactly what sitePreferencesSchema accepts, and returns what its parse returns', () => {
    fc.assert(
      fc.property(fc.oneof(record, anyJson), (value) => {
        const parsed = sitePreferencesSchema.safeParse(value);
        const read = asSitePreferences(value);
        expect(read !== null).toBe(parsed.success);
        if (parsed.success) expect(read).toEqual(parsed.data);
      }),
      { numRuns: 3000 },
    );
  });
});
