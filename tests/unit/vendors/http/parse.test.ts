import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseWith, type VendorError } from '../../../../lib/vendors/http';

const companies = z.array(
  z.looseObject({ id: z.number(), name: z.string(), status: z.object({ name: z.string() }) }),
);

function failure(body: unknown): VendorError {
  try {
    parseWith(companies, body, 'GET /company/companies', 'cw-manage');
  } catch (error) {
    return error as VendorError;
  }
  throw new Error('expected a failure');
}

describe('parseWith', () => {
  it('lets unknown fields through', () => {
    const parsed = parseWith(
      companies,
      [{ id: 1, name: 'A', status: { name: 'Active' }, extra: true }],
      'e',
      'cw-manage',
    );
    expect(parsed[0]).toMatchObject({ id: 1, extra: true });
  });

  it('names the endpoint and the missing field', () => {
    const error = failure([
      { id: 1, name: 'A', status: { name: 'x' } },
      { id: 2, status: { name: 'x' } },
    ]);
    expect(error.kind).toBe('invalid-response');
    expect(error.endpoint).toBe('GET /company/companies');
    expect(error.field).toBe('[1].name');
    expect(error.message).toContain('GET /company/companies');
    expect(error.message).toContain('"[1].name" is missing');
  });

  it('names a nested field with the wrong type', () => {
    const error = failure([{ id: 1, name: 'A', status: { name: 5 } }]);
    expect(error.field).toBe('[0].status.name');
    expect(error.message).toContain('wrong type');
  });

  it('reports a body of the wrong shape', () => {
    const error = failure({ message: 'not a list' });
    expect(error.field).toBeUndefined();
    expect(error.message).toContain('the response has the wrong type');
  });
});
