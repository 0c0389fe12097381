import { ACTION_LABELS } from '../permissions/levels';
import type { Finding, RoleFinding } from '../permissions/types';
import type { RowStatus, RowVerdict, UnreadRequirement } from './page/verdict';

/**
 * A profile's short name by id ("WatchGuard Cloud"): `profileShortName` (integrations.ts) on
 * extension pages, the page catalogue's in the role checker.
 */
export type ProfileNames = (id: string) => string;

/** Words the overlay and badges use for each row status. */
export const STATUS_LABELS: Record<RowStatus, string> = {
  missing: 'Missing',
  excess: 'Excess',
  unread: 'Not read',
  ok: 'OK',
};

export interface RowDescription {
  status: RowStatus;
  /** Short, for the badge: "Missing: Delete → All · WatchGuard Cloud". */
  text: string;
  /** Whole sentence per action, for the badge's tooltip and screen readers. */
  detail: string;
  /** The integrations behind what the row shows. */
  integrations: string[];
}

/**
 * What a badge says about a row: its status, the levels that decide it, and who needs them.
 * A row with a problem names only the actions that fail; an OK row names what is required.
 */
export function describeRow(verdict: RowVerdict, nameOf: ProfileNames): RowDescription {
  const shown =
    verdict.status === 'ok'
      ? verdict.findings.filter((finding) => finding.required !== 'None')
      : verdict.findings.filter((finding) => finding.status === verdict.status);
  const parts =
    verdict.status === 'unread'
      ? verdict.unread.map(unreadPart)
      : shown.map((finding) =>
          // A failing action names the level to set; an OK one the level it needs.
          verdict.status === 'ok'
            ? `${ACTION_LABELS[finding.action]} ${finding.required}`
            : `${ACTION_LABELS[finding.action]} → ${finding.required}`,
        );
  const profiles = unique([
    ...(verdict.status === 'unread' ? verdict.unread : shown).flatMap((item) => item.profiles),
  ]);
  const integrations = profiles.map(nameOf);
  if (verdict.status === 'excess' && integrations.length === 0) integrations.push('least privilege');
  const levels = parts.length > 0 ? parts.join(', ') : 'nothing required';
  const text = `${STATUS_LABELS[verdict.status]}: ${levels}${integrations.length > 0 ? ` · ${integrations.join(', ')}` : ''}`;
  // A right that reveals stored passwords is called out wherever it is required or granted.
  const sensitive = verdict.findings.some((finding) => finding.sensitive);
  const detail = [
    ...(sensitive ? ['Sensitive: this right reveals stored passwords.'] : []),
    ...verdict.findings.map((finding) => findingSentence(finding, nameOf)),
    ...verdict.unread.map(
      (item) => `${ACTION_LABELS[item.action]}: needs ${item.required}, not read (${unreadWhy(item)}).`,
    ),
  ].join(' ');
  return { status: verdict.status, text, detail, integrations };
}

function unreadPart(item: UnreadRequirement): string {
  return item.label
    ? `${ACTION_LABELS[item.action]} "${item.label}"`
    : `${ACTION_LABELS[item.action]} ${item.required}`;
}

export function unreadWhy(item: UnreadRequirement): string {
  switch (item.reason) {
    case 'unknown-level':
      return `the drop-down shows "${item.label ?? ''}", which is not a level we know`;
    case 'module-collapsed':
      return `the ${item.module} module is collapsed`;
    case 'not-on-page':
      return 'the function is not shown on this page';
  }
}

export function findingSentence(finding: RoleFinding, nameOf: ProfileNames): string {
  const who = finding.profiles.length > 0 ? finding.profiles.map(nameOf).join(', ') : null;
  const inferred = finding.inferred ? ' (inferred)' : '';
  const action = ACTION_LABELS[finding.action];
  switch (finding.status) {
    case 'missing':
      return `${action}: needs ${finding.required}, has ${finding.actual}${who ? ` (${who})` : ''}${inferred}.`;
    case 'excess':
      return `${action}: has ${finding.actual}, least privilege is ${finding.required}${who ? ` (${who})` : ''}.`;
    case 'ok':
      return `${action}: ${finding.actual}, needs ${finding.required}${who ? ` (${who})` : ''}${inferred}.`;
  }
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

/** One finding of an API audit, for lists: "Companies › Configurations › Delete: needs All, has None (WatchGuard Cloud)." */
export function findingText(finding: Finding, nameOf: ProfileNames): string {
  if (finding.kind === 'role')
    return `${finding.module} › ${finding.function} › ${findingSentence(finding, nameOf)}`;
  const onOff = (value: boolean) => (value ? 'on' : 'off');
  const who = finding.profiles.length > 0 ? ` (${finding.profiles.map(nameOf).join(', ')})` : '';
  const state =
    finding.status === 'ok'
      ? `${onOff(finding.actual)}, needs ${onOff(finding.required)}`
      : `needs ${onOff(finding.required)}, has ${onOff(finding.actual)}`;
  return `${finding.label}: ${state}${who}${finding.inferred ? ' (inferred)' : ''}.`;
}
