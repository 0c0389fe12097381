import { z } from 'zod';
import { VENDOR_LABELS, type VendorId, vendorIdSchema } from '../../vendor-ids';

/** Every way a vendor call can fail, from the point of view of what the user should do next. */
export const vendorErrorKindSchema = z.enum([
  'auth',
  'forbidden',
  'not-found',
  'rate-limited',
  'server',
  'network',
  'timeout',
  'aborted',
  'invalid-response',
  /** A listing stopped without proof that it was read to the end (see lib/vendors/http/paging.ts). */
  'incomplete-listing',
  'bad-url',
  'config',
  /** The server sent a redirect; credentials are never sent on to where it points. */
  'redirect',
]);
export type VendorErrorKind = z.infer<typeof vendorErrorKindSchema>;

/** The security module + function that grants an endpoint (ConnectWise Manage 403 hint). */
export const grantingFunctionSchema = z.object({
  module: z.string(),
  function: z.string(),
  /** Level the call needs, e.g. 'Inquire'. */
  level: z.string().optional(),
  source: z.string(),
  /** True when no vendor document states it and we derived it. */
  inferred: z.boolean(),
});
export type GrantingFunction = z.infer<typeof grantingFunctionSchema>;

/** The serialisable form of a VendorError: safe to log, export or send over messaging. */
export const vendorErrorJsonSchema = z.object({
  name: z.literal('VendorError'),
  kind: vendorErrorKindSchema,
  vendor: vendorIdSchema,
  endpoint: z.string().optional(),
  status: z.number().int().optional(),
  message: z.string(),
  nextStep: z.string(),
  /** Which credential field is probably wrong (401), or which response field broke (zod). */
  field: z.string().optional(),
  grantingFunction: grantingFunctionSchema.optional(),
  /** The vendor's own error code from the answer (an OAuth `error`), never free text from the body. */
  apiCode: z.string().max(64).optional(),
  /** A page where the user can fix the problem (e.g. audit the security role). */
  helpUrl: z.string().optional(),
  retryAfterSeconds: z.number().optional(),
  /** Absolute time (ISO 8601) after which a retry is expected to succeed. */
  retryAt: z.string().optional(),
});
export type VendorErrorJson = z.infer<typeof vendorErrorJsonSchema>;

export type VendorErrorInit = Omit<VendorErrorJson, 'name'>;

/**
 * The one error type vendor clients throw. Its message and JSON are built only from our own words,
 * endpoint paths and vendor error messages that pass through `scrubSecrets`; request headers,
 * bodies and URLs with query strings are never attached, so nothing secret can ride along.
 */
export class VendorError extends Error {
  override readonly name = 'VendorError';
  readonly kind: VendorErrorKind;
  readonly vendor: VendorId;
  readonly endpoint: string | undefined;
  readonly status: number | undefined;
  readonly nextStep: string;
  readonly field: string | undefined;
  readonly grantingFunction: GrantingFunction | undefined;
  readonly apiCode: string | undefined;
  readonly helpUrl: string | undefined;
  readonly retryAfterSeconds: number | undefined;
  readonly retryAt: string | undefined;

  constructor(init: VendorErrorInit) {
    super(init.message);
    this.kind = init.kind;
    this.vendor = init.vendor;
    this.endpoint = init.endpoint;
    this.status = init.status;
    this.nextStep = init.nextStep;
    this.field = init.field;
    this.grantingFunction = init.grantingFunction;
    this.apiCode = init.apiCode;
    this.helpUrl = init.helpUrl;
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.retryAt = init.retryAt;
  }

  toJSON(): VendorErrorJson {
    const json: VendorErrorJson = {
      name: 'VendorError',
      kind: this.kind,
      vendor: this.vendor,
      message: this.message,
      nextStep: this.nextStep,
    };
    if (this.endpoint !== undefined) json.endpoint = this.endpoint;
    if (this.status !== undefined) json.status = this.status;
    if (this.field !== undefined) json.field = this.field;
    if (this.grantingFunction !== undefined) json.grantingFunction = this.grantingFunction;
    if (this.apiCode !== undefined) json.apiCode = this.apiCode;
    if (this.helpUrl !== undefined) json.helpUrl = this.helpUrl;
    if (this.retryAfterSeconds !== undefined) json.retryAfterSeconds = this.retryAfterSeconds;
    if (this.retryAt !== undefined) json.retryAt = this.retryAt;
    return json;
  }

  /** A copy with some fields replaced (used to add vendor-specific hints to a core error). */
  with(patch: Partial<VendorErrorInit>): VendorError {
    return new VendorError({ ...this.toJSON(), ...patch });
  }
}

