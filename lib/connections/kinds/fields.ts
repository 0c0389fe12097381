/**
 * Small zod and text helpers shared by the connection kinds. Values are validated as pasted, not
 * silently trimmed: a stray space is the kind of mistake the form exists to point out.
 */
import { z } from 'zod';
import type { RegionalVendor } from '../../regions/catalogue';
import { findInvisible } from '../../regions/characters';
import { type KnownAccessIds, type LintFinding, lintConnection } from '../../regions/lint';
import type { FieldFinding, SettingsControl } from './kind';

/** A required single-line value; the message names the field. */
export function requiredText(label: string, max = 500) {
  return z
    .string()
    .min(1, `The ${label} is empty.`)
    .max(max, `The ${label} is longer than ${max} characters.`);
}

/** Refuses the copy-paste debris the region lint catches for the fields it knows. */
export function pastedValue(label: string, max = 500) {
  return requiredText(label, max).superRefine((value, ctx) => {
    if (value.trim() !== value) {
      ctx.addIssue({ code: 'custom', message: `The ${label} starts or ends with a space: remove it.` });
    }
    const invisible = findInvisible(value);
    if (invisible) {
      ctx.addIssue({
        code: 'custom',
        message: `The ${label} contains an invisible ${invisible.name} at character ${invisible.position}: clear the field and paste it again.`,
      });
    }
  });
}

export const connectionNameSchema = z
  .string()
  .trim()
  .min(1, 'Give the connection a name, e.g. "Production" or "Staging tenant".')
  .max(80, 'Keep the name under 80 characters.');

/**
 * `https://host[:port]` from a host or URL a person typed, or null when it is not an https
 * address. On-premise servers are reached over https only: credentials never travel in clear.
 */
export function httpsOrigin(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== 'https:' || url.username || url.password || !url.hostname.includes('.')) return null;
    return url.origin;
  } catch {
    return null;
  }
}

/**
 * The origin an address points at, for comparing where secrets go: the https origin when it has
 * one, else the trimmed text itself (a malformed address still differs from a good one).
 */
export function originOf(address: string): string {
  return httpsOrigin(address) ?? address.trim().toLowerCase();
}

/** An on-premise server address: https, no credentials, a dotted host name. */
export function serverAddress(label: string) {
  return pastedValue(label).refine((value) => httpsOrigin(value) !== null, {
    message: `The ${label} must be an https:// address such as https://manage.example.com.`,
  });
}

/** The region helper's lint, with its findings moved to this form's field names. */
export function lintAs(
  vendor: RegionalVendor,
  fields: Record<string, string | undefined>,
  fieldNames: Readonly<Record<string, string>>,
  options: { region?: string; knownAccessIds?: readonly KnownAccessIds[] } = {},
): FieldFinding[] {
  const findings: LintFinding[] = lintConnection(vendor, fields, options as never);
  return findings.map((finding) => ({
    field: fieldNames[finding.field] ?? finding.field,
    severity: finding.severity,
    message: finding.message,
  }));
}

export function stringsOf(
  settings: Record<string, unknown>,
  keys: readonly string[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of keys) {
    const value = settings[key];
    if (typeof value === 'string') out[key] = value;
  }
  return out;
}

/**
 * The address box of a server outside the manifest's hosts: its help names the origin a save
 * will ask the browser to reach, once the box holds one.
 */
export function serverAddressControl(
  name: string,
  placeholder: string,
  help: { empty: string; origin: (origin: string) => string },
): SettingsControl {
  return {
    control: 'text',
    name,
    placeholder,
    help: (settings) => {
      const origin = httpsOrigin(typeof settings[name] === 'string' ? settings[name] : '');
      return origin ? help.origin(origin) : help.empty;
    },
  };
}
