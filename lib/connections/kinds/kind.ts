import type { z } from 'zod';
import type { KnownAccessIds } from '../../regions/lint';
import type { VendorId } from '../../vendor-ids';
import type { LastListingRun } from './records-per-request';

export type FindingSeverity = 'error' | 'warning';

/** A problem with one form field, in words the person can act on. Never echoes a secret. */
export interface FieldFinding {
  field: string;
  severity: FindingSeverity;
  message: string;
}

/** What the page knows beyond the form: read-only access IDs seen on WatchGuard Managed Access. */
export interface LintContext {
  knownAccessIds?: readonly KnownAccessIds[];
  /** The connection's last sync run (a capped or repeated page lints Records Per Request). */
  lastRun?: LastListingRun | null;
}

export interface SecretFieldDef {
  name: string;
  label: string;
  /** Optional secrets (an Automate TOTP secret) may stay empty. */
  required: boolean;
  /** Where the person finds the value. */
  help: string;
  /** A format check on a newly typed value; returns the problem or null. */
  check?: (value: string) => string | null;
}

type FormValues = Readonly<Record<string, unknown>>;

/** A text box for one settings field; its label is the kind's `fieldLabels[name]`. */
interface TextControl {
  control: 'text';
  name: string;
  /** Where the person finds the value; may depend on what the form holds so far. */
  help?: string | ((settings: FormValues) => string);
  placeholder?: string;
  inputMode?: 'numeric';
}

/** The vendor's region (or cloud site) list; picking one may fill the URLs the vendor documents for it. */
interface RegionControl {
  control: 'region';
  name: string;
  options: () => readonly { value: string; label: string }[];
  help?: string;
  fills?: (region: string) => Record<string, unknown>;
}

/** Radio buttons, with a question as the group's legend. */
interface ChoiceControl {
  control: 'choice';
  name: string;
  legend: string;
  options: readonly { value: string; label: string }[];
}

/** The integrations a ConnectWise API member serves (the permission catalogue's profiles). */
interface IntegrationsControl {
  control: 'integrations';
  name: string;
  product: 'manage';
  help: string;
}

export type SettingsControl = (TextControl | RegionControl | ChoiceControl | IntegrationsControl) & {
  /** Shown only while this holds (e.g. the on-premise address for an on-premise server). */
  shownWhen?: (settings: FormValues) => boolean;
};

/** The settings part of the connection form, top to bottom; components/ renders it as listed. */
export interface SettingsForm {
  /** Prefix of the controls' element ids (`wg-authUrl`). */
  idPrefix: string;
  fields: readonly SettingsControl[];
}

/**
 * One vendor's connection as the extension stores and edits it: the non-secret settings (zod),
 * the secret fields (kept only in the vault), vendor-specific checks, the on-premise origin that
 * needs a host permission, and how settings + secrets become the vendor client's config.
 */
export interface ConnectionKind<S extends z.ZodObject = z.ZodObject> {
  vendor: VendorId;
  label: string;
  settingsSchema: S;
  /** Labels of the settings fields, for messages and the form. */
  fieldLabels: Readonly<Record<string, string>>;
  /** The settings fields as the form shows them; names, labels and help live here only. */
  form: SettingsForm;
  secrets: readonly SecretFieldDef[];
  /**
   * Starting values of a new connection's form; `region` is a default from preferences or policy,
   * `integrations` the ones the organization preselects for role audits.
   */
  defaults(region?: string, integrations?: readonly string[]): z.input<S>;
  /** Checks beyond the schema (the region helper's lint), on the raw form values. */
  lint(settings: Record<string, unknown>, context?: LintContext): FieldFinding[];
  /** The origin of a server outside the manifest's hosts, which needs a run-time permission. */
  hostOrigin(settings: z.infer<S>): string | null;
  /**
   * Every origin this connection's secrets are sent to. A saved secret is only ever used with the
   * origins it was saved for: when these change (an import, a paste, an edit), it is dropped.
   */
  credentialOrigins(settings: z.infer<S>): string[];
  /**
   * Origins a vendor server's own answers may lead the client to (an on-premise Manage server's
   * `api-` host): each needs its own host permission before credentials go there.
   */
  derivedOrigins?(settings: z.infer<S>): string[];
  /**
   * The vendor client's connection, for `vendorConnectionSchema` (background only: holds secrets).
   * `grantedOrigins`: those of `derivedOrigins` the user granted.
   */
  toVendorConnection(
    settings: z.infer<S>,
    secrets: Readonly<Record<string, string>>,
    grantedOrigins?: readonly string[],
  ): unknown;
}

export function defineKind<S extends z.ZodObject>(kind: ConnectionKind<S>): ConnectionKind<S> {
  return kind;
}
