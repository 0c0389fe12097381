import type { FleetRun } from './schemas';

/**
 * The one line the popup shows for a run: "14 API members: 2 lacking rights, 5 with excess".
 * Runs in: anywhere (pure).
 */
export function fleetSummaryLine(run: Pick<FleetRun, 'members'>): string {
  const count = (test: (verdict: FleetRun['members'][number]['verdict']) => boolean) =>
    run.members.filter((member) => test(member.verdict)).length;
  const lacking = count((verdict) => verdict === 'missing');
  const excess = count((verdict) => verdict === 'excess');
  const unreadable = count(
    (verdict) => verdict === 'unreadable' || verdict === 'role-deleted' || verdict === 'no-role',
  );
  const untagged = count((verdict) => verdict === 'untagged');
  const total = run.members.length;
  const parts = [
    `${lacking} lacking rights`,
    `${excess} with excess`,
    ...(unreadable ? [`${unreadable} not audited`] : []),
    ...(untagged ? [`${untagged} untagged`] : []),
  ];
  return `${total} API member${total === 1 ? '' : 's'}: ${parts.join(', ')}`;
}
