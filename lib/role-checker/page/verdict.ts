import { auditRoleProfiles } from '../../permissions/audit-profiles';
import type { Action, Level } from '../../permissions/levels';
import { functionKey } from '../../permissions/normalise';
import type { ManageProfile, Profile } from '../../permissions/schema';
import type { AuditMode, CheckResult, RoleAuditReport, RoleFinding } from '../../permissions/types';
import { settleCustomizeCheck } from '../customize-settle';
import type { CustomizeReading } from './customize-dialog';
import type { ModuleSection, PageRow, ReadingProblem } from './page-adapter';

/**
 * Turns what the page adapter read into a verdict the overlay can show. `auditRole` counts a
 * function it is not given as None; on a page that would be a verdict nobody read (a collapsed
 * module, a label we do not know), so every finding the page did not show is moved out of the
 * report into `unread`, and the page passes only when nothing the verdict depends on is unread.
 */

export type UnreadReason = 'module-collapsed' | 'not-on-page' | 'unknown-level';

/** A requirement whose level the page did not let us read. */
export interface UnreadRequirement {
  module: string;
  function: string;
  action: Action;
  required: Level;
  profiles: string[];
  inferred: boolean;
  reason: UnreadReason;
  /** For `unknown-level`: the label the drop-down shows. */
  label?: string;
}

export type RowStatus = 'missing' | 'excess' | 'unread' | 'ok';

/** What the overlay says about one row of the page (one module function). */
export interface RowVerdict {
  key: string;
  status: RowStatus;
  findings: RoleFinding[];
  unread: UnreadRequirement[];
}

export interface VerdictCounts {
  missing: number;
  excess: number;
  ok: number;
  unread: number;
  /** Manual checks still for a person to confirm (those a Customize dialog settled are not). */
  manual: number;
  /** Settled Customize checks that fail. */
  customizeFailed: number;
  /** Findings (of any status) and manual checks that rest on our inference, not a vendor table. */
  inferred: number;
}

/** What the report's legend and its page checks cite for a profile. */
export type ProfileLegend = Pick<Profile, 'title' | 'strictnessNote' | 'source'>;

/**
 * The profiles a page is judged against: the role checker's page catalogue (page-catalogue.ts)
 * in the page, the catalogue itself in tests and benchmarks.
 */
export interface AuditProfiles {
  /** The catalogue's version, written into the report. */
  readonly version: string;
  /** The profiles of `ids`, resolved as `resolveProfiles` does; throws a PermissionsInputError. */
  resolve(ids: readonly string[]): ManageProfile[];
}

export interface PageVerdict {
  mode: AuditMode;
  profiles: string[];
  /** The audited profiles' legend, by id: the exports cite it. */
  legend: ReadonlyMap<string, ProfileLegend>;
  /** The audit of what the page showed: the report the exports render. */
  report: RoleAuditReport;
  /** Rows the verdict mentions, by row key, in page order. */
  rows: Map<string, RowVerdict>;
  unread: UnreadRequirement[];
  /** Modules the page shows collapsed: their rows were not read. */
  collapsedModules: string[];
  /** Level labels the adapter did not recognise, anywhere on the page. */
  unknownLabels: Extract<ReadingProblem, { kind: 'unknown-level' }>[];
  /** Nothing the verdict depends on was left unread. */
  complete: boolean;
  /** Passes on what the page shows and nothing was left unread. */
  pass: boolean;
  /** Manual checks settled from a Customize dialog the admin opened, in report order. */
  settled: CheckResult[];
  counts: VerdictCounts;
}

export interface PageContent {
  rows: readonly PageRow[];
  modules: readonly ModuleSection[];
  problems: readonly ReadingProblem[];
  /** What each function's Customize dialog last showed, by function key. */
  customize?: ReadonlyMap<string, CustomizeReading>;
}

const ROW_STATUS_ORDER: RowStatus[] = ['missing', 'excess', 'unread', 'ok'];

