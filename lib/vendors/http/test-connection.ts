import { z } from 'zod';
import { type VendorId, vendorIdSchema } from '../../vendor-ids';
import { toVendorError, vendorErrorJsonSchema } from './errors';

/**
 * The result every vendor's `testConnection(config)` returns: either what we learnt (a plain
 * summary plus a few facts to show) or the typed error with its next step. Safe to send over
 * messaging and to show as is.
 */
export const testConnectionResultSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    vendor: vendorIdSchema,
    summary: z.string(),
    details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  }),
  z.object({ ok: z.literal(false), vendor: vendorIdSchema, error: vendorErrorJsonSchema }),
]);
export type TestConnectionResult = z.infer<typeof testConnectionResultSchema>;

/** Runs a connection check and turns any failure into a result instead of a throw. */
export async function runTestConnection(
  vendor: VendorId,
  check: () => Promise<{ summary: string; details: Record<string, string | number | boolean> }>,
): Promise<TestConnectionResult> {
  try {
    const { summary, details } = await check();
    return { ok: true, vendor, summary, details };
  } catch (error) {
    return { ok: false, vendor, error: toVendorError(error, vendor).toJSON() };
  }
}
