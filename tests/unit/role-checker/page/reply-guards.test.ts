import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { responseEnvelopeSchema } from '@/lib/messaging/envelope';
import { readResponseEnvelope } from '@/lib/messaging/exchange';
import { asCatalogueWritten, asCheckerDefaults, asSavedRole } from '@/lib/role-checker/page/reply-guards';
import { roleCheckerPageCommands, savedRoleSchema } from '@/lib/role-checker/page-commands';

/**
 * The checker's page script checks the background's answers by hand (it carries no zod), so each
 * hand-written check must accept exactly what its command's schema accepts and hand back what the
 * schema's parse returns: otherwise the page would act on an answer the schema refuses, or refuse
 * one it allows.
 */
function heldToSchema(schema: z.ZodType, read: (value: unknown) => unknown, values: fc.Arbitrary<unknown>) {
  fc.assert(
    fc.property(values, (value) => {
      const parsed = schema.safeParse(value);
      const read_ = read(value);
      expect(read_ !== null).toBe(parsed.success);
      if (parsed.success) expect(read_).toEqual(parsed.data);
    }),
    { numRuns: 2000 },
  );
}

const anyJson = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  fc.integer({ min: -2, max: 700 }),
  fc.double(),
  fc.string({ maxLength: 3 }),
  fc.constant([]),
  fc.constant({}),
);
const level = fc.oneof(fc.constantFrom('None', 'My', 'All', 'none', 'Mine', ''), anyJson);
const setting = fc.oneof(
  anyJson,
  fc.record(
    {
      module: fc.oneof(fc.string({ maxLength: 3 }), anyJson),
      function: fc.oneof(fc.string({ maxLength: 3 }), anyJson),
      levels: fc.oneof(
        anyJson,
        fc.record(
          { add: level, edit: level, delete: level, inquire: level, extra: anyJson },
          { requiredKeys: [] },
        ),
      ),
      extra: anyJson,
    },
    { requiredKeys: [] },
  ),
);
const savedRole = fc.record(
  {
    status: fc.oneof(
      fc.constantFrom('no-connection', 'not-found', 'found', 'waiting', 'failed', 'other'),
      anyJson,
    ),
    connectionName: fc.oneof(fc.string({ maxLength: 3 }), anyJson),
    roleName: fc.oneof(fc.string({ maxLength: 3 }), anyJson),
    settings: fc.oneof(anyJson, fc.array(setting, { maxLength: 4 })),
    retryAfterSeconds: fc.oneof(fc.integer({ min: -1, max: 602 }), fc.double({ min: 0, max: 700 }), anyJson),
    message: fc.oneof(fc.string({ maxLength: 3 }), anyJson),
    extra: anyJson,
  },
  { requiredKeys: [] },
);

describe("the checker page's checks of the background's answers", () => {
  it('read a saved role exactly as savedRoleSchema does', () => {
    heldToSchema(savedRoleSchema, asSavedRole, fc.oneof(savedRole, anyJson));
    // Edges a random run may miss: the array's limit, and the retry bounds.
    const found = (count: number) => ({
      status: 'found',
      connectionName: 'c',
      roleName: 'r',
      settings: Array.from({ length: count }, () => ({
        module: 'm',
        function: 'f',
        levels: { add: 'All', edit: 'My', delete: 'None', inquire: 'All' },
      })),
    });
    for (const value of [
      found(5000),
      found(5001),
      { status: 'waiting', connectionName: 'c', retryAfterSeconds: 600 },
      { status: 'waiting', connectionName: 'c', retryAfterSeconds: 601 },
      { status: 'waiting', connectionName: 'c', retryAfterSeconds: 1.5 },
    ]) {
      expect(asSavedRole(value) !== null).toBe(savedRoleSchema.safeParse(value).success);
    }
  });

  it("read the organization's preselection exactly as roleCheckerDefaults' response schema does", () => {
    const profiles = fc.oneof(
      anyJson,
      fc.array(fc.oneof(fc.string({ maxLength: 3 }), anyJson), { maxLength: 4 }),
    );
    heldToSchema(
      roleCheckerPageCommands.roleCheckerDefaults.response,
      asCheckerDefaults,
      fc.oneof(fc.record({ profiles, extra: anyJson }, { requiredKeys: [] }), anyJson),
    );
    const many = (count: number) => ({ profiles: Array.from({ length: count }, (_, i) => `p${i}`) });
    expect(asCheckerDefaults(many(50))).toEqual(many(50));
    expect(asCheckerDefaults(many(51))).toBeNull();
  });

  it("read the catalogue's version exactly as roleCheckerCatalogue's response schema does", () => {
    const version = fc.oneof(
      anyJson,
      fc.string({ maxLength: 3 }),
      fc.string({ minLength: 99, maxLength: 102 }),
    );
    heldToSchema(
      roleCheckerPageCommands.roleCheckerCatalogue.response,
      asCatalogueWritten,
      fc.oneof(fc.record({ version, extra: anyJson }, { requiredKeys: [] }), anyJson),
    );
  });

  it("read an answer's envelope exactly as responseEnvelopeSchema does", () => {
    const code = fc.oneof(
      fc.constantFrom('unknown-command', 'invalid-request', 'forbidden-sender', 'handler-failed'),
      fc.constantFrom('invalid-response', 'no-response', 'transport-failed', 'other'),
      anyJson,
    );
    const error = fc.oneof(
      anyJson,
      fc.record(
        {
          code,
          message: fc.oneof(fc.string({ maxLength: 3 }), anyJson),
          detail: fc.oneof(anyJson, fc.dictionary(fc.string({ maxLength: 2 }), anyJson, { maxKeys: 2 })),
          extra: anyJson,
        },
        { requiredKeys: [] },
      ),
    );
    const envelope = fc.record(
      { ok: fc.oneof(fc.boolean(), anyJson), data: anyJson, error, extra: anyJson },
      { requiredKeys: [] },
    );
    heldToSchema(responseEnvelopeSchema, readResponseEnvelope, fc.oneof(envelope, anyJson));
  });
});
