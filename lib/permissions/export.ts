import { ACTION_LABELS, ACTIONS } from './levels';
import type { Profile } from './schema';
import { formatSource } from './sources';
import type { AuditReport, Finding, ManualCheck, RequiredRole } from './types';

/**
 * Markdown, CSV and JSON renderings of audit reports and required roles. Everything is emitted in
 * a fixed order with fixed keys and no timestamps, so two exports of the same role diff cleanly
 * and a change shows up as the few lines that changed.
 */

const PRODUCT_NAMES = { manage: 'ConnectWise Manage', automate: 'ConnectWise Automate' } as const;

/** Escapes characters Markdown would read as formatting, for names that come from a server or a page. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (char) => `\\${char}`);
}

function csvCell(value: string | number | boolean | undefined): string {
  let text = value === undefined ? '' : String(value);
  // Names come from a server: a leading formula character is neutralised so a spreadsheet
  // opening the export shows the text instead of evaluating it.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  if (/[",\r\n]/.test(text)) return `"${text.replace(/"/g, '""')}"`;
  return text;
}

function csvRows(rows: (string | number | boolean | undefined)[][]): string {
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\n')}\n`;
}

/**
 * What a report's legend says about a profile, looked up by id: `getProfile` (catalogue.ts), or
 * the role checker's page catalogue. Passed in, so this module carries no catalogue data.
 */
export type ProfileLegendLookup = (
  id: string,
) => Pick<Profile, 'title' | 'strictnessNote' | 'source'> | undefined;

function profileList(profiles: readonly string[]): string {
  return profiles.length > 0 ? profiles.join(', ') : 'least-privilege policy';
}

function profileLegend(profileIds: readonly string[], profileOf: ProfileLegendLookup): string[] {
  return profileIds.map((id) => {
    const profile = profileOf(id);
    if (!profile) return `- \`${id}\``;
    return `- \`${id}\`: ${escapeMarkdown(profile.title)}. ${escapeMarkdown(profile.strictnessNote)} _Source: ${escapeMarkdown(formatSource(profile.source))}_`;
  });
}

function manualLines(checks: readonly ManualCheck[]): string[] {
  if (checks.length === 0) return ['_None._'];
  return checks.map(
    (check) =>
      `- [ ] **${escapeMarkdown(check.title)}**: ${escapeMarkdown(check.detail)} (${check.profiles.join(', ')}${check.inferred ? ', inferred' : ''}; _${escapeMarkdown(formatSource(check.source))}_)`,
  );
}

function findingName(finding: Finding): string {
  return finding.kind === 'role'
    ? `${escapeMarkdown(finding.module)} › ${escapeMarkdown(finding.function)} › ${ACTION_LABELS[finding.action]}`
    : `${escapeMarkdown(finding.label)} (\`${finding.scope}.${finding.permission}\`)`;
}

function onOff(value: boolean): string {
  return value ? 'on' : 'off';
}

function findingLine(finding: Finding): string {
  const required = finding.kind === 'role' ? finding.required : onOff(finding.required);
  const actual = finding.kind === 'role' ? finding.actual : onOff(finding.actual);
  const verdict =
    finding.status === 'ok' ? `${actual} (needs ${required})` : `needs ${required}, has ${actual}`;
  const inferred = finding.inferred ? ', inferred' : '';
  return `- [${finding.status === 'ok' ? 'x' : ' '}] ${findingName(finding)}: ${verdict} (${profileList(finding.profiles)}${inferred})`;
}

export function reportToMarkdown(report: AuditReport, profileOf: ProfileLegendLookup): string {
  const sections: [string, Finding['status']][] = [
    ['Missing', 'missing'],
    ['Excess', 'excess'],
    ['OK', 'ok'],
  ];
  const { summary } = report;
  const lines = [
    `# ${PRODUCT_NAMES[report.product]} permission audit: ${report.pass ? 'PASS' : 'FAIL'}`,
    '',
    `- Mode: ${report.mode}`,
    `- Catalogue: ${report.catalogueVersion}`,
    `- Summary: ${summary.missing} missing, ${summary.excess} excess, ${summary.ok} ok, ${summary.manual} manual checks`,
    '',
    '## Profiles',
    '',
    ...profileLegend(report.profiles, profileOf),
  ];
  for (const [title, status] of sections) {
    const findings = report.findings.filter((finding) => finding.status === status);
    lines.push('', `## ${title} (${findings.length})`, '');
    lines.push(...(findings.length > 0 ? findings.map(findingLine) : ['_None._']));
  }
  lines.push('', `## Manual checks (${report.manualChecks.length})`, '', ...manualLines(report.manualChecks));
  return `${lines.join('\n')}\n`;
}

const ITEM_COLUMNS = {
  manage: ['module', 'function', 'action', 'required', 'actual'],
  automate: ['scope', 'permission', 'label', 'required', 'actual'],
} as const;

function itemCells(finding: Finding): (string | boolean)[] {
  return finding.kind === 'role'
    ? [finding.module, finding.function, finding.action, finding.required, finding.actual]
    : [finding.scope, finding.permission, finding.label, finding.required, finding.actual];
}

