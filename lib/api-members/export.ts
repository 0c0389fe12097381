import { toCsv } from '../mapping/csv';
import { escapeMarkdown } from '../permissions/export';
import type { Drift, FleetRun, MemberResult } from './schemas';
import { fleetSummaryLine } from './summary';
import { VERDICT_LABELS } from './verdict';

/**
 * The fleet report as CSV (one row per member; cells formula-safe through lib/mapping/csv.ts, as
 * member names come from the server), Markdown and JSON. Fixed order and keys, so two exports diff
 * cleanly. A member's own findings export from its drill-down (lib/permissions/export.ts).
 * Runs in: anywhere (pure).
 */

const COLUMNS = [
  'member',
  'name',
  'role',
  'integrations',
  'verdict',
  'missing',
  'excess',
  'manual',
  'admin role',
  'sensitive excess',
  'shares role with',
  'inactive',
  'note',
] as const;

function cells(member: MemberResult): string[] {
  return [
    member.identifier,
    member.name ?? '',
    member.roleName ?? (member.roleId === null ? '' : `#${member.roleId}`),
    member.tags.join(';'),
    member.verdict,
    String(member.counts.missing),
    String(member.counts.excess),
    String(member.counts.manual),
    member.adminRole ? 'yes' : 'no',
    member.sensitiveExcess.join(';'),
    member.sharesRoleWith.join(';'),
    member.inactive === null ? 'unknown' : member.inactive ? 'yes' : 'no',
    member.message ?? '',
  ];
}

export function fleetToCsv(run: FleetRun): string {
  return toCsv([[...COLUMNS], ...run.members.map(cells)]);
}

export function fleetToJson(run: FleetRun, drift: Drift | null): string {
  const { reports: _reports, ...rest } = run;
  return `${JSON.stringify({ format: 'msp-portal-companion.fleet-audit', version: 1, run: rest, drift }, null, 2)}\n`;
}

export function fleetToMarkdown(run: FleetRun, drift: Drift | null): string {
  const md = escapeMarkdown;
  const lines = [
    `# ConnectWise Manage API members: ${md(fleetSummaryLine(run))}`,
    '',
    `- Audited: ${run.finishedAt} (least privilege)`,
    `- Catalogue: ${run.catalogueVersion}`,
    '',
    '| Member | Role | Integrations | Verdict | Missing | Excess | Manual |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...run.members.map((member) => {
      const flags = [
        member.adminRole ? 'Admin role' : '',
        member.sharesRoleWith.length ? `shares role with ${member.sharesRoleWith.join(', ')}` : '',
        member.sensitiveExcess.length ? `sensitive: ${member.sensitiveExcess.join(', ')}` : '',
      ].filter(Boolean);
      return `| ${md(member.identifier)} | ${md(member.roleName ?? '—')} | ${member.tags.join(', ') || '—'} | ${VERDICT_LABELS[member.verdict]}${flags.length ? ` (${md(flags.join('; '))})` : ''} | ${member.counts.missing} | ${member.counts.excess} | ${member.counts.manual} |`;
    }),
  ];
  if (drift) {
    lines.push('', `## Changes since ${drift.since}`, '');
    const items = driftLines(drift).map((line) => `- ${md(line)}`);
    lines.push(...(items.length ? items : ['_None._']));
  }
  return `${lines.join('\n')}\n`;
}

/** Each change as a sentence (the report's drift list and the Markdown export say the same). */
export function driftLines(drift: Drift): string[] {
  return [
    ...drift.newMembers.map((member) => `New API member ${member}.`),
    ...drift.goneMembers.map((member) => `API member ${member} is no longer listed.`),
    ...drift.roleChanged.map((change) => `${change.member} moved from role ${change.from} to ${change.to}.`),
    ...drift.rightsChanged.flatMap((change) => [
      ...change.added.map((right) => `Role ${change.role} gained ${right}.`),
      ...change.removed.map((right) => `Role ${change.role} lost ${right}.`),
    ]),
    ...drift.verdictChanged.map(
      (change) =>
        `${change.member}: ${VERDICT_LABELS[change.from]} → ${VERDICT_LABELS[change.to]} (${CAUSES[change.cause]}).`,
    ),
  ];
}

const CAUSES: Record<Drift['verdictChanged'][number]['cause'], string> = {
  role: 'its role’s rights changed',
  'role-changed': 'it moved to another role',
  tags: 'its integrations changed',
  catalogue: 'the catalogue changed',
  server: 'the server answered differently',
};
