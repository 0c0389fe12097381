import { describeValue, PermissionsInputError } from './errors';
import { AUDIT_MODES, type AuditMode, type Finding, type FindingStatus, type ManualCheck } from './types';

export function readMode(options: unknown): AuditMode {
  if (options === undefined || options === null) return 'minimum';
  if (typeof options !== 'object') {
    throw new PermissionsInputError(
      'not-an-object',
      `Audit options must be an object (got ${describeValue(options)}).`,
      {
        value: describeValue(options),
      },
    );
  }
  const mode = (options as { mode?: unknown }).mode;
  if (mode === undefined) return 'minimum';
  if (!AUDIT_MODES.includes(mode as AuditMode)) {
    throw new PermissionsInputError(
      'unknown-mode',
      `Unknown audit mode ${describeValue(mode)}; expected ${AUDIT_MODES.join(' or ')}.`,
      { field: 'mode', value: describeValue(mode) },
    );
  }
  return mode as AuditMode;
}

/** A fresh copy, so a caller editing a report cannot change the cached catalogue data. */
export function copyCheck(check: ManualCheck): ManualCheck {
  return { ...check, profiles: [...check.profiles] };
}

export function summarise(findings: readonly Finding[], manual: number) {
  const counts: Record<FindingStatus, number> = { ok: 0, missing: 0, excess: 0 };
  for (const finding of findings) counts[finding.status]++;
  return { ...counts, manual };
}
