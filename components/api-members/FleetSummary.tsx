export interface FleetSummaryProps {
  summary: { connectionName: string; line: string; finishedAt: string; worse: boolean } | null;
  href: string;
}

/** The popup's line for the last API-member audit: "14 API members: 2 lacking rights, 5 with excess". */
export function FleetSummary({ summary, href }: FleetSummaryProps) {
  if (!summary) return null;
  return (
    <p class="mpc-fleet-summary" data-panel-line="api-members">
      {summary.worse && <strong>A verdict got worse. </strong>}
      {summary.line} ({summary.connectionName}).{' '}
      <a href={href} target="_blank" rel="noreferrer">
        Open the report
      </a>
    </p>
  );
}
