/**
 * WatchGuard Cloud: the six API parameters of the ConnectWise plug-ins (WatchGuard, "Configure the
 * WatchGuard Cloud and ConnectWise RMM Connection", seeds/000): Authentication API URL, API URL,
 * Account ID, Access ID (read-write), Access Password, API Key. The region picks both URLs.
 */
import { z } from 'zod';
import { WATCHGUARD_REGIONS, type WatchGuardRegion } from '../../regions/catalogue';
import { isRegionOf, regions } from '../../regions/endpoints';
import { lintAs, originOf, requiredText, stringsOf } from './fields';
import { defineKind } from './kind';

const regionIds = Object.keys(WATCHGUARD_REGIONS) as [WatchGuardRegion, ...WatchGuardRegion[]];

export const watchGuardSettingsSchema = z.object({
  region: z.enum(regionIds, 'Pick the region of the WatchGuard Cloud account.'),
  authUrl: requiredText('Authentication API URL'),
  apiUrl: requiredText('API URL'),
  accountId: requiredText('Account ID', 200),
  accessId: requiredText('Access ID', 200),
  /** The read-only access ID seen on Managed Access, kept so a later mix-up is caught. */
  readOnlyAccessId: z.string().max(200).optional(),
});

const LINTED = ['authUrl', 'apiUrl', 'accountId', 'accessId'] as const;
const SAME_NAMES = Object.fromEntries(LINTED.map((field) => [field, field]));

export function watchGuardRegionUrls(region: WatchGuardRegion) {
  const { authUrl, apiUrl } = WATCHGUARD_REGIONS[region];
  return { authUrl, apiUrl };
}

export const watchGuardKind = defineKind({
  vendor: 'watchguard',
  label: 'WatchGuard Cloud',
  settingsSchema: watchGuardSettingsSchema,
  fieldLabels: {
    region: 'Region',
    authUrl: 'Authentication API URL',
    apiUrl: 'API URL',
    accountId: 'Account ID',
    accessId: 'Access ID (read-write)',
  },
  form: {
    idPrefix: 'wg',
    fields: [
      {
        control: 'region',
        name: 'region',
        options: () => regions('watchguard').map(({ region, label }) => ({ value: region, label })),
        help: 'Fills both URLs with the ones WatchGuard lists for the region.',
        fills: (region) => watchGuardRegionUrls(region as WatchGuardRegion),
      },
      { control: 'text', name: 'authUrl' },
      { control: 'text', name: 'apiUrl' },
      { control: 'text', name: 'accountId', help: 'Administration → My Account in WatchGuard Cloud.' },
      { control: 'text', name: 'accessId', help: 'Administration → Managed Access: the read-write one.' },
    ],
  },
  secrets: [
    {
      name: 'password',
      label: 'Access Password',
      required: true,
      help: 'The password of the read-write access ID (Administration → Managed Access).',
    },
    {
      name: 'apiKey',
      label: 'API Key',
      required: true,
      help: 'Administration → Managed Access → API Key.',
    },
  ],
  defaults(region) {
    const chosen: WatchGuardRegion = region && isRegionOf('watchguard', region) ? region : 'na';
    return { region: chosen, ...watchGuardRegionUrls(chosen), accountId: '', accessId: '' };
  },
  lint(settings, context = {}) {
    const region = typeof settings.region === 'string' && isRegionOf('watchguard', settings.region);
    const readOnly = typeof settings.readOnlyAccessId === 'string' ? settings.readOnlyAccessId : '';
    const knownAccessIds = [...(readOnly ? [{ readOnly }] : []), ...(context.knownAccessIds ?? [])];
    return lintAs('watchguard', stringsOf(settings, LINTED), SAME_NAMES, {
      ...(region ? { region: settings.region as string } : {}),
      ...(knownAccessIds.length ? { knownAccessIds } : {}),
    });
  },
  hostOrigin: () => null,
  // The password goes to the authentication host, the API key to the API host.
  credentialOrigins: (settings) => [originOf(settings.authUrl), originOf(settings.apiUrl)],
  toVendorConnection(settings, secrets) {
    return {
      vendor: 'watchguard',
      config: {
        authUrl: settings.authUrl,
        apiUrl: settings.apiUrl,
        accountId: settings.accountId,
        accessId: settings.accessId,
        password: secrets.password,
        apiKey: secrets.apiKey,
        ...(settings.readOnlyAccessId ? { readOnlyAccessId: settings.readOnlyAccessId } : {}),
      },
    };
  },
});
