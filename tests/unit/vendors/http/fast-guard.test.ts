import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { companySchema } from '@/lib/vendors/cw-manage/schemas';
import { arrayOf, parseWith } from '@/lib/vendors/http';
import { fastGuardOf } from '@/lib/vendors/http/fast-guard';
import { createManageSimulator } from '@/tests/simulators/cw-manage';

/**
 * A fast guard stands in for its schema on a listing's hot path, so it must accept exactly what
 * the schema accepts (and the schema must hand such a record back unchanged), or a listing would
 * keep a record zod refuses, or refuse one zod keeps.
 */
const guard = fastGuardOf(companySchema)!;

// Values of the kinds a JSON body holds, in and out of the shapes the schema allows.
const anyJson = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.constant(2 ** 60),
  fc.string({ maxLength: 4 }),
  fc.constant([]),
  fc.constant({}),
);
const reference = fc.oneof(
  anyJson,
  fc.record(
    {
      id: fc.oneof(fc.integer(), fc.constant(null), fc.double(), fc.string({ maxLength: 2 })),
      name: fc.oneof(fc.string({ maxLength: 4 }), fc.constant(null), fc.integer()),
      _info: anyJson,
    },
    { requiredKeys: [] },
  ),
);
const company = fc.record(
  {
    id: fc.oneof(fc.integer(), fc.double(), fc.string({ maxLength: 2 }), fc.constant(null)),
    identifier: fc.oneof(fc.string({ maxLength: 4 }), fc.integer(), fc.constant(null)),
    name: fc.oneof(fc.string({ maxLength: 4 }), fc.constant(null)),
    status: reference,
    types: fc.oneof(anyJson, fc.array(reference, { maxLength: 3 })),
    type: reference,
    deletedFlag: anyJson,
    city: anyJson,
    _info: anyJson,
  },
  { requiredKeys: [] },
);

describe('fast guard: ConnectWise Manage companies', () => {
  it('accepts exactly what companySchema accepts, and such a record parses to itself', () => {
    fc.assert(
      fc.property(fc.oneof(company, anyJson), (value) => {
        const parsed = companySchema.safeParse(value);
        expect(guard(value)).toBe(parsed.success);
        if (parsed.success) expect(parsed.data).toEqual(value);
      }),
      { numRuns: 3000 },
    );
  });

  it('serves the simulator’s realistic companies, so a listing takes the fast path', () => {
    const records = JSON.parse(JSON.stringify(createManageSimulator({ companies: 50 }).state.data.companies));
    expect(records).toHaveLength(50);
    expect(records.every(guard)).toBe(true);
    expect(fastGuardOf(arrayOf(companySchema))?.(records)).toBe(true);
  });

  it('a refused record still gets zod’s exact message naming the field', () => {
    const list = arrayOf(companySchema);
    const body = [
      { id: 1, identifier: 'a', name: 'A' },
      { id: 2, identifier: 'b', name: 'B', status: { id: 'x' } },
    ];
    expect(() => parseWith(list, body, 'GET /company/companies', 'cw-manage')).toThrow(
      /field "\[1\]\.status\.id" has the wrong type/,
    );
  });
});
