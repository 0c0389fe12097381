import { z } from 'zod';
import { type VendorId, vendorIdSchema } from '../../vendor-ids';
import { toVendorError, vendorErrorJsonSchema } from './errors';

/** One thing a passed test learnt, labelled for a person: "Managed accounts" · "40". */
const testFactSchema = z.object({ label: z.string(), value: z.string() });
type TestFact = z.infer<typeof testFactSchema>;

/**
 * The result every vendor's `testConnection(config)` returns: either what we learnt (a plain
 * summary, labelled facts in the order to show them, and what to do next) or the typed error,
 * which carries its own next step. Safe to send over messaging and to show as is.
 */
export const testConnectionResultSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    vendor: vendorIdSchema,
    summary: z.string(),
    facts: z.array(testFactSchema),
    nextStep: z.string(),
  }),
  z.object({ ok: z.literal(false), vendor: vendorIdSchema, error: vendorErrorJsonSchema }),
]);
export type TestConnectionResult = z.infer<typeof testConnectionResultSchema>;

/** What a vendor's check returns when it passes. */
interface PassedCheck {
  summary: string;
  facts: TestFact[];
  nextStep: string;
}

/** A fact from a label and a value that may be missing: absent values are left out, not shown blank. */
export function fact(label: string, value: string | number | undefined): TestFact[] {
  return value === undefined || value === '' ? [] : [{ label, value: String(value) }];
}

/** "Yes" / "No" for a fact whose value is a plain answer. */
export const yesNo = (value: boolean): string => (value ? 'yes' : 'no');

/** Runs a connection check and turns any failure into a result instead of a throw. */
export async function runTestConnection(
  vendor: VendorId,
  check: () => Promise<PassedCheck>,
): Promise<TestConnectionResult> {
  try {
    const { summary, facts, nextStep } = await check();
    return { ok: true, vendor, summary, facts, nextStep };
  } catch (error) {
    return { ok: false, vendor, error: toVendorError(error, vendor).toJSON() };
  }
}
