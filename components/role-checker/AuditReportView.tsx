import type { AuditReport } from '@/lib/permissions';
import { findingText } from '@/lib/role-checker/describe';
import { profileShortName } from '@/lib/role-checker/integrations';

export interface AuditReportViewProps {
  /** What was audited, e.g. "Security role API Integrations". */
  subject: string;
  /** A line under the headline, e.g. whose user settings were read. */
  note?: string | undefined;
  report: AuditReport;
  /** Manual checks ticked so far, by check id. */
  ticks: Record<string, boolean>;
  onTick: (checkId: string, ticked: boolean) => void;
  onCopyMarkdown: () => void;
  onDownloadCsv: () => void;
  onDownloadJson: () => void;
  /** Feedback on the last export ("Copied"). */
  status: string | null;
}

/** An API audit's result: the verdict, what to change, what to check by hand (ticks saved), exports. */
export function AuditReportView(props: AuditReportViewProps) {
  const { report, ticks } = props;
  // Missing rights and excess rights that reveal passwords are what the admin must act on; the
  // rest of the excess (an Admin-copied role has hundreds) is folded so it cannot bury them.
  const problems = report.findings.filter(
    (finding) => finding.status === 'missing' || (finding.status === 'excess' && finding.sensitive),
  );
  const foldedExcess = report.findings.filter((finding) => finding.status === 'excess' && !finding.sensitive);
  const ticked = report.manualChecks.filter((check) => ticks[check.id]).length;
  return (
    <section class="mpc-audit" aria-label="Audit result">
      <h3 class="mpc-audit__headline" data-verdict={report.pass ? 'pass' : 'fail'}>
        {props.subject}: {report.pass ? 'passes' : 'fails'}
      </h3>
      {props.note && <p data-testid="audit-note">{props.note}</p>}
      <p>
        {report.summary.missing} missing · {report.summary.excess} excess · {report.summary.ok} ok ·{' '}
        {report.summary.manual} manual checks ({ticked} ticked) · mode {report.mode}
      </p>
      {problems.length > 0 && (
        <>
          <h4>To change</h4>
          <ul aria-label="To change">
            {problems.map((finding) => (
              <li key={findingText(finding, profileShortName)} data-status={finding.status}>
                {finding.sensitive && <strong>Sensitive: </strong>}
                {findingText(finding, profileShortName)}
                {finding.kind === 'user-class' && finding.ifMissing && (
                  <span class="mpc-audit__consequence" data-testid="if-missing">
                    {' '}
                    {finding.ifMissing}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {foldedExcess.length > 0 && (
        <details class="mpc-audit__excess">
          <summary>
            {foldedExcess.length} more {foldedExcess.length === 1 ? 'right' : 'rights'} beyond what the
            integrations need
          </summary>
          <ul aria-label="Excess rights">
            {foldedExcess.map((finding) => (
              <li key={findingText(finding, profileShortName)} data-status={finding.status}>
                {findingText(finding, profileShortName)}
              </li>
            ))}
          </ul>
        </details>
      )}
      {report.manualChecks.length > 0 && (
        <fieldset class="mpc-audit__checklist">
          <legend>Check by hand (the API cannot show these)</legend>
          {report.manualChecks.map((check) => (
            <label key={check.id} class="mpc-audit__check">
              <input
                type="checkbox"
                checked={ticks[check.id] ?? false}
                onChange={(event) => props.onTick(check.id, event.currentTarget.checked)}
              />
              <span>
                <strong>{check.title}</strong>
                {check.inferred && ' (inferred)'}: {check.detail}{' '}
                {check.source.document.startsWith('https://') && (
                  <a href={check.source.document} target="_blank" rel="noreferrer">
                    ({check.source.vendor})
                  </a>
                )}
              </span>
            </label>
          ))}
        </fieldset>
      )}
      <div class="mpc-audit__actions">
        <button type="button" onClick={props.onCopyMarkdown}>
          Copy as Markdown
        </button>
        <button type="button" onClick={props.onDownloadCsv}>
          Download CSV
        </button>
        <button type="button" onClick={props.onDownloadJson}>
          Download JSON
        </button>
        {props.status && <span role="status">{props.status}</span>}
      </div>
    </section>
  );
}
