import type { MaskedConnection } from '../../connections/schemas';
import { CommandError } from '../../messaging/errors';
import type { SourceRef } from '../../permissions/sources';
import type { VendorId } from '../../vendor-ids';
import type { VendorConnection } from '../../vendors';
import { isVendorError, type VendorClientOptions } from '../../vendors/http';
import type { Fetched, ReadinessCheck } from '../check';
import type { ReadinessChoicesOutcome, ReadinessInput, ReadinessValues } from '../schemas';

/**
 * Runs in: the background. A readiness group as the background holds it: the checks (pure,
 * lib/readiness/<vendor>/…) plus how to read the live data they evaluate. A vendor adds its
 * checks with one file exporting `defineReadinessGroup({...})` and one line in registry.ts.
 */
export interface ReadinessContext {
  /** The connection's settings and secret states (no secret values). */
  connection: MaskedConnection;
  /** The connection with its secrets, for a vendor client. Throws when the vault is locked. */
  resolve(): Promise<VendorConnection>;
  /** Vendor ids of this connection's entities of `kind` that have a mapping (lib/mapping). */
  mappedVendorIds(kind: 'account' | 'company' | 'client' | 'site'): Promise<string[]>;
  signal: AbortSignal;
  /** Options for vendor clients: empty in the extension; tests reach http simulators with it. */
  clientOptions: Omit<VendorClientOptions, 'tokenCaches'>;
}

export interface ReadinessGroup<Data = unknown> {
  id: string;
  title: string;
  source: SourceRef;
  kinds: readonly VendorId[];
  /** Narrows a kind: e.g. only Manage connections whose integrations include ThreatLocker. */
  appliesTo?(connection: MaskedConnection): boolean;
  inputs: readonly ReadinessInput[];
  checks: readonly ReadinessCheck<Data>[];
  /** The lists of the `choice` inputs (may depend on values given so far). */
  choices?(ctx: ReadinessContext, values: ReadinessValues): Promise<Record<string, ReadinessChoicesOutcome>>;
  /** Reads what the checks evaluate; a piece that fails is a `Fetched` failure, not a throw. */
  gather(ctx: ReadinessContext, values: ReadinessValues): Promise<Data>;
}

/** Erases a group's data type for the registry (its checks and gather agree on it). */
export function defineReadinessGroup<Data>(group: ReadinessGroup<Data>): ReadinessGroup {
  return group as unknown as ReadinessGroup;
}

/** Reads one piece of data; a vendor failure becomes its message and next step. */
export async function fetched<T>(read: () => Promise<T>): Promise<Fetched<T>> {
  try {
    return { ok: true, value: await read() };
  } catch (error) {
    return failureOf(error);
  }
}

export function failureOf(error: unknown): Extract<Fetched<never>, { ok: false }> {
  if (isVendorError(error)) {
    return { ok: false, message: error.message, ...(error.nextStep ? { nextStep: error.nextStep } : {}) };
  }
  if (error instanceof CommandError) return { ok: false, message: error.message };
  // An unexpected error's text may carry a URL or header: say its kind only.
  return { ok: false, message: `unexpected ${error instanceof Error ? error.name : typeof error}` };
}

export function choicesFrom<T>(
  read: Fetched<T[]>,
  toChoice: (item: T) => { value: string; label: string },
): ReadinessChoicesOutcome {
  return read.ok
    ? { ok: true, choices: read.value.map(toChoice) }
    : { ok: false, message: read.message, ...(read.nextStep ? { nextStep: read.nextStep } : {}) };
}
