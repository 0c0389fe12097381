import type { RoleFinding } from '@/lib/permissions';
import { findingText } from '@/lib/role-checker/describe';
import { profileShortName } from '@/lib/role-checker/integrations';
import type { MemberAudit } from '@/lib/role-checker/report-schema';

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/**
 * The API member's own rights after a passed ConnectWise Manage test: what it lacks (a sync
 * would meet a 403), what it holds beyond the integrations' needs, and what the API cannot show.
 */
export function MemberAuditView({ audit }: { audit: MemberAudit }) {
  if (audit.state === 'no-integrations') {
    return (
      <p class="mpc-member-audit mpc-muted" data-testid="member-audit">
        Choose the integrations this API member serves (Edit) to have its rights checked after each test.
      </p>
    );
  }
  if (audit.state === 'failed') {
    return (
      <p class="mpc-member-audit mpc-status--error" role="alert" data-testid="member-audit">
        The API member’s rights could not be checked: {audit.message}
      </p>
    );
  }
  const { report } = audit;
  const findings = report.findings as RoleFinding[];
  const missing = findings.filter((finding) => finding.status === 'missing');
  const excess = findings.filter((finding) => finding.status === 'excess');
  const verdict = missing.length > 0 ? 'fail' : excess.length > 0 ? 'warn' : 'pass';
  const headline =
    verdict === 'fail'
      ? `The API member lacks ${plural(missing.length, 'right')} the integrations need: their calls would fail with 403.`
      : verdict === 'warn'
        ? `The API member has every right the integrations need, and ${plural(excess.length, 'right')} more than they need.`
        : 'The API member has exactly the rights the integrations need.';
  return (
    <section class="mpc-member-audit" aria-label="API member rights" data-testid="member-audit">
      <p class="mpc-member-audit__headline" data-verdict={verdict}>
        {headline}
      </p>
      <p class="mpc-muted">
        Checked against {report.profiles.map(profileShortName).join(', ')} (least privilege).
      </p>
      {missing.length > 0 && (
        <ul aria-label="Rights to grant">
          {missing.map((finding) => (
            <li key={findingText(finding, profileShortName)}>{findingText(finding, profileShortName)}</li>
          ))}
        </ul>
      )}
      {excess.length > 0 && (
        <details>
          <summary>{plural(excess.length, 'right')} beyond what the integrations need</summary>
          <ul aria-label="Rights beyond the need">
            {excess.map((finding) => (
              <li key={findingText(finding, profileShortName)}>{findingText(finding, profileShortName)}</li>
            ))}
          </ul>
        </details>
      )}
      {report.manualChecks.length > 0 && (
        <details>
          <summary>{plural(report.manualChecks.length, 'check')} the API cannot show</summary>
          <ul>
            {report.manualChecks.map((check) => (
              <li key={check.id}>
                <strong>{check.title}</strong>: {check.detail}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
