import { LEVELS } from '../../permissions/levels';
import type { ManageProfile } from '../../permissions/schema';
import type { CatalogueEntry, StoredCatalogueIndex } from '../catalogue-item';
import { KIND_LABELS } from '../integration-kinds';

/**
 * Runs in: the role checker's page script. The checks, at that script's boundary, of the Manage
 * catalogue it reads from storage.local (catalogue-item.ts): by hand, so the script carries no
 * zod. A stored profile passes only where `manageProfileSchema` (lib/permissions/schema.ts) would
 * parse it, with its defaults already filled in (the background stores the parsed catalogue);
 * tests/unit/role-checker/page/catalogue-guards.test.ts holds the two to each other with
 * fast-check. Each returns the value, or null where it is refused.
 */

type Check = (value: unknown) => boolean;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text: Check = (value) => typeof value === 'string' && value.length > 0;
const optional =
  (check: Check): Check =>
  (value) =>
    value === undefined || check(value);
const oneOf =
  (values: readonly unknown[]): Check =>
  (value) =>
    values.includes(value);
const matching =
  (pattern: RegExp): Check =>
  (value) =>
    typeof value === 'string' && pattern.test(value);
const listOf =
  (check: Check, min = 0): Check =>
  (value) =>
    Array.isArray(value) && value.length >= min && value.every(check);
/** An object whose fields pass their checks (other fields are let through, as zod strips them). */
const shaped =
  (fields: Record<string, Check>): Check =>
  (value) =>
    isRecord(value) && Object.entries(fields).every(([key, check]) => check(value[key]));

const anyString = (value: unknown) => typeof value === 'string';
const flag = (value: unknown) => typeof value === 'boolean';
const isoDate = matching(/^\d{4}-\d{2}-\d{2}$/);
const level = oneOf(LEVELS);
const kind: Check = (value) => typeof value === 'string' && Object.hasOwn(KIND_LABELS, value);
const url: Check = (value) => {
  if (typeof value !== 'string') return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
};

const source = shaped({
  vendor: text,
  title: text,
  document: text,
  url: optional(url),
  published: optional(text),
  readOn: optional(isoDate),
});
const customizeTarget = {
  module: text,
  function: text,
  list: oneOf(['allow', 'disallow']),
  entries: listOf(text, 1),
};
const feature = shaped({ id: matching(/^[a-z0-9-]+$/), title: text, detail: text });
const requirement: Check = (value) =>
  shaped({
    module: text,
    function: text,
    feature: optional(anyString),
    add: optional(level),
    edit: optional(level),
    delete: optional(level),
    inquire: optional(level),
    source,
    inferred: flag,
    basis: optional(anyString),
    note: optional(anyString),
  })(value) &&
  ['add', 'edit', 'delete', 'inquire'].some(
    (action) => (value as Record<string, unknown>)[action] !== undefined,
  );

const manageProfile = shaped({
  id: matching(/^[a-z0-9-]+$/),
  title: text,
  vendor: text,
  source,
  strictness: oneOf(['minimum', 'exhaustive', 'admin-recommended', 'checks-only']),
  strictnessNote: text,
  acceptsAdminRole: flag,
  revision: (value) => Number.isSafeInteger(value) && (value as number) > 0,
  checkedOn: isoDate,
  kind,
  partial: optional(shaped({ shownUpTo: text, note: optional(anyString) })),
  adminRecommendation: optional(text),
  optionalFeatures: listOf(feature),
  customize: listOf(
    shaped({
      ...customizeTarget,
      optional: flag,
      feature: optional(anyString),
      note: optional(anyString),
      source,
    }),
  ),
  manualChecks: listOf(
    shaped({
      id: matching(/^[a-z0-9-]+(?:\/[A-Za-z0-9-]+)*$/),
      title: text,
      detail: text,
      source,
      inferred: flag,
      evaluator: optional(
        oneOf([
          'threatLockerBoardReadiness',
          'watchGuardRmmConnectionReadiness',
          'auditUserClass.computerPermissions',
          'auditUserClass.user',
        ]),
      ),
      customize: optional(shaped(customizeTarget)),
    }),
  ),
  product: oneOf(['manage']),
  requirements: listOf(requirement),
});

/** A stored profile as `manageProfileSchema` parses it, or null. */
export function asManageProfile(value: unknown): ManageProfile | null {
  return manageProfile(value) ? (value as ManageProfile) : null;
}

const entry = shaped({
  id: matching(/^[a-z0-9-]+$/),
  title: text,
  vendor: text,
  kind,
  strictnessNote: text,
  source,
  partial: flag,
  adminRecommended: flag,
  features: listOf(feature),
});

/** How many profiles an index may list: far more than the catalogue has. */
const INDEX_LIMIT = 500;

/** The stored index, if it is one and of catalogue `version`. */
export function asCatalogueIndex(value: unknown, version: string): StoredCatalogueIndex | null {
  if (!isRecord(value) || value.version !== version) return null;
  const { profiles } = value;
  if (!Array.isArray(profiles) || profiles.length > INDEX_LIMIT || !profiles.every(entry)) return null;
  return { version, profiles: profiles as CatalogueEntry[] };
}

/** The stored record of profile `id`, if it is one and of catalogue `version`. */
export function asStoredProfile(value: unknown, id: string, version: string): ManageProfile | null {
  if (!isRecord(value) || value.version !== version) return null;
  const profile = asManageProfile(value.profile);
  return profile?.id === id ? profile : null;
}
