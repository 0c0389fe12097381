import type { AutomateScope } from './automate-fields';
import type { Action, Level } from './levels';
import type { CheckEvaluator, CustomizeExpectation } from './schema';
import type { SourceRef } from './sources';

export type AuditMode = 'minimum' | 'least-privilege';
export const AUDIT_MODES: readonly AuditMode[] = ['minimum', 'least-privilege'];

export type FindingStatus = 'missing' | 'excess' | 'ok';

/**
 * One (module, function, action) of a Manage role compared with what the selected profiles need.
 * `profiles` names the integrations behind the verdict: for `missing`, those that need more than
 * the role grants; for `ok`, those that mention this right; for `excess`, those whose source asks
 * for less (it may be empty when only the least-privilege policy itself objects).
 */
export interface RoleFinding {
  kind: 'role';
  module: string;
  function: string;
  action: Action;
  required: Level;
  actual: Level;
  status: FindingStatus;
  profiles: string[];
  /** True when every requirement behind this verdict is our inference, not the vendor's table. */
  inferred: boolean;
  /** Set when the right reveals secrets (stored passwords) and is granted or required here. */
  sensitive?: true;
}

/** One Automate permission (an API boolean) compared with what the selected profiles need. */
export interface UserClassFinding {
  kind: 'user-class';
  scope: AutomateScope;
  /** The API field, e.g. "ClientRead" (user class), "CommandPrompt" (computer), "IsIntegrator" (user). */
  permission: string;
  /** How the source or the Automate UI names it, e.g. "Clients: Read". */
  label: string;
  required: boolean;
  actual: boolean;
  status: FindingStatus;
  profiles: string[];
  inferred: boolean;
  /** Set when the permission reveals secrets (Show/Hide Passwords) and is granted or required. */
  sensitive?: true;
  /** For a missing one: what the source says happens without it. */
  ifMissing?: string;
}

export type Finding = RoleFinding | UserClassFinding;

/** Something an integration needs that the audited API data cannot show; a person confirms it. */
export interface ManualCheck {
  id: string;
  profiles: string[];
  title: string;
  detail: string;
  source: SourceRef;
  inferred: boolean;
  /** A function of this module that can settle the check once the caller has the data. */
  evaluator?: CheckEvaluator;
  /** The Customize list it is about: the role checker settles it from the open dialog. */
  customize?: CustomizeExpectation;
}

export interface AuditSummary {
  ok: number;
  missing: number;
  excess: number;
  manual: number;
}

/**
 * The result of an audit. `pass` covers what the API data shows (no missing right, and no excess
 * one in least-privilege mode); `manualChecks` lists what it cannot show and is never implied
 * to be satisfied.
 */
export interface AuditReport<F extends Finding = Finding> {
  product: 'manage' | 'automate';
  mode: AuditMode;
  catalogueVersion: string;
  profiles: string[];
  pass: boolean;
  summary: AuditSummary;
  findings: F[];
  manualChecks: ManualCheck[];
}

export type RoleAuditReport = AuditReport<RoleFinding>;
export type UserClassAuditReport = AuditReport<UserClassFinding>;

/** The level a required role grants to one action, and the profiles that need that level. */
export interface RequiredLevel {
  level: Level;
  profiles: string[];
  inferred: boolean;
}

export interface RequiredFunction {
  module: string;
  function: string;
  levels: Record<Action, RequiredLevel>;
  /** Set when the function reveals secrets (Configuration - Display Passwords). */
  sensitive?: true;
}

/**
 * The least-privilege Manage role that satisfies every selected profile at once: each listed
 * function at the highest level any of them needs, every function not listed at None.
 */
export interface RequiredRole {
  product: 'manage';
  catalogueVersion: string;
  profiles: string[];
  /** Optional features switched on, as "<profile id>/<feature id>". */
  features: string[];
  functions: RequiredFunction[];
  manualChecks: ManualCheck[];
}

/** The outcome of a readiness check evaluated from API data (see checks.ts). */
export interface CheckResult {
  /** Matches the id of the catalogue's manual check it settles. */
  id: string;
  title: string;
  status: 'pass' | 'fail' | 'unknown';
  detail: string;
  source: SourceRef;
}
