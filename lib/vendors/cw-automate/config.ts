import { z } from 'zod';
import { resolveBaseUrl, VendorError } from '../http';
import { decodeBase32 } from './totp';

/**
 * A ConnectWise Automate connection: the server, an Automate user (the Rewst guide has a
 * dedicated integrator user), the integration's registered `clientId` (required since Automate
 * 2020.11 — reference/vendor-apis.md §2.1) and, for a user with two-factor login, the
 * authenticator secret from which codes are generated (seeds/004, "TOTP Secret").
 */
export const cwAutomateConfigSchema = z.object({
  /** The server address, e.g. `automate.example-msp.com` or `https://rancor.hostedrmm.com`. */
  server: z.string(),
  username: z.string(),
  password: z.string(),
  clientId: z.string(),
  /** Base32 authenticator secret; empty when the user has no two-factor login. */
  totpSecret: z.string().optional(),
});
export type CwAutomateConfig = z.infer<typeof cwAutomateConfigSchema>;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FIELD_LABELS: Record<string, string> = {
  server: 'Server',
  username: 'Username',
  password: 'Password',
  clientId: 'Client ID',
  totpSecret: 'TOTP secret',
};

/** Rejects incomplete settings before any request, naming the field. */
export function checkAutomateConfig(config: CwAutomateConfig): void {
  for (const field of ['server', 'username', 'password', 'clientId'] as const) {
    if (!config[field]?.trim()) throw configError(field, `${FIELD_LABELS[field]} is empty.`);
  }
  if (!GUID.test(config.clientId.trim())) {
    throw configError(
      'clientId',
      'Client ID is not a GUID (ConnectWise issues client IDs like 1a2b3c4d-…).',
      'Copy the client ID registered for this integration at developer.connectwise.com › Client IDs.',
    );
  }
  const secret = config.totpSecret?.trim();
  if (secret) {
    try {
      if (decodeBase32(secret).length < 10) throw new TypeError('It is too short (under 16 characters).');
    } catch (error) {
      throw configError(
        'totpSecret',
        `TOTP secret is not a base32 key: ${(error as Error).message}`,
        'Paste the key shown when two-factor login was set up for this user (letters A–Z and digits 2–7).',
      );
    }
  }
}

function configError(field: string, problem: string, nextStep?: string): VendorError {
  return new VendorError({
    kind: 'config',
    vendor: 'cw-automate',
    field,
    message: `ConnectWise Automate connection: ${problem}`,
    nextStep: nextStep ?? `Fill in ${FIELD_LABELS[field] ?? field} in the connection settings.`,
  });
}

/**
 * The REST root `https://{server}/cwa/api/v1/` (§2.1). Only the origin of what the user typed is
 * kept, so a pasted Web Control Center address (`https://host/automate/…`) or a full API URL
 * still lands on the API.
 */
export function automateApiBaseUrl(config: CwAutomateConfig, allowInsecureHttp: boolean): URL {
  const origin = resolveBaseUrl(config.server, 'cw-automate', { allowInsecureHttp }).origin;
  return resolveBaseUrl(`${origin}/cwa/api/v1/`, 'cw-automate', { allowInsecureHttp });
}
