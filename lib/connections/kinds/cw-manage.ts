/**
 * ConnectWise Manage: a cloud site picked by region or an on-premise server (ThreatLocker,
 * "ConnectWise Manage Custom Integration", seeds/002, lists both choices), the login company ID,
 * the API member's public and private keys (WatchGuard Cloud, "ConnectWise Manage PSA integration
 * settings", seeds/001) and the integration's client ID (ConnectWise PSA Developer Guide).
 */
import { z } from 'zod';
// The id list, not the catalogue: connection schemas are in every content script's bundle.
import { MANAGE_PROFILE_IDS } from '../../permissions/profile-ids';
import { CW_MANAGE_REGIONS, type CwManageRegion } from '../../regions/catalogue';
import { detectRegion } from '../../regions/detect';
import { isRegionOf, regions } from '../../regions/endpoints';
import {
  httpsOrigin,
  lintAs,
  originOf,
  requiredText,
  serverAddress,
  serverAddressControl,
  stringsOf,
} from './fields';
import { defineKind } from './kind';

const regionIds = Object.keys(CW_MANAGE_REGIONS) as [CwManageRegion, ...CwManageRegion[]];

/**
 * The catalogue's integrations this API member is for: a successful Test connection audits the
 * member's own rights against them. Empty = not chosen yet (no audit, a hint instead).
 */
export const memberIntegrationsSchema = z
  .array(z.string())
  .max(20)
  .refine(
    (ids) => ids.every((id) => MANAGE_PROFILE_IDS.has(id)),
    'Choose integrations from the list; one of them is not in the permission catalogue.',
  )
  .default([]);

/**
 * Options › API members: the integrations each API member of the tenant serves, by member id
 * (ids are stable; identifiers can be renamed). Kept with the connection, so its backup carries
 * them, and checked like `integrations` when a backup is imported.
 */
export const apiMemberTagsSchema = z
  .record(
    z.string().max(10, 'API member tags are keyed by the member’s numeric id.'),
    z
      .array(z.string().max(64, 'An integration id is at most 64 characters.'))
      .max(10, 'At most 10 integrations per API member.')
      .refine(
        (ids) => ids.every((id) => MANAGE_PROFILE_IDS.has(id)),
        'An API member is tagged with an integration that is not in the permission catalogue.',
      ),
  )
  .refine(
    (tags) => Object.keys(tags).every((key) => /^\d{1,10}$/.test(key)),
    'API member tags are keyed by the member’s numeric id.',
  )
  .refine((tags) => Object.keys(tags).length <= 2000, 'Tags for at most 2,000 API members.')
  .default({});
export type ApiMemberTags = z.infer<typeof apiMemberTagsSchema>;

export const cwManageSettingsSchema = z
  .object({
    hosting: z.enum(['cloud', 'on-premise'], 'Choose a cloud site or an on-premise server.'),
    region: z.enum(regionIds, 'Pick the ConnectWise cloud site.'),
    /** Only for on-premise servers; empty for the cloud. */
    onPremUrl: z.string().max(500).default(''),
    companyId: requiredText('Company ID', 100),
    publicKey: requiredText('Public Key', 200),
    clientId: requiredText('Client ID', 100),
    integrations: memberIntegrationsSchema,
    apiMemberTags: apiMemberTagsSchema,
  })
  .superRefine((settings, ctx) => {
    if (settings.hosting !== 'on-premise') return;
    const check = serverAddress('on-premise server address').safeParse(settings.onPremUrl);
    for (const issue of check.success ? [] : check.error.issues) {
      ctx.addIssue({ code: 'custom', path: ['onPremUrl'], message: issue.message });
    }
  });
export type CwManageSettings = z.infer<typeof cwManageSettingsSchema>;

/** The site address the client starts from: the region's UI host, or the on-premise origin. */
export function manageSiteUrl(settings: Pick<CwManageSettings, 'hosting' | 'region' | 'onPremUrl'>): string {
  if (settings.hosting === 'on-premise') return httpsOrigin(settings.onPremUrl) ?? settings.onPremUrl;
  return CW_MANAGE_REGIONS[settings.region].siteUrl;
}

