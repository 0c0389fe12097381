import { WATCHGUARD_REGIONS, type WatchGuardRegion } from './catalogue';

/** The WatchGuard API parameters a ConnectWise plug-in asks for, minus the password. */
export interface WatchGuardParameters {
  region?: WatchGuardRegion;
  authUrl?: string;
  apiUrl?: string;
  accountId?: string;
  accessId?: string;
  apiKey?: string;
}

/** Where to find a value that was not on the page, in the order the plug-in asks for them. */
const ROWS: { key: keyof Omit<WatchGuardParameters, 'region'>; label: string; whereElse: string }[] = [
  { key: 'authUrl', label: 'Authentication API URL', whereElse: 'Administration → Managed Access' },
  { key: 'apiUrl', label: 'API URL', whereElse: 'Administration → Managed Access' },
  { key: 'accountId', label: 'Account ID', whereElse: 'Administration → My Account' },
  { key: 'accessId', label: 'Access ID (read-write)', whereElse: 'Administration → Managed Access' },
  { key: 'apiKey', label: 'API Key', whereElse: 'Administration → Managed Access' },
];

/**
 * The parameter set as a block a person can read and paste into notes or a ticket. The password
 * line is a reminder only: the password is never on the page nor in this block.
 */
export function formatParameterBlock(parameters: WatchGuardParameters): string {
  const region = parameters.region ? ` — ${WATCHGUARD_REGIONS[parameters.region].label}` : '';
  const lines = [`WatchGuard Cloud API parameters${region}`];
  for (const row of ROWS) {
    const value = parameters[row.key];
    lines.push(`${row.label}: ${value ? value : `(not on this page — see ${row.whereElse})`}`);
  }
  lines.push('Access Password: (not copied — type the read-write password yourself)');
  return lines.join('\n');
}

/**
 * Reads a block made by `formatParameterBlock` back (a person pastes it into a connection form).
 * Lenient about spacing, case and line order; rows without a value are left out; the password
 * reminder line is ignored. The region comes from the title, else from the Authentication API URL.
 * Returns null when the text has none of the rows.
 */
export function parseParameterBlock(text: string): WatchGuardParameters | null {
  const found: WatchGuardParameters = {};
  const lines = text.split(/\r?\n/);
  for (const line of lines) {
    const match = /^\s*([^:]+?)\s*:\s*(.*?)\s*$/.exec(line);
    if (!match) continue;
    const [, label = '', value = ''] = match;
    const row = ROWS.find((candidate) => candidate.label.toLowerCase() === label.toLowerCase());
    if (!row || !value || value.startsWith('(')) continue;
    found[row.key] = value;
  }
  if (!ROWS.some((row) => found[row.key])) return null;
  const title = lines.find((line) => line.includes('WatchGuard Cloud API parameters')) ?? '';
  const byTitle = (Object.keys(WATCHGUARD_REGIONS) as WatchGuardRegion[]).find((region) =>
    title.endsWith(`— ${WATCHGUARD_REGIONS[region].label}`),
  );
  const byUrl = (Object.keys(WATCHGUARD_REGIONS) as WatchGuardRegion[]).find(
    (region) => WATCHGUARD_REGIONS[region].authUrl === found.authUrl,
  );
  const region = byTitle ?? byUrl;
  return region ? { region, ...found } : found;
}
