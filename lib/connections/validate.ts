/**
 * Field-by-field validation of a connection form: the vendor's zod schema, the region helper's
 * lint, and the secret fields. The options page runs it on every keystroke; the background runs
 * the same function before saving, so a page cannot skip it.
 */
import type { KnownAccessIds } from '../regions/lint';
import type { VendorId } from '../vendor-ids';
import { kindOf, sameCredentialOrigins } from './kinds';
import { connectionNameSchema } from './kinds/fields';
import type { FieldFinding } from './kinds/kind';
import type { LastListingRun } from './kinds/records-per-request';

export interface ConnectionFormInput {
  vendor: VendorId;
  name: string;
  settings: Record<string, unknown>;
  /** Newly typed secrets; empty = keep the saved one. */
  secrets: Readonly<Record<string, string | undefined>>;
  /** Secret fields already in the vault for this connection. */
  savedSecrets: ReadonlySet<string>;
  /**
   * The saved settings those secrets belong to. When the form sends them to other origins, the
   * saved secrets no longer count: they must be typed again (see `sameCredentialOrigins`).
   */
  savedSettings?: Record<string, unknown>;
  /** Read-only access IDs remembered from WatchGuard Managed Access pages. */
  knownAccessIds?: readonly KnownAccessIds[];
  /** The saved connection's last sync run, for lints that need the server's evidence. */
  lastRun?: LastListingRun | null;
}

export interface FormValidation {
  /** Field → messages; any error keeps Save disabled. */
  errors: Record<string, string[]>;
  warnings: Record<string, string[]>;
  valid: boolean;
}

export function validateConnectionForm(input: ConnectionFormInput): FormValidation {
  const kind = kindOf(input.vendor);
  const findings: FieldFinding[] = [];

  const name = connectionNameSchema.safeParse(input.name);
  if (!name.success) findings.push(...issuesAsFindings(name.error.issues, 'name'));

  // The lint's messages are the specific ones ("this is the API URL, paste …"): when it has an
  // error for a field, the schema's generic message for that field is left out.
  const lint = kind.lint(input.settings, {
    ...(input.knownAccessIds ? { knownAccessIds: input.knownAccessIds } : {}),
    ...(input.lastRun ? { lastRun: input.lastRun } : {}),
  });
  const lintErrorFields = new Set(lint.filter((f) => f.severity === 'error').map((f) => f.field));
  findings.push(...lint);
  const settings = kind.settingsSchema.safeParse(input.settings);
  if (!settings.success) {
    findings.push(
      ...issuesAsFindings(settings.error.issues).filter((finding) => !lintErrorFields.has(finding.field)),
    );
  }

  const repointed = savedSecretsRepointed(input);
  for (const secret of kind.secrets) {
    const value = input.secrets[secret.name] ?? '';
    if (value === '') {
      if (secret.required && repointed && input.savedSecrets.has(secret.name)) {
        findings.push({
          field: secret.name,
          severity: 'error',
          message: `The server address changed: enter the ${secret.label} again (a saved secret is only sent to the address it was saved for).`,
        });
      } else if (secret.required && !input.savedSecrets.has(secret.name)) {
        findings.push({ field: secret.name, severity: 'error', message: `The ${secret.label} is empty.` });
      }
      continue;
    }
    const problem = secret.check?.(value);
    if (problem) findings.push({ field: secret.name, severity: 'error', message: problem });
    if (value.trim() !== value) {
      findings.push({
        field: secret.name,
        severity: 'warning',
        message: `The ${secret.label} starts or ends with a space or line break: remove it unless it is really part of it.`,
      });
    }
  }

  const errors: Record<string, string[]> = {};
  const warnings: Record<string, string[]> = {};
  for (const finding of findings) {
    const bucket = finding.severity === 'error' ? errors : warnings;
    const list = bucket[finding.field] ?? [];
    if (!list.includes(finding.message)) bucket[finding.field] = [...list, finding.message];
  }
  return { errors, warnings, valid: Object.keys(errors).length === 0 };
}

/** True when the form would send the saved secrets somewhere other than where they were saved for. */
export function savedSecretsRepointed(
  input: Pick<ConnectionFormInput, 'vendor' | 'settings' | 'savedSettings'>,
): boolean {
  return (
    Boolean(input.savedSettings) &&
    !sameCredentialOrigins(input.vendor, input.savedSettings ?? {}, input.settings)
  );
}

function issuesAsFindings(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  field?: string,
): FieldFinding[] {
  return issues.map((issue) => ({
    field: field ?? String(issue.path[0] ?? 'form'),
    severity: 'error' as const,
    message: issue.message,
  }));
}

/** One line for an error toast or a thrown CommandError: the first problem of each field. */
export function summariseErrors(
  validation: FormValidation,
  labels: Readonly<Record<string, string>>,
): string {
  return Object.entries(validation.errors)
    .map(([field, messages]) => `${labels[field] ?? field}: ${messages[0]}`)
    .join(' ');
}
