import type { z } from 'zod';
import { VENDOR_LABELS, type VendorId } from '../../vendor-ids';
import { VendorError } from './errors';

export interface SettingsSpec<S extends z.ZodType> {
  vendor: VendorId;
  schema: S;
  /** Field → the label the vendor's own screens use, for "… is missing." */
  labels: Record<string, string>;
  /** Where to find the right value for a field (undefined: the whole connection). */
  nextStep: (field: string | undefined) => string;
}

/**
 * Validates a connection's settings before any request is made. The error is a 'config'
 * VendorError naming the first bad field with the schema's own message; it never echoes a value,
 * so a password typed in the wrong field cannot end up in the message.
 */
export function parseSettings<S extends z.ZodType>(spec: SettingsSpec<S>, input: unknown): z.output<S> {
  const result = spec.schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const first = issue?.path[0];
  const field = typeof first === 'string' ? first : undefined;
  const label = field !== undefined && Object.hasOwn(spec.labels, field) ? spec.labels[field] : undefined;
  const missing = issue?.code === 'invalid_type' && /received undefined/.test(issue.message);
  throw new VendorError({
    kind: 'config',
    vendor: spec.vendor,
    ...(field ? { field } : {}),
    message:
      missing && label
        ? `${label} is missing.`
        : label && issue?.code === 'invalid_type'
          ? `${label} has the wrong type.`
          : (issue?.message ?? `The ${VENDOR_LABELS[spec.vendor]} connection settings are not valid.`),
    nextStep: spec.nextStep(field),
  });
}
