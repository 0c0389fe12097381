/**
 * ConnectWise Automate: server host, username, password, client ID and an optional TOTP secret
 * for the two-factor code (Rewst, "ConnectWise Automate integration", seeds/004; the API token
 * call and the clientId header: reference/vendor-apis.md §2.1–2.2). Automate servers are hosted
 * per partner (cloud-hosted or on-premise), so every server needs a run-time host permission.
 *
 * The region helper has no Automate rules, so the checks here are ours. `toVendorConnection`
 * produces the client's config (lib/vendors/cw-automate/config.ts).
 */
import { z } from 'zod';
import { httpsOrigin, originOf, pastedValue, serverAddress, serverAddressControl } from './fields';
import { defineKind } from './kind';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const cwAutomateSettingsSchema = z.object({
  serverUrl: serverAddress('server address'),
  username: pastedValue('username', 200),
  clientId: pastedValue('Client ID', 100).regex(
    GUID,
    'The Client ID is a GUID such as 0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b (registered with ConnectWise).',
  ),
});

/** RFC 4648 base32, as authenticator apps show TOTP secrets; spaces and padding are tolerated. */
export function totpSecretProblem(value: string): string | null {
  const compact = value.replace(/[\s=]/g, '').toUpperCase();
  if (!/^[A-Z2-7]+$/.test(compact)) {
    return 'The TOTP secret is the base32 text shown when two-factor sign-in was set up (letters A–Z and digits 2–7).';
  }
  // Under 80 bits the code generator would be weak; authenticator secrets are 80–160 bits.
  if (compact.length < 16)
    return 'The TOTP secret is too short: copy all of it (usually 16 or 32 characters).';
  return null;
}

export const cwAutomateKind = defineKind({
  vendor: 'cw-automate',
  label: 'ConnectWise Automate',
  settingsSchema: cwAutomateSettingsSchema,
  fieldLabels: { serverUrl: 'Server address', username: 'Username', clientId: 'Client ID' },
  form: {
    idPrefix: 'automate',
    fields: [
      serverAddressControl('serverUrl', 'https://automate.example.com', {
        empty: 'The https:// address of your Automate server (hosted or on-premise).',
        origin: (origin) => `Saving asks your browser to let the extension reach ${origin}.`,
      }),
      { control: 'text', name: 'username' },
      {
        control: 'text',
        name: 'clientId',
        help: 'Automate requires a registered client ID (a GUID) for API access.',
      },
    ],
  },
  secrets: [
    {
      name: 'password',
      label: 'Password',
      required: true,
      help: 'The password of the Automate user the integration signs in as.',
    },
    {
      name: 'totpSecret',
      label: 'TOTP secret (optional)',
      required: false,
      help: 'Only when the user signs in with two-factor codes: the secret, not a 6-digit code.',
      check: totpSecretProblem,
    },
  ],
  defaults: () => ({ serverUrl: '', username: '', clientId: '' }),
  lint: () => [],
  hostOrigin: (settings) => httpsOrigin(settings.serverUrl),
  credentialOrigins: (settings) => [originOf(settings.serverUrl)],
  toVendorConnection(settings, secrets) {
    return {
      vendor: 'cw-automate',
      config: {
        server: httpsOrigin(settings.serverUrl) ?? settings.serverUrl,
        username: settings.username,
        password: secrets.password,
        clientId: settings.clientId,
        ...(secrets.totpSecret ? { totpSecret: secrets.totpSecret } : {}),
      },
    };
  },
});
