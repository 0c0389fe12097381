import type { Verdict } from './schemas';

/**
 * How bad a verdict is, for "did it get worse": a member nobody tagged is judged no worse than a
 * pass (there is nothing to judge it against); anything that stops the audit is worst.
 * Runs in: anywhere (pure).
 */
const SEVERITY: Record<Verdict, number> = {
  pass: 0,
  untagged: 0,
  excess: 1,
  missing: 2,
  'no-role': 2,
  'role-deleted': 2,
  unreadable: 2,
};

export function isWorse(from: Verdict, to: Verdict): boolean {
  return SEVERITY[to] > SEVERITY[from];
}

export const VERDICT_LABELS: Record<Verdict, string> = {
  pass: 'Passes',
  untagged: 'No integration tagged',
  excess: 'Excess rights',
  missing: 'Lacks rights',
  'no-role': 'No role',
  'role-deleted': 'Role deleted',
  unreadable: 'Role not readable',
};
