/**
 * Fills a connection form from pasted text: the WatchGuard "Copy all" parameter block, or a
 * connection exported as JSON. Only the vendor's own fields are taken. Secrets in pasted JSON are
 * ignored and named; the WatchGuard block's API key is the one value the block exists to carry,
 * so it is offered for the API Key field (the password is never in the block).
 */
import { WATCHGUARD_REGIONS } from '../regions/catalogue';
import { parseParameterBlock, type WatchGuardParameters } from '../regions/parameter-set';
import { VENDOR_LABELS, type VendorId, vendorIdSchema } from '../vendor-ids';
import { kindOf, secretKeysIn } from './kinds';
import { watchGuardRegionUrls } from './kinds/watchguard';

export interface PastedConnection {
  source: 'watchguard-block' | 'connection-json';
  name?: string;
  settings: Record<string, unknown>;
  /** Secret fields the paste may fill (only the WatchGuard block's API key). */
  secrets: Record<string, string>;
  /** Secret field names found and not used. */
  ignoredSecrets: string[];
}

export type PasteResult = { ok: true; value: PastedConnection } | { ok: false; message: string };

export function parsePastedConnection(text: string, vendor: VendorId): PasteResult {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, message: 'Nothing to paste: the clipboard text is empty.' };
  if (trimmed.startsWith('{')) return fromJson(trimmed, vendor);
  if (vendor === 'watchguard') {
    const parameters = parseParameterBlock(trimmed);
    if (parameters) return { ok: true, value: fromWatchGuardParameters(parameters) };
  }
  return {
    ok: false,
    message:
      vendor === 'watchguard'
        ? 'This text is neither a WatchGuard “Copy all” block nor a connection exported as JSON.'
        : 'This text is not a connection exported as JSON (use “Copy as JSON” on a saved connection).',
  };
}

/** Form values from the WatchGuard parameters (a pasted block or the Managed Access draft). */
export function fromWatchGuardParameters(parameters: WatchGuardParameters): PastedConnection {
  const settings: Record<string, unknown> = {};
  if (parameters.region) {
    settings.region = parameters.region;
    Object.assign(settings, watchGuardRegionUrls(parameters.region));
  }
  for (const key of ['authUrl', 'apiUrl', 'accountId', 'accessId'] as const) {
    if (parameters[key]) settings[key] = parameters[key];
  }
  return {
    source: 'watchguard-block',
    settings,
    secrets: parameters.apiKey ? { apiKey: parameters.apiKey } : {},
    ignoredSecrets: [],
  };
}

function fromJson(text: string, vendor: VendorId): PasteResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, message: 'The pasted text starts like JSON but is not valid JSON.' };
  }
  const entry = (raw as { connection?: unknown })?.connection ?? raw;
  if (typeof entry !== 'object' || entry === null) {
    return { ok: false, message: 'The pasted JSON is not a connection.' };
  }
  const {
    vendor: pastedVendor,
    name,
    settings,
  } = entry as { vendor?: unknown; name?: unknown; settings?: unknown };
  const known = vendorIdSchema.safeParse(pastedVendor);
  if (!known.success) return { ok: false, message: 'The pasted JSON does not say which vendor it is for.' };
  if (known.data !== vendor) {
    return {
      ok: false,
      message: `This is a ${VENDOR_LABELS[known.data]} connection: add a ${VENDOR_LABELS[known.data]} connection to paste it.`,
    };
  }
  if (typeof settings !== 'object' || settings === null) {
    return { ok: false, message: 'The pasted JSON has no settings.' };
  }
  const kind = kindOf(vendor);
  const allowed = new Set(Object.keys(kind.settingsSchema.shape));
  const picked = Object.fromEntries(
    Object.entries(settings).filter(
      ([key, value]) => allowed.has(key) && (typeof value === 'string' || typeof value === 'number'),
    ),
  );
  if (
    vendor === 'watchguard' &&
    typeof picked.region === 'string' &&
    !(picked.region in WATCHGUARD_REGIONS)
  ) {
    delete picked.region;
  }
  return {
    ok: true,
    value: {
      source: 'connection-json',
      ...(typeof name === 'string' ? { name } : {}),
      settings: picked,
      secrets: {},
      ignoredSecrets: secretKeysIn(entry),
    },
  };
}
