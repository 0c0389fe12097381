/**
 * ConnectWise RMM: the API fields the WatchGuard plug-in asks for (seeds/000, "Enter the API
 * information for ConnectWise RMM"): the regional server URL, Client ID, Client Secret, and
 * Records Per Request, documented default 500.
 *
 * `toVendorConnection` produces the client's config (lib/vendors/cw-rmm/config.ts).
 */
import { z } from 'zod';
import { CW_RMM_REGIONS, type CwRmmRegion } from '../../regions/catalogue';
import { isRegionOf, regions } from '../../regions/endpoints';
import { lintAs, originOf, requiredText, stringsOf } from './fields';
import { defineKind } from './kind';
import { DEFAULT_RECORDS_PER_REQUEST, lintRecordsPerRequest } from './records-per-request';

export { DEFAULT_RECORDS_PER_REQUEST };
/** No vendor document gives the server's maximum; 1,000 is the cap ConnectWise's other APIs use. */
export const MAX_RECORDS_PER_REQUEST = 1000;

const regionIds = Object.keys(CW_RMM_REGIONS) as [CwRmmRegion, ...CwRmmRegion[]];

export const cwRmmSettingsSchema = z.object({
  region: z.enum(regionIds, 'Pick the ConnectWise RMM region.'),
  serverUrl: requiredText('Server URL'),
  clientId: requiredText('Client ID', 200),
  recordsPerRequest: z.coerce
    .number('Records per request must be a number.')
    .int('Records per request must be a whole number.')
    .min(1, 'Records per request must be at least 1.')
    .max(MAX_RECORDS_PER_REQUEST, `Records per request can be at most ${MAX_RECORDS_PER_REQUEST}.`)
    .default(DEFAULT_RECORDS_PER_REQUEST),
});

const LINTED = ['serverUrl', 'clientId'] as const;

export const cwRmmKind = defineKind({
  vendor: 'cw-rmm',
  label: 'ConnectWise RMM',
  settingsSchema: cwRmmSettingsSchema,
  fieldLabels: {
    region: 'Region',
    serverUrl: 'Server URL',
    clientId: 'Client ID',
    recordsPerRequest: 'Records per request',
  },
  form: {
    idPrefix: 'rmm',
    fields: [
      {
        control: 'region',
        name: 'region',
        options: () => regions('cw-rmm').map(({ region, label }) => ({ value: region, label })),
        help: 'Fills the server URL for the region.',
        fills: (region) => ({ serverUrl: CW_RMM_REGIONS[region as CwRmmRegion].serverUrl }),
      },
      { control: 'text', name: 'serverUrl' },
      { control: 'text', name: 'clientId', help: 'Generated with the API key in ConnectWise RMM.' },
      {
        control: 'text',
        name: 'recordsPerRequest',
        inputMode: 'numeric',
        help: 'Keep 500, the default the WatchGuard plug-in documents.',
      },
    ],
  },
  secrets: [
    {
      name: 'clientSecret',
      label: 'Client Secret',
      required: true,
      help: 'Generated with the Client ID for the API key in ConnectWise RMM (Integrations → API key).',
    },
  ],
  defaults(region) {
    const chosen: CwRmmRegion = region && isRegionOf('cw-rmm', region) ? region : 'na';
    return {
      region: chosen,
      serverUrl: CW_RMM_REGIONS[chosen].serverUrl,
      clientId: '',
      recordsPerRequest: DEFAULT_RECORDS_PER_REQUEST,
    };
  },
  lint(settings, context) {
    const region = typeof settings.region === 'string' && isRegionOf('cw-rmm', settings.region);
    return [
      ...lintAs(
        'cw-rmm',
        stringsOf(settings, LINTED),
        { serverUrl: 'serverUrl', clientId: 'clientId' },
        region ? { region: settings.region as string } : {},
      ),
      ...lintRecordsPerRequest(settings.recordsPerRequest, context?.lastRun),
    ];
  },
  hostOrigin: () => null,
  credentialOrigins: (settings) => [originOf(settings.serverUrl)],
  toVendorConnection(settings, secrets) {
    return {
      vendor: 'cw-rmm',
      config: {
        serverUrl: settings.serverUrl,
        clientId: settings.clientId,
        clientSecret: secrets.clientSecret,
        recordsPerRequest: settings.recordsPerRequest,
      },
    };
  },
});
