/**
 * What the Managed Access overlay shows and hands on, from what the page adapter read: the copy
 * rows (in the order the ConnectWise plug-ins ask for the values), the "Copy all" block and the
 * connection draft. Pure, so every rule here is unit-tested; the overlay only renders it.
 */
import { secretHint } from '../../secrets/mask';
import { WATCHGUARD_REGIONS, type WatchGuardRegion } from '../catalogue';
import { detectRegion } from '../detect';
import { formatParameterBlock } from '../parameter-set';
import type { AccessIdPair, WatchGuardConnectionDraft } from '../schemas';
import type { ManagedAccessKey, ManagedAccessValues } from './watchguard-page-adapter';

export interface ManagedAccessRow {
  key: ManagedAccessKey;
  label: string;
  /** What a copy puts on the clipboard; absent when the page does not show it. */
  value?: string;
  /** What the row shows, when it differs from the value (the API key is shown masked). */
  display?: string;
  /** One line under the value: where it comes from, or where to find it. */
  hint?: string;
  /** 'warning' marks the value that is the wrong one for the ConnectWise plug-ins. */
  tone?: 'warning';
}

const MASK = '••••••••';

export function managedAccessRows(
  values: ManagedAccessValues,
  masked: readonly ManagedAccessKey[],
  region: WatchGuardRegion,
): ManagedAccessRow[] {
  const regionData = WATCHGUARD_REGIONS[region];
  const urlRow = (key: 'authUrl' | 'apiUrl', label: string, fallback: string): ManagedAccessRow =>
    values[key]
      ? { key, label, value: values[key] }
      : { key, label, value: fallback, hint: `Not shown on this page: the ${regionData.label} address.` };
  const hiddenOr = (key: ManagedAccessKey, whereElse: string) =>
    masked.includes(key)
      ? 'Hidden on the page: press Show there to copy it.'
      : `Not on this page: ${whereElse}.`;
  const apiKeyHint = values.apiKey ? secretHint(values.apiKey) : null;

  return [
    urlRow('authUrl', 'Authentication API URL', regionData.authUrl),
    urlRow('apiUrl', 'API URL', regionData.apiUrl),
    values.accountId
      ? { key: 'accountId', label: 'Account ID', value: values.accountId }
      : {
          key: 'accountId',
          label: 'Account ID',
          hint: hiddenOr('accountId', 'see Administration → My Account'),
        },
    values.apiKey
      ? {
          key: 'apiKey',
          label: 'API Key',
          value: values.apiKey,
          display: apiKeyHint ? `••••${apiKeyHint}` : MASK,
        }
      : { key: 'apiKey', label: 'API Key', hint: hiddenOr('apiKey', 'enable API access on this page') },
    values.readWriteAccessId
      ? {
          key: 'readWriteAccessId',
          label: 'Access ID (read-write)',
          value: values.readWriteAccessId,
          hint: 'The one the ConnectWise plug-ins need.',
        }
      : {
          key: 'readWriteAccessId',
          label: 'Access ID (read-write)',
          hint: hiddenOr('readWriteAccessId', 'enable API access on this page'),
        },
    ...(values.readOnlyAccessId
      ? [
          {
            key: 'readOnlyAccessId',
            label: 'Access ID (read-only)',
            value: values.readOnlyAccessId,
            hint: 'Wrong one for the ConnectWise plug-ins: they need the read-write ID.',
            tone: 'warning',
          } satisfies ManagedAccessRow,
        ]
      : []),
  ];
}

/** The "Copy all" block: the page's values, the region's URLs where the page shows none. */
export function managedAccessBlock(values: ManagedAccessValues, region: WatchGuardRegion): string {
  const regionData = WATCHGUARD_REGIONS[region];
  return formatParameterBlock({
    region,
    authUrl: values.authUrl ?? regionData.authUrl,
    apiUrl: values.apiUrl ?? regionData.apiUrl,
    accountId: values.accountId,
    accessId: values.readWriteAccessId,
    apiKey: values.apiKey,
  });
}

/** What "Create connection" sends the background: no password, which the page never shows anyway. */
export function managedAccessDraft(
  values: ManagedAccessValues,
  region: WatchGuardRegion,
  pageUrl: string,
): WatchGuardConnectionDraft {
  const regionData = WATCHGUARD_REGIONS[region];
  const page = new URL(pageUrl);
  return {
    vendor: 'watchguard',
    region,
    authUrl: values.authUrl ?? regionData.authUrl,
    apiUrl: values.apiUrl ?? regionData.apiUrl,
    ...(values.accountId ? { accountId: values.accountId } : {}),
    ...(values.readWriteAccessId ? { accessId: values.readWriteAccessId } : {}),
    ...(values.apiKey ? { apiKey: values.apiKey } : {}),
    // Where the draft started, without query or fragment (they may carry session state).
    sourceUrl: `${page.origin}${page.pathname}`,
  };
}

/** The pair to remember, so a later paste of the read-only ID is caught; null without one. */
export function accessIdPairOf(values: ManagedAccessValues, region: WatchGuardRegion): AccessIdPair | null {
  if (!values.readOnlyAccessId) return null;
  return {
    readOnly: values.readOnlyAccessId,
    ...(values.readWriteAccessId ? { readWrite: values.readWriteAccessId } : {}),
    region,
  };
}

/** A warning when the page's URLs are of another region than the portal (should not happen). */
export function regionWarning(values: ManagedAccessValues, region: WatchGuardRegion): string | null {
  for (const url of [values.authUrl, values.apiUrl]) {
    const found = url ? detectRegion(url) : null;
    if (found?.vendor === 'watchguard' && found.region !== region) {
      return `The page shows ${WATCHGUARD_REGIONS[found.region].label} URLs, but this portal is ${WATCHGUARD_REGIONS[region].label}. Check you are signed in to the right region.`;
    }
  }
  return null;
}