export function judgePage(
  page: PageContent,
  profileIds: readonly string[],
  mode: AuditMode,
  features: readonly string[],
  catalogue: AuditProfiles,
): PageVerdict {
  const profiles = catalogue.resolve(profileIds);
  const rowsByKey = new Map(page.rows.map((row) => [row.key, row]));
  // Unknown labels are audited as None and their findings then moved to `unread`, so every
  // level the page did show still gets its verdict.
  const settings = page.rows.map((row) => ({
    moduleName: row.module,
    moduleFunctionName: row.function,
    addLevel: row.cells.add.level ?? 'None',
    editLevel: row.cells.edit.level ?? 'None',
    deleteLevel: row.cells.delete.level ?? 'None',
    inquireLevel: row.cells.inquire.level ?? 'None',
  }));
  const audit = auditRoleProfiles(settings, profiles, catalogue.version, { mode, features });
  const collapsed = new Set(
    page.modules.filter((module) => module.expanded === false).map((module) => module.name),
  );

  const kept: RoleFinding[] = [];
  const unread: UnreadRequirement[] = [];
  const rowVerdicts = new Map<string, RowVerdict>();
  for (const finding of audit.findings) {
    const key = functionKey(finding.module, finding.function);
    const row = rowsByKey.get(key);
    const reason = unreadReason(finding, row, collapsed, mode);
    if (reason) {
      const item: UnreadRequirement = {
        module: finding.module,
        function: finding.function,
        action: finding.action,
        required: finding.required,
        profiles: finding.profiles,
        inferred: finding.inferred,
        reason,
        ...(reason === 'unknown-level' && row ? { label: row.cells[finding.action].label } : {}),
      };
      unread.push(item);
      if (row) verdictFor(rowVerdicts, row.key).unread.push(item);
      continue;
    }
    kept.push(finding);
    if (row) verdictFor(rowVerdicts, row.key).findings.push(finding);
  }

  for (const verdict of rowVerdicts.values()) verdict.status = rowStatus(verdict);
  const ordered = new Map(
    page.rows.flatMap((row) => {
      const verdict = rowVerdicts.get(row.key);
      return verdict ? [[row.key, verdict] as const] : [];
    }),
  );

  const unknownLabels = page.problems.filter(
    (problem): problem is Extract<ReadingProblem, { kind: 'unknown-level' }> =>
      problem.kind === 'unknown-level',
  );
  const summary = {
    ok: kept.filter((finding) => finding.status === 'ok').length,
    missing: kept.filter((finding) => finding.status === 'missing').length,
    excess: kept.filter((finding) => finding.status === 'excess').length,
    manual: audit.manualChecks.length,
  };
  const report: RoleAuditReport = {
    ...audit,
    findings: kept,
    summary,
    pass: summary.missing === 0 && summary.excess === 0,
  };
  const settled = audit.manualChecks.flatMap((check) => {
    const reading = check.customize
      ? page.customize?.get(functionKey(check.customize.module, check.customize.function))
      : undefined;
    return reading ? [settleCustomizeCheck(check, reading)] : [];
  });
  const customizeFailed = settled.filter((result) => result.status === 'fail').length;
  // In least-privilege mode every right on the page matters, so a collapsed module or an
  // unreadable label anywhere can hide an excess one.
  const complete =
    unread.length === 0 && (mode === 'minimum' || (collapsed.size === 0 && unknownLabels.length === 0));
  return {
    mode,
    profiles: report.profiles,
    legend: new Map(
      profiles.map(({ id, title, strictnessNote, source }) => [id, { title, strictnessNote, source }]),
    ),
    report,
    rows: ordered,
    unread,
    collapsedModules: [...collapsed],
    unknownLabels,
    complete,
    pass: report.pass && complete && customizeFailed === 0,
    settled,
    counts: {
      ...summary,
      manual: summary.manual - settled.length,
      customizeFailed,
      unread: unread.length,
      inferred:
        kept.filter((finding) => finding.inferred).length +
        audit.manualChecks.filter((check) => check.inferred).length,
    },
  };
}

function unreadReason(
  finding: RoleFinding,
  row: PageRow | undefined,
  collapsed: ReadonlySet<string>,
  mode: AuditMode,
): UnreadReason | undefined {
  if (row) return row.cells[finding.action].level === undefined ? 'unknown-level' : undefined;
  // A right required at None is met whatever the role grants, unless excess counts.
  if (mode === 'minimum' && finding.required === 'None') return undefined;
  return collapsed.has(finding.module) ? 'module-collapsed' : 'not-on-page';
}

function verdictFor(verdicts: Map<string, RowVerdict>, key: string): RowVerdict {
  let verdict = verdicts.get(key);
  if (!verdict) {
    verdict = { key, status: 'ok', findings: [], unread: [] };
    verdicts.set(key, verdict);
  }
  return verdict;
}

function rowStatus(verdict: RowVerdict): RowStatus {
  const present = new Set<RowStatus>(verdict.findings.map((finding) => finding.status));
  if (verdict.unread.length > 0) present.add('unread');
  return ROW_STATUS_ORDER.find((status) => present.has(status)) ?? 'ok';
}
