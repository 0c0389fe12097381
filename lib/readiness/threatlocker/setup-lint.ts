import { CW_MANAGE_REGIONS, type CwManageRegion } from '../../regions/catalogue';

/**
 * The server choice on ThreatLocker's ConnectWise setup tab, from a Manage connection's settings.
 * ThreatLocker's guide (SOURCES.threatlocker) offers four: North American, European and
 * Australian cloud, or an on-premise URL. Runs in: any context (pure).
 */
const THREATLOCKER_SERVERS: Partial<Record<CwManageRegion, string>> = {
  na: 'North American Cloud',
  eu: 'European Cloud',
  au: 'Australian Cloud',
};

export interface ServerChoiceLint {
  ok: boolean;
  text: string;
}

export function threatLockerServerChoice(settings: {
  hosting?: unknown;
  region?: unknown;
  onPremUrl?: unknown;
}): ServerChoiceLint {
  if (settings.hosting === 'on-premise') {
    const url = typeof settings.onPremUrl === 'string' ? settings.onPremUrl.trim() : '';
    return url
      ? { ok: true, text: `In ThreatLocker, choose On-Premise and enter ${url}.` }
      : {
          ok: false,
          text: 'Enter the on-premise server address: ThreatLocker asks for it when you choose On-Premise.',
        };
  }
  const region = settings.region as CwManageRegion;
  const data = CW_MANAGE_REGIONS[region];
  if (!data) return { ok: false, text: 'Pick the ConnectWise cloud site.' };
  const choice = THREATLOCKER_SERVERS[region];
  return choice
    ? { ok: true, text: `In ThreatLocker, choose “${choice}” (${new URL(data.siteUrl).host}).` }
    : {
        ok: false,
        text: `ThreatLocker’s server list has no entry for ${data.label} (${new URL(data.siteUrl).host}): it offers North American, European and Australian cloud or an on-premise URL. Its guide does not say whether this site works as an on-premise URL.`,
      };
}
