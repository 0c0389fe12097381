import type { LintFinding } from '@/lib/regions';

/** The lint messages under one form box; nothing at all when the value is fine. */
export function FieldFindings({ findings }: { findings: readonly LintFinding[] }) {
  if (findings.length === 0) return null;
  return (
    <ul class="mpc-findings" aria-live="polite" data-testid="field-findings">
      {findings.map((finding) => (
        <li
          key={`${finding.code}:${finding.message}`}
          class="mpc-findings__item"
          data-severity={finding.severity}
        >
          <span class="mpc-findings__severity">{finding.severity === 'error' ? 'Fix:' : 'Check:'}</span>{' '}
          {finding.message}
        </li>
      ))}
    </ul>
  );
}
