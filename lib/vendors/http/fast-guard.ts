import { z } from 'zod';

/**
 * Hand-written checks for the few schemas that run once per record of a long listing (20,000
 * ConnectWise Manage companies), where zod's per-field work is most of the client's cost. Where a
 * guard says yes, `parseWith` returns the body as it came; where it says no, zod runs as before and
 * names the problem. So a guard must accept only what its schema accepts and returns unchanged:
 * tests/unit/vendors/http/fast-guard.test.ts holds each guard to its schema with fast-check.
 */
type Guard = (value: unknown) => boolean;

const guards = new WeakMap<z.ZodType, Guard>();

export function withFastGuard<S extends z.ZodType>(schema: S, guard: Guard): S {
  guards.set(schema, guard);
  return schema;
}

export function fastGuardOf(schema: z.ZodType): Guard | undefined {
  return guards.get(schema);
}

/** `z.array(item)`, with the item's guard (if it has one) lifted to the whole array. */
export function arrayOf<S extends z.ZodType>(item: S): z.ZodArray<S> {
  const list = z.array(item);
  const guard = guards.get(item);
  if (guard) guards.set(list, (value) => Array.isArray(value) && value.every(guard));
  return list;
}

// Building blocks for guards, each as strict as the zod type it stands for (or stricter: a
// stricter guard only sends more records down zod's slower path).
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
export const isAbsent = (value: unknown) => value === null || value === undefined;
export const isInteger = (value: unknown) => Number.isSafeInteger(value);
export const isString = (value: unknown) => typeof value === 'string';
export const isBoolean = (value: unknown) => typeof value === 'boolean';