export const cwManageKind = defineKind({
  vendor: 'cw-manage',
  label: 'ConnectWise Manage',
  settingsSchema: cwManageSettingsSchema,
  fieldLabels: {
    hosting: 'Hosting',
    region: 'Cloud site',
    onPremUrl: 'On-premise server address',
    companyId: 'Company ID',
    publicKey: 'Public Key',
    clientId: 'Client ID',
    integrations: 'Integrations this API member serves',
    apiMemberTags: 'Integrations of the tenant’s API members',
  },
  form: {
    idPrefix: 'manage',
    fields: [
      {
        control: 'choice',
        name: 'hosting',
        legend: 'Where is ConnectWise Manage?',
        options: [
          { value: 'cloud', label: 'ConnectWise cloud' },
          { value: 'on-premise', label: 'On-premise server' },
        ],
      },
      {
        ...serverAddressControl('onPremUrl', 'https://manage.example.com', {
          empty: 'The https:// address you open ConnectWise Manage at.',
          origin: (origin) =>
            `Saving asks your browser to let the extension reach ${origin} (and show its helpers there).`,
        }),
        shownWhen: (settings) => settings.hosting === 'on-premise',
      },
      {
        control: 'region',
        name: 'region',
        options: () =>
          regions('cw-manage').map(({ region, label }) => ({
            value: region,
            label: `${label} (${new URL(CW_MANAGE_REGIONS[region].siteUrl).host})`,
          })),
        shownWhen: (settings) => settings.hosting !== 'on-premise',
      },
      {
        control: 'text',
        name: 'companyId',
        help: 'The company ID you type on the ConnectWise Manage login screen.',
      },
      { control: 'text', name: 'publicKey', help: 'System → Members → API Members → API Keys.' },
      {
        control: 'text',
        name: 'clientId',
        help: 'The clientId GUID registered for the integration at developer.connectwise.com.',
      },
      {
        control: 'integrations',
        name: 'integrations',
        product: 'manage',
        help: 'After a successful test, the API member’s own rights are checked against what these integrations need.',
      },
    ],
  },
  secrets: [
    {
      name: 'privateKey',
      label: 'Private Key',
      required: true,
      help: 'Shown once when the API member’s key pair is created (System → Members → API Members → API Keys).',
    },
  ],
  defaults(region, preselected = []) {
    const chosen: CwManageRegion = region && isRegionOf('cw-manage', region) ? region : 'na';
    return {
      hosting: 'cloud' as const,
      region: chosen,
      onPremUrl: '',
      companyId: '',
      publicKey: '',
      clientId: '',
      integrations: preselected.filter((id) => MANAGE_PROFILE_IDS.has(id)),
    };
  },
  lint(settings) {
    const onPrem = settings.hosting === 'on-premise';
    const fields = stringsOf(settings, ['companyId', 'publicKey', 'clientId']);
    if (onPrem && typeof settings.onPremUrl === 'string' && settings.onPremUrl) {
      fields.siteUrl = settings.onPremUrl;
    }
    const findings = lintAs('cw-manage', fields, { siteUrl: 'onPremUrl' });
    if (!onPrem) return findings;
    // An on-premise server is by definition not a cloud host: that warning would only be noise.
    const kept = findings.filter(
      (finding) => !(finding.field === 'onPremUrl' && finding.severity === 'warning'),
    );
    const cloud = fields.siteUrl ? detectRegion(fields.siteUrl.trim()) : null;
    if (cloud?.vendor === 'cw-manage') {
      kept.push({
        field: 'onPremUrl',
        severity: 'error',
        message: `This is the ${CW_MANAGE_REGIONS[cloud.region].label} cloud site: choose “Cloud” and that site instead.`,
      });
    }
    return kept;
  },
  hostOrigin: (settings) => (settings.hosting === 'on-premise' ? httpsOrigin(settings.onPremUrl) : null),
  // A cloud site's API host comes from the same region table, so the site names it.
  credentialOrigins: (settings) => [originOf(manageSiteUrl(settings))],
  // The codebase answer of an on-premise server may move its API to `api-<host>` (lib/regions).
  derivedOrigins: (settings) => {
    const origin = settings.hosting === 'on-premise' ? httpsOrigin(settings.onPremUrl) : null;
    return origin ? [`https://api-${new URL(origin).host}`] : [];
  },
  toVendorConnection(settings, secrets, grantedOrigins = []) {
    return {
      vendor: 'cw-manage',
      config: {
        site: manageSiteUrl(settings),
        companyId: settings.companyId,
        publicKey: settings.publicKey,
        privateKey: secrets.privateKey,
        clientId: settings.clientId,
        ...(settings.hosting === 'on-premise' ? { grantedOrigins: [...grantedOrigins] } : {}),
      },
    };
  },
});
