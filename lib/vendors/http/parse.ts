import type { z } from 'zod';
import { VENDOR_LABELS, type VendorId } from '../../vendor-ids';
import { VendorError } from './errors';
import { fastGuardOf } from './fast-guard';

/**
 * Checks a response body against its schema. Schemas should be loose (unknown fields pass, the
 * vendors add fields every release); a missing or mistyped required field becomes an
 * 'invalid-response' error naming the endpoint and the field path, e.g. `[12].status.name`.
 */
export function parseWith<S extends z.ZodType>(
  schema: S,
  body: unknown,
  endpoint: string,
  vendor: VendorId,
): z.output<S> {
  if (fastGuardOf(schema)?.(body)) return body as z.output<S>;
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue ? formatPath(issue.path) : '';
  const problem = describeIssue(issue);
  return throwInvalid(vendor, endpoint, field, problem);
}

function throwInvalid(vendor: VendorId, endpoint: string, field: string, problem: string): never {
  const where = field ? `field "${field}"` : 'the response';
  throw new VendorError({
    kind: 'invalid-response',
    vendor,
    endpoint,
    field: field || undefined,
    message: `${VENDOR_LABELS[vendor]} sent an unexpected response from ${endpoint}: ${where} ${problem}.`,
    nextStep:
      'Try again; if it keeps happening, the vendor API may have changed — report the endpoint and field.',
  });
}

/** `[3].status.name` style: array indexes in brackets, object keys dotted. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'is not valid';
  if (issue.code === 'invalid_type') {
    // zod 4 words a missing key as "expected X, received undefined".
    if (/received undefined/.test(issue.message)) return `is missing (expected ${issue.expected})`;
    return `has the wrong type (expected ${issue.expected})`;
  }
  return `is not valid (${issue.message})`;
}