export function isVendorError(error: unknown): error is VendorError {
  return error instanceof VendorError;
}

/** Default wording per kind; vendor clients replace it where they know more. */
export function defaultErrorText(
  kind: VendorErrorKind,
  vendor: VendorId,
  endpoint?: string,
): { message: string; nextStep: string } {
  const label = VENDOR_LABELS[vendor];
  const at = endpoint ? ` (${endpoint})` : '';
  switch (kind) {
    case 'auth':
      return {
        message: `${label} did not accept the credentials${at}.`,
        nextStep: 'Check the keys or password in the connection settings and save them again.',
      };
    case 'forbidden':
      return {
        message: `${label} refused the request${at}: the account lacks a permission.`,
        nextStep: 'Give the API account the permission this call needs, then test the connection again.',
      };
    case 'not-found':
      return {
        message: `${label} has no such resource${at}.`,
        nextStep: 'Check the server address in the connection settings.',
      };
    case 'rate-limited':
      return {
        message: `${label} is limiting requests${at}.`,
        nextStep: 'Wait a minute and try again.',
      };
    case 'server':
      return {
        message: `${label} had a server error${at}.`,
        nextStep: 'Try again later; if it keeps failing, check the vendor status page.',
      };
    case 'network':
      return {
        message: `Could not reach ${label}${at}.`,
        nextStep: 'Check the network connection and the server address, then try again.',
      };
    case 'timeout':
      return {
        message: `${label} did not answer in time${at}.`,
        nextStep: 'Try again; if the server is slow, try at a quieter time.',
      };
    case 'aborted':
      return {
        message: `The request to ${label} was cancelled${at}.`,
        nextStep: 'Start it again when ready.',
      };
    case 'invalid-response':
      return {
        message: `${label} sent a response we could not read${at}.`,
        nextStep: 'Try again; if it keeps happening, the API may have changed — report it.',
      };
    case 'incomplete-listing':
      return {
        message: `${label} stopped sending the list before its end${at}; what was read is kept and nothing was marked removed.`,
        nextStep: 'Sync again; if it keeps happening, lower the records per request.',
      };
    case 'redirect':
      return {
        message: `${label} answered with a redirect${at}; the extension does not send credentials on to another address.`,
        nextStep:
          'Check the server address in the connection settings (use the address the redirect points to, if it is yours).',
      };
    case 'bad-url':
      return {
        message: `The ${label} address is not usable.`,
        nextStep: 'Enter the https:// address of the API server in the connection settings.',
      };
    case 'config':
      return {
        message: `The ${label} connection settings are incomplete.`,
        nextStep: 'Fill in every required field of the connection.',
      };
  }
}

/** Builds a VendorError with the default wording of its kind, overridable field by field. */
export function vendorError(
  kind: VendorErrorKind,
  vendor: VendorId,
  extra: Partial<VendorErrorInit> = {},
): VendorError {
  return new VendorError({ ...defaultErrorText(kind, vendor, extra.endpoint), kind, vendor, ...extra });
}

/**
 * Removes known secret values from a text. Used on every string that reaches an error, so a vendor
 * that echoes a key in its error message cannot leak it through us. Short values (< 4 chars) are
 * skipped: they would blank out ordinary words and are not meaningful secrets.
 */
export function scrubSecrets(text: string, secrets: readonly (string | undefined)[]): string {
  let result = text;
  for (const secret of secrets) {
    if (!secret || secret.length < 4) continue;
    result = result.split(secret).join('[redacted]');
    const encoded = encodeURIComponent(secret);
    if (encoded !== secret) result = result.split(encoded).join('[redacted]');
  }
  return result;
}

export function scrubError(error: VendorError, secrets: readonly (string | undefined)[]): VendorError {
  const json = error.toJSON();
  const scrubbed = JSON.parse(scrubSecrets(JSON.stringify(json), secrets)) as VendorErrorJson;
  return JSON.stringify(scrubbed) === JSON.stringify(json) ? error : new VendorError(scrubbed);
}

/** Turns anything thrown into a VendorError (unknown errors become 'network' without their text). */
export function toVendorError(error: unknown, vendor: VendorId, endpoint?: string): VendorError {
  if (error instanceof VendorError) return error;
  if (isAbortError(error)) return vendorError('aborted', vendor, endpoint ? { endpoint } : {});
  return vendorError('network', vendor, endpoint ? { endpoint } : {});
}

export function isAbortError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'name' in error &&
    ((error as { name: unknown }).name === 'AbortError' ||
      (error as { name: unknown }).name === 'TimeoutError')
  );
}
