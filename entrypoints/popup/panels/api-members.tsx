import { useEffect, useState } from 'preact/hooks';
import { FleetSummary, type FleetSummaryProps } from '@/components/api-members/FleetSummary';
import { callBackground } from '@/lib/extension/messaging';
import { commands } from '@/lib/messaging';

/** The last API-member audit's one line, linking to its report (nothing before the first audit). */
export function ApiMembersPanel() {
  const [summary, setSummary] = useState<FleetSummaryProps['summary']>(null);
  useEffect(() => {
    void callBackground(commands.fleetAuditSummary, {}).then((answer) => {
      if (answer.ok) setSummary(answer.data.summary);
    });
  }, []);
  return <FleetSummary summary={summary} href="options.html#api-members" />;
}