export function reportToCsv(report: AuditReport): string {
  const blanks = ITEM_COLUMNS[report.product].map(() => '');
  return csvRows([
    ['type', 'status', ...ITEM_COLUMNS[report.product], 'profiles', 'inferred', 'title', 'detail'],
    ...report.findings.map((finding) => [
      'finding',
      finding.status,
      ...itemCells(finding),
      finding.profiles.join(';'),
      finding.inferred,
      '',
      '',
    ]),
    ...report.manualChecks.map((check) => checkRow(check, ['manual-check', 'manual', ...blanks])),
  ]);
}

/** A manual check as a CSV row: its leading cells, then profiles, inferred, title and detail. */
function checkRow(check: ManualCheck, leading: string[]): string[] {
  return [
    ...leading,
    check.profiles.join(';'),
    String(check.inferred),
    check.title,
    `${check.detail} [${check.id}; ${formatSource(check.source)}]`,
  ];
}

function findingJson(finding: Finding) {
  const common = {
    status: finding.status,
    profiles: finding.profiles,
    inferred: finding.inferred,
  };
  return finding.kind === 'role'
    ? {
        module: finding.module,
        function: finding.function,
        action: finding.action,
        required: finding.required,
        actual: finding.actual,
        ...common,
      }
    : {
        scope: finding.scope,
        permission: finding.permission,
        label: finding.label,
        required: finding.required,
        actual: finding.actual,
        ...common,
      };
}

function checkJson(check: ManualCheck) {
  return {
    id: check.id,
    profiles: check.profiles,
    title: check.title,
    detail: check.detail,
    inferred: check.inferred,
    ...(check.evaluator ? { evaluator: check.evaluator } : {}),
    source: { vendor: check.source.vendor, title: check.source.title, document: check.source.document },
  };
}

export function reportToJson(report: AuditReport): string {
  const body = {
    format: 'msp-portal-companion/permission-audit@1',
    product: report.product,
    mode: report.mode,
    catalogueVersion: report.catalogueVersion,
    profiles: report.profiles,
    pass: report.pass,
    summary: {
      missing: report.summary.missing,
      excess: report.summary.excess,
      ok: report.summary.ok,
      manual: report.summary.manual,
    },
    findings: report.findings.map(findingJson),
    manualChecks: report.manualChecks.map(checkJson),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

export function requiredRoleToMarkdown(role: RequiredRole, profileOf: ProfileLegendLookup): string {
  const lines = [
    '# ConnectWise Manage security role to create',
    '',
    `- Catalogue: ${role.catalogueVersion}`,
    `- Optional features on: ${role.features.length > 0 ? role.features.join(', ') : 'none'}`,
    '- Every function not listed here: None for Add, Edit, Delete and Inquire.',
    '',
    '## Profiles',
    '',
    ...profileLegend(role.profiles, profileOf),
  ];
  let module: string | undefined;
  for (const entry of role.functions) {
    if (entry.module !== module) {
      module = entry.module;
      lines.push('', `## ${escapeMarkdown(module)}`, '');
    }
    const levels = ACTIONS.map((action) => `${ACTION_LABELS[action]} ${entry.levels[action].level}`).join(
      ' · ',
    );
    const sensitive = entry.sensitive ? ' ⚠ reveals stored passwords' : '';
    lines.push(`- [ ] **${escapeMarkdown(entry.function)}**: ${levels}${sensitive}`);
    for (const action of ACTIONS) {
      const required = entry.levels[action];
      if (required.level === 'None') continue;
      const inferred = required.inferred ? ' (inferred)' : '';
      lines.push(
        `  - ${ACTION_LABELS[action]} ${required.level}: ${required.profiles.join(', ')}${inferred}`,
      );
    }
  }
  lines.push('', `## Manual checks (${role.manualChecks.length})`, '', ...manualLines(role.manualChecks));
  return `${lines.join('\n')}\n`;
}

export function requiredRoleToCsv(role: RequiredRole): string {
  return csvRows([
    ['type', 'module', 'function', 'action', 'level', 'profiles', 'inferred', 'title', 'detail', 'sensitive'],
    ['catalogue', '', '', '', '', '', '', role.catalogueVersion, role.features.join(';'), ''],
    ...role.functions.flatMap((entry) =>
      ACTIONS.map((action) => {
        const required = entry.levels[action];
        return [
          'level',
          entry.module,
          entry.function,
          action,
          required.level,
          required.profiles.join(';'),
          required.inferred,
          '',
          '',
          entry.sensitive === true,
        ];
      }),
    ),
    ...role.manualChecks.map((check) => checkRow(check, ['manual-check', '', '', '', ''])),
  ]);
}

export function requiredRoleToJson(role: RequiredRole): string {
  const body = {
    format: 'msp-portal-companion/required-role@1',
    product: role.product,
    catalogueVersion: role.catalogueVersion,
    profiles: role.profiles,
    features: role.features,
    functions: role.functions.map((entry) => ({
      module: entry.module,
      function: entry.function,
      ...(entry.sensitive && { sensitive: true }),
      levels: Object.fromEntries(
        ACTIONS.map((action) => {
          const required = entry.levels[action];
          return [
            action,
            { level: required.level, profiles: required.profiles, inferred: required.inferred },
          ];
        }),
      ),
    })),
    manualChecks: role.manualChecks.map(checkJson),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
