import type { PageVerdict } from '@/lib/role-checker/page/verdict';

export interface VerdictSummaryProps {
  verdict: PageVerdict;
}

function headline(verdict: PageVerdict): string {
  const { counts } = verdict;
  if (verdict.pass) return 'Passes: the role has what the integrations need.';
  if (counts.missing > 0 || counts.excess > 0 || counts.customizeFailed > 0) {
    const parts = [
      counts.missing > 0 ? `${counts.missing} missing` : '',
      counts.excess > 0 ? `${counts.excess} excess` : '',
      counts.customizeFailed > 0 ? `${counts.customizeFailed} Customize list wrong` : '',
    ].filter(Boolean);
    return `Fails: ${parts.join(', ')}.`;
  }
  return 'Incomplete: part of the role could not be read.';
}

const COUNTS: { key: 'missing' | 'excess' | 'ok' | 'unread' | 'manual'; label: string }[] = [
  { key: 'missing', label: 'Missing' },
  { key: 'excess', label: 'Excess' },
  { key: 'ok', label: 'OK' },
  { key: 'unread', label: 'Not read' },
  { key: 'manual', label: 'Manual checks' },
];

/** A manual check the open Customize dialog settled, in the tag next to it. */
const SETTLED_LABELS = {
  pass: 'Customize dialog: OK',
  fail: 'Customize dialog: wrong side',
  unknown: 'Customize dialog: not found',
} as const;

/** The verdict in numbers, what keeps it from being complete, and what a person must check. */
export function VerdictSummary({ verdict }: VerdictSummaryProps) {
  const { counts } = verdict;
  const state = verdict.pass
    ? 'pass'
    : counts.missing + counts.excess + counts.customizeFailed > 0
      ? 'fail'
      : 'incomplete';
  const settled = new Map(verdict.settled.map((result) => [result.id, result]));
  return (
    <div class="mpc-rc__summary">
      <p class="mpc-rc__headline" role="status" data-verdict={state}>
        {headline(verdict)}
      </p>
      <ul class="mpc-rc__counts">
        {COUNTS.map(({ key, label }) => (
          <li key={key} class="mpc-rc__count" data-count={key}>
            <span class="mpc-rc__count-value">{counts[key]}</span> {label}
          </li>
        ))}
      </ul>
      {counts.inferred > 0 && (
        <p class="mpc-rc__muted">
          {counts.inferred} of these rest on our reading of a vendor document, not a published table (marked
          "inferred").
        </p>
      )}
      {verdict.collapsedModules.length > 0 && (
        <p class="mpc-rc__note">
          Collapsed: {verdict.collapsedModules.join(', ')}. Expand{' '}
          {verdict.collapsedModules.length === 1 ? 'it' : 'them'} to read{' '}
          {verdict.collapsedModules.length === 1 ? 'its' : 'their'} rows.
        </p>
      )}
      {verdict.unknownLabels.length > 0 && (
        <p class="mpc-rc__note">
          {verdict.unknownLabels.length} drop-down{verdict.unknownLabels.length === 1 ? ' shows' : 's show'} a
          level we do not know (
          {[...new Set(verdict.unknownLabels.map((item) => `"${item.label}"`))].join(', ')}
          ): not judged.
        </p>
      )}
      {verdict.report.manualChecks.length > 0 && (
        <details class="mpc-rc__details" open={verdict.settled.length > 0}>
          <summary>Manual checks ({verdict.report.manualChecks.length})</summary>
          <ul class="mpc-rc__list">
            {verdict.report.manualChecks.map((check) => {
              const result = settled.get(check.id);
              return (
                <li key={check.id} title={result?.detail ?? check.detail} data-check={check.id}>
                  {check.title}
                  {check.inferred && <span class="mpc-rc__tag">inferred</span>}
                  {result && (
                    <>
                      {' '}
                      <span class="mpc-rc__tag" data-settled={result.status}>
                        {SETTLED_LABELS[result.status]}
                      </span>
                      <span class="mpc-rc__muted"> {result.detail}</span>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </details>
      )}
    </div>
  );
}
