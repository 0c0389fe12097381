import { LEVELS, type Level } from '../../permissions/levels';
import type { SavedRole, SavedRoleSetting } from '../page-commands';

/**
 * Runs in: the role checker's page script. The checks, at that script's boundary, of what the
 * background answers its commands (the zod schemas in ../page-commands.ts, which the
 * background checks them against before sending): by hand, so the script carries no zod.
 * Each returns what the schema's parse returns, or null where the schema refuses;
 * tests/unit/role-checker/page/reply-guards.test.ts holds each to its schema with fast-check.
 */

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isLevel = (value: unknown): value is Level => (LEVELS as readonly unknown[]).includes(value);

function savedRoleSetting(value: unknown): SavedRoleSetting | null {
  if (!isRecord(value) || typeof value.module !== 'string' || typeof value.function !== 'string') return null;
  const levels = value.levels;
  if (!isRecord(levels)) return null;
  const { add, edit, delete: remove, inquire } = levels;
  if (!isLevel(add) || !isLevel(edit) || !isLevel(remove) || !isLevel(inquire)) return null;
  return { module: value.module, function: value.function, levels: { add, edit, delete: remove, inquire } };
}

/** `savedRoleSchema`'s parse, by hand. */
export function asSavedRole(value: unknown): SavedRole | null {
  if (!isRecord(value)) return null;
  const connectionName = value.connectionName;
  switch (value.status) {
    case 'no-connection':
      return { status: 'no-connection' };
    case 'not-found':
      return typeof connectionName === 'string' ? { status: 'not-found', connectionName } : null;
    case 'found': {
      const { roleName, settings } = value;
      if (typeof connectionName !== 'string' || typeof roleName !== 'string') return null;
      if (!Array.isArray(settings) || settings.length > 5000) return null;
      const read = settings.map(savedRoleSetting);
      if (read.includes(null)) return null;
      return { status: 'found', connectionName, roleName, settings: read as SavedRoleSetting[] };
    }
    case 'waiting': {
      const after = value.retryAfterSeconds;
      if (typeof connectionName !== 'string' || !Number.isInteger(after)) return null;
      if ((after as number) < 1 || (after as number) > 600) return null;
      return { status: 'waiting', connectionName, retryAfterSeconds: after as number };
    }
    case 'failed': {
      const message = value.message;
      if ((connectionName !== null && typeof connectionName !== 'string') || typeof message !== 'string')
        return null;
      return { status: 'failed', connectionName, message };
    }
    default:
      return null;
  }
}

/** The `roleCheckerDefaults` response schema's parse, by hand. */
export function asCheckerDefaults(value: unknown): { profiles: string[] } | null {
  if (!isRecord(value)) return null;
  const profiles = value.profiles;
  if (!Array.isArray(profiles) || profiles.length > 50) return null;
  return profiles.every((id) => typeof id === 'string') ? { profiles: [...profiles] } : null;
}

/** The `roleCheckerCatalogue` response schema's parse, by hand. */
export function asCatalogueWritten(value: unknown): { version: string } | null {
  if (!isRecord(value)) return null;
  const { version } = value;
  return typeof version === 'string' && version.length >= 1 && version.length <= 100 ? { version } : null;
}
