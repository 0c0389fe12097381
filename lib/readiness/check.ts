import type { SourceRef } from '../permissions/sources';
import type { ReadinessCheckInfo, ReadinessResult, ReadinessStatus, ReadinessValues } from './schemas';

/**
 * One readiness check: what it is, where its rule comes from, which inputs it needs, and a pure
 * `evaluate` over the data its group fetched. Runs in: any context (no I/O here; the background
 * fetches, see background/group.ts), so each check is unit-tested on plain data.
 */
export interface ReadinessCheck<Data> {
  id: string;
  title: string;
  source: SourceRef;
  /** True when the rule is our reading: the document does not name the field that settles it. */
  inferred?: boolean;
  /** Input ids it cannot run without; missing ones make it `unknown` without evaluating. */
  needs?: readonly string[];
  evaluate(data: Data, values: ReadinessValues): Verdict;
}

/** What `evaluate` returns; the runner adds id, title, source and `inferred`. */
export interface Verdict {
  status: ReadinessStatus;
  detail: string;
  evidence?: string[];
  nextStep?: string;
}

/**
 * A piece of live data, or why it could not be read. Groups fetch each piece separately so one
 * refusal (a 403 on the board's teams) leaves the other checks standing.
 */
export type Fetched<T> = { ok: true; value: T } | { ok: false; message: string; nextStep?: string };

/** The `unknown` verdict for a piece that could not be read: never a pass, never a fail. */
export function unreadable(failure: Extract<Fetched<unknown>, { ok: false }>, what: string): Verdict {
  return {
    status: 'unknown',
    detail: `${what} could not be read: ${failure.message}`,
    ...(failure.nextStep ? { nextStep: failure.nextStep } : {}),
  };
}

export function checkInfo(check: ReadinessCheck<never>): ReadinessCheckInfo {
  return {
    id: check.id,
    title: check.title,
    source: check.source,
    ...(check.inferred ? { inferred: true } : {}),
    needs: [...(check.needs ?? [])],
  };
}

/** True when the input has a value (a non-blank string, or a non-empty list). */
export function hasValue(values: ReadinessValues, id: string): boolean {
  const value = values[id];
  return Array.isArray(value) ? value.length > 0 : typeof value === 'string' && value.trim() !== '';
}

export function singleValue(values: ReadinessValues, id: string): string {
  const value = values[id];
  return typeof value === 'string' ? value.trim() : '';
}

export function listValue(values: ReadinessValues, id: string): string[] {
  const value = values[id];
  if (Array.isArray(value)) return value;
  return typeof value === 'string' && value.trim() !== '' ? [value.trim()] : [];
}

/**
 * Evaluates one check: `unknown` when a needed input is missing or `evaluate` throws (a shape the
 * check did not expect must not read as a pass).
 */
export function runCheck<Data>(
  check: ReadinessCheck<Data>,
  data: Data,
  values: ReadinessValues,
  inputLabel: (id: string) => string = (id) => id,
): ReadinessResult {
  const missing = (check.needs ?? []).filter((id) => !hasValue(values, id));
  let verdict: Verdict;
  if (missing.length > 0) {
    verdict = {
      status: 'unknown',
      detail: `Not checked: choose ${missing.map(inputLabel).join(' and ')} first.`,
    };
  } else {
    try {
      verdict = check.evaluate(data, values);
    } catch (error) {
      verdict = {
        status: 'unknown',
        detail: `The data read could not be checked (${error instanceof Error ? error.message : 'unexpected value'}).`,
      };
    }
  }
  return {
    id: check.id,
    title: check.title,
    source: check.source,
    ...(check.inferred ? { inferred: true } : {}),
    ...verdict,
  };
}
