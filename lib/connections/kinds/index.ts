import { type VendorId, vendorIdSchema } from '../../vendor-ids';
import { cwAutomateKind } from './cw-automate';
import { cwManageKind } from './cw-manage';
import { cwRmmKind } from './cw-rmm';
import type { ConnectionKind } from './kind';
import { watchGuardKind } from './watchguard';

export type { ConnectionKind } from './kind';

/** Every vendor a connection can be made to, in the order the options page offers them. */
export const CONNECTION_KINDS = {
  watchguard: watchGuardKind,
  'cw-rmm': cwRmmKind,
  'cw-manage': cwManageKind,
  'cw-automate': cwAutomateKind,
} as const satisfies Record<VendorId, ConnectionKind>;

export function kindOf(vendor: VendorId): ConnectionKind {
  return CONNECTION_KINDS[vendor] as unknown as ConnectionKind;
}

export function secretNames(vendor: VendorId): string[] {
  return kindOf(vendor).secrets.map((secret) => secret.name);
}

/**
 * Names of secret fields present in a pasted, imported or policy-supplied connection (top level or
 * in `settings`). Names only, never values: used to say "secrets are never imported".
 */
export function secretKeysIn(entry: unknown): string[] {
  if (typeof entry !== 'object' || entry === null) return [];
  const { vendor, settings } = entry as { vendor?: unknown; settings?: unknown };
  const known = vendorIdSchema.safeParse(vendor);
  if (!known.success) return [];
  const places = [entry, settings].filter(
    (place): place is object => typeof place === 'object' && place !== null,
  );
  return secretNames(known.data).filter((name) => places.some((place) => Object.hasOwn(place, name)));
}

/** The on-premise origin a form's settings point at (needs a host permission), or null. */
export function hostOriginOf(vendor: VendorId, settings: Record<string, unknown>): string | null {
  const kind = kindOf(vendor);
  const parsed = kind.settingsSchema.safeParse(settings);
  return parsed.success ? kind.hostOrigin(parsed.data) : null;
}

/**
 * Whether secrets saved with `before` may be used with `after`: only when both send them to the
 * same origins. Settings that do not parse count as a change (fail closed).
 */
export function sameCredentialOrigins(
  vendor: VendorId,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): boolean {
  const [from, to] = [credentialOriginsOf(vendor, before), credentialOriginsOf(vendor, after)];
  return from !== null && to !== null && from.join('\n') === to.join('\n');
}

/** Where a connection's secrets go, sorted; null when the settings do not parse. */
export function credentialOriginsOf(vendor: VendorId, settings: Record<string, unknown>): string[] | null {
  const kind = kindOf(vendor);
  const parsed = kind.settingsSchema.safeParse(settings);
  return parsed.success ? [...new Set(kind.credentialOrigins(parsed.data))].sort() : null;
}
