/**
 * Backup of connection settings and preferences as JSON, never a secret. Import is checked with
 * zod and previewed before anything changes; applying it merges by id: a connection with the same
 * id gets the backup's name and settings (its saved secrets stay only while they go to the same
 * origins: a backup that re-points a connection drops them), new ones are added without secrets,
 * connections missing from the backup are left alone.
 */
import { z } from 'zod';
import { describeIssues } from '../messaging/router';
import { VENDOR_LABELS, type VendorId } from '../vendor-ids';
import { credentialOriginsOf, sameCredentialOrigins, secretKeysIn } from './kinds';
import type { EffectiveConnection } from './policy';
import {
  type DefaultRegions,
  defaultRegionsSchema,
  type Preferences,
  preferencesSchema,
} from './preferences';
import { type ConnectionPreset, connectionPresetSchema } from './schemas';

export const BACKUP_FORMAT = 'msp-portal-companion.backup';
export const CONNECTION_EXPORT_FORMAT = 'msp-portal-companion.connection';

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT, `This is not a ${BACKUP_FORMAT} file.`),
  version: z.literal(1, 'This backup was made by a newer version of the extension.'),
  exportedAt: z.iso.datetime(),
  connections: z.array(connectionPresetSchema).max(500),
  preferences: preferencesSchema,
});
export type Backup = z.infer<typeof backupSchema>;

export function connectionExport(preset: Omit<ConnectionPreset, 'id'>) {
  return {
    format: CONNECTION_EXPORT_FORMAT,
    version: 1 as const,
    connection: { vendor: preset.vendor, name: preset.name, settings: preset.settings },
  };
}

export type ParsedBackup =
  | { ok: true; backup: Backup; ignoredSecrets: string[] }
  | { ok: false; errors: string[] };

/** Reads a backup file's text; every problem is named with its place in the file. */
export function parseBackup(text: string): ParsedBackup {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, errors: ['The file is not JSON: choose a backup exported from this extension.'] };
  }
  // Secrets are never imported; say which were found instead of dropping them silently.
  const entries = (raw as { connections?: unknown })?.connections;
  const ignoredSecrets = Array.isArray(entries)
    ? entries.flatMap((entry, index) => secretKeysIn(entry).map((name) => `connections[${index}].${name}`))
    : [];
  const parsed = backupSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.slice(0, 10).map((issue) => describeIssues(new z.ZodError([issue]))),
    };
  }
  const ids = parsed.data.connections.map((connection) => connection.id);
  const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
  if (duplicate) return { ok: false, errors: [`The connection id "${duplicate}" appears twice.`] };
  return { ok: true, backup: parsed.data, ignoredSecrets };
}

export interface ImportPreviewItem {
  id: string;
  vendor: VendorId;
  name: string;
  /** Current name, for a replaced connection. */
  previousName?: string;
  reason?: string;
  /** A replaced connection whose secrets would go elsewhere: where they go now and after. */
  hostChange?: { from: string[]; to: string[] };
  /** Its saved secrets are deleted and must be typed again (set with `hostChange`). */
  secretsDropped?: boolean;
}

/** One preference the import changes, as the person reads it. */
export interface PreferenceChange {
  name: string;
  from: string;
  to: string;
}

export interface ImportPreview {
  add: ImportPreviewItem[];
  replace: ImportPreviewItem[];
  /** Not imported: set by the organization, or the id belongs to another vendor's connection. */
  skip: ImportPreviewItem[];
  /** Saved connections the backup does not mention: left as they are. */
  untouched: number;
  preferencesChanged: boolean;
  preferenceChanges: PreferenceChange[];
}

export interface ImportTarget {
  connections: readonly {
    id: string;
    vendor: VendorId;
    name: string;
    managed: boolean;
    settings: Record<string, unknown>;
  }[];
  preferences: unknown;
}

/** What applying the backup would do, without doing it. */
export function previewImport(backup: Backup, current: ImportTarget): ImportPreview {
  const byId = new Map(current.connections.map((connection) => [connection.id, connection]));
  const preview: ImportPreview = {
    add: [],
    replace: [],
    skip: [],
    untouched: 0,
    preferencesChanged: false,
    preferenceChanges: [],
  };
  for (const incoming of backup.connections) {
    const item = { id: incoming.id, vendor: incoming.vendor, name: incoming.name };
    const existing = byId.get(incoming.id);
    if (!existing) preview.add.push(item);
    else if (existing.managed) preview.skip.push({ ...item, reason: 'set by your organization' });
    else if (existing.vendor !== incoming.vendor) {
      preview.skip.push({
        ...item,
        reason: `the id belongs to a ${VENDOR_LABELS[existing.vendor]} connection`,
      });
    } else if (sameCredentialOrigins(incoming.vendor, existing.settings, incoming.settings)) {
      preview.replace.push({ ...item, previousName: existing.name });
    } else {
      preview.replace.push({
        ...item,
        previousName: existing.name,
        hostChange: {
          from: credentialOriginsOf(existing.vendor, existing.settings) ?? ['(unreadable settings)'],
          to: credentialOriginsOf(incoming.vendor, incoming.settings) ?? ['(unreadable settings)'],
        },
        secretsDropped: true,
      });
    }
  }
  const mentioned = new Set(backup.connections.map((connection) => connection.id));
  preview.untouched = current.connections.filter((connection) => !mentioned.has(connection.id)).length;
  preview.preferenceChanges = preferenceChanges(current.preferences, backup.preferences);
  preview.preferencesChanged = preview.preferenceChanges.length > 0;
  return preview;
}

/** Saved connections without secrets or policy presets, for the backup file. */
export function presetsOf(connections: readonly EffectiveConnection[]): ConnectionPreset[] {
  return connections
    .filter((entry) => entry.stored && !entry.pinned)
    .map(
      ({ record: { id, vendor, name, settings } }) => ({ id, vendor, name, settings }) as ConnectionPreset,
    );
}

/** Each preference the backup sets differently, by its name in the options page. */
function preferenceChanges(currentRaw: unknown, next: Preferences): PreferenceChange[] {
  const parsed = preferencesSchema.safeParse(currentRaw ?? {});
  const current = parsed.success ? parsed.data : preferencesSchema.parse({});
  const changes: PreferenceChange[] = [];
  if (current.autoLockMinutes !== next.autoLockMinutes) {
    changes.push({
      name: 'Auto-lock minutes',
      from: String(current.autoLockMinutes),
      to: String(next.autoLockMinutes),
    });
  }
  for (const vendor of Object.keys(defaultRegionsSchema.shape) as (keyof DefaultRegions)[]) {
    const [from, to] = [current.defaultRegions[vendor], next.defaultRegions[vendor]];
    if (from !== to) {
      changes.push({
        name: `Default ${VENDOR_LABELS[vendor]} region`,
        from: from ?? 'none',
        to: to ?? 'none',
      });
    }
  }
  return changes;
}
