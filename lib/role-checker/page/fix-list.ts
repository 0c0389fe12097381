import { escapeMarkdown, reportToCsv, reportToMarkdown } from '../../permissions/export';
import { ACTION_LABELS } from '../../permissions/levels';
import { SOURCES } from '../../permissions/sources';
import type { ManualCheck, RoleAuditReport } from '../../permissions/types';
import { unreadWhy } from '../describe';
import { safeFilePart } from './snapshot';
import type { PageVerdict } from './verdict';

/**
 * "Copy fix list" and "Export CSV": the permission exports of what the page showed. What the page
 * did not show becomes a manual check in the export (a person has to look), and the export says
 * FAIL until nothing is left unread, exactly as the overlay does.
 */

export interface PageContext {
  roleName: string | null;
  /** The page's address without its query (which may carry session data). */
  pageUrl: string;
}

export function exportedReport(verdict: PageVerdict): RoleAuditReport {
  const checks = [...verdict.report.manualChecks, ...pageChecks(verdict)];
  return {
    ...verdict.report,
    pass: verdict.pass,
    manualChecks: checks,
    summary: { ...verdict.report.summary, manual: checks.length },
  };
}

function pageChecks(verdict: PageVerdict): ManualCheck[] {
  const sourceOf = (profiles: readonly string[]) => {
    const profile = verdict.legend.get(profiles[0] ?? verdict.profiles[0] ?? '');
    return profile ? profile.source : SOURCES.manageApiNotes;
  };
  const checks: ManualCheck[] = verdict.unread.map((item) => ({
    id: `page-unread/${item.module}/${item.function}/${item.action}`,
    profiles: [...item.profiles],
    title: `${item.module} › ${item.function} › ${ACTION_LABELS[item.action]} not read on the page`,
    detail: `Needs ${item.required}; not read because ${unreadWhy(item)}.`,
    source: sourceOf(item.profiles),
    inferred: item.inferred,
  }));
  if (verdict.mode === 'least-privilege') {
    for (const module of verdict.collapsedModules) {
      checks.push({
        id: `page-collapsed/${module}`,
        profiles: [...verdict.profiles],
        title: `${module} module collapsed`,
        detail: `Expand it and check that it grants nothing beyond what the integrations need.`,
        source: sourceOf(verdict.profiles),
        inferred: false,
      });
    }
    for (const label of verdict.unknownLabels) {
      if (verdict.unread.some((item) => item.module === label.module && item.function === label.function))
        continue;
      checks.push({
        id: `page-unknown-level/${label.module}/${label.function}/${label.action}`,
        profiles: [...verdict.profiles],
        title: `${label.module} › ${label.function} › ${ACTION_LABELS[label.action]} shows "${label.label}"`,
        detail: 'Not a level we know; check that it grants nothing beyond what the integrations need.',
        source: sourceOf(verdict.profiles),
        inferred: false,
      });
    }
  }
  return checks;
}

export function fixListMarkdown(verdict: PageVerdict, page: PageContext): string {
  const lines = [
    '',
    '## Page',
    '',
    // Both come from the page: the name escaped and on one line, the address as an autolink, so
    // neither can add links, images or headings.
    `- Role: ${page.roleName === null ? 'not shown on the page' : markdownLine(page.roleName)}`,
    `- Page: <${page.pageUrl.replace(/[\s<>]/g, '')}>`,
    '- Read from the page as shown, unsaved changes included.',
  ];
  return `${reportToMarkdown(exportedReport(verdict), (id) => verdict.legend.get(id))}${lines.join('\n')}\n`;
}

function markdownLine(text: string): string {
  return escapeMarkdown(text.replace(/\s+/g, ' ').trim());
}

export function fixListCsv(verdict: PageVerdict): string {
  return reportToCsv(exportedReport(verdict));
}

/** role-audit-API-Integrations-2026-11-23.csv */
export function reportFileName(
  roleName: string | null,
  takenAt: Date,
  extension: 'csv' | 'md' | 'json',
): string {
  return `role-audit-${safeFilePart(roleName ?? 'role')}-${takenAt.toISOString().slice(0, 10)}.${extension}`;
}

/** The address of a page without its query or fragment. */
export function pageAddress(location: Pick<Location, 'origin' | 'pathname'>): string {
  return `${location.origin}${location.pathname}`;
}
