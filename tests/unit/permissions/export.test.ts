import { describe, expect, it } from 'vitest';
import {
  auditRole,
  auditUserClass,
  getProfile,
  reportToCsv,
  reportToJson,
  reportToMarkdown,
  requiredRole,
  requiredRoleToCsv,
  requiredRoleToJson,
  requiredRoleToMarkdown,
} from '@/lib/permissions';
import { parseTable, roleSettings } from './helpers';

/** A WatchGuard Cloud role with Company Maintenance granted and nothing else. */
const rows = parseTable(`
Companies > Company Maintenance | None | None | None | All
Companies > Contacts | All | All | All | All
`);

function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let cell = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(cell);
      cell = '';
    } else if (char === '\n') {
      records.push([...record, cell]);
      record = [];
      cell = '';
    } else cell += char;
  }
  return records;
}

describe('audit report exports', () => {
  const report = auditRole(roleSettings(rows), ['watchguard-cloud-psa'], { mode: 'least-privilege' });

  it('writes a Markdown checklist with the verdict, each failing row and its profiles', () => {
    const markdown = reportToMarkdown(report, getProfile);
    expect(markdown).toMatch(/^# ConnectWise Manage permission audit: FAIL\n/);
    expect(markdown).toContain('- Mode: least-privilege');
    expect(markdown).toContain(
      '- [ ] Companies › Configurations › Delete: needs All, has None (watchguard-cloud-psa)',
    );
    expect(markdown).toContain('- [x] Companies › Company Maintenance › Inquire: All (needs All)');
    expect(markdown).toContain('Companies › Contacts › Add: needs None, has All (least-privilege policy)');
  });

  it('writes one CSV row per finding and manual check, under a fixed header', () => {
    const records = parseCsv(reportToCsv(report));
    expect(records[0]).toEqual([
      'type',
      'status',
      'module',
      'function',
      'action',
      'required',
      'actual',
      'profiles',
      'inferred',
      'title',
      'detail',
    ]);
    expect(records).toHaveLength(1 + report.findings.length + report.manualChecks.length);
    expect(records).toContainEqual([
      'finding',
      'missing',
      'Companies',
      'Configurations',
      'delete',
      'All',
      'None',
      'watchguard-cloud-psa',
      'false',
      '',
      '',
    ]);
  });

  it('neutralises spreadsheet formulas and quotes cells that need it', () => {
    const hostile = parseTable('Companies > =HYPERLINK("x") | All | All | All | All');
    const csv = reportToCsv(auditRole(roleSettings(hostile), ['ninjaone-psa'], { mode: 'least-privilege' }));
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(parseCsv(csv).some((record) => record.includes('=HYPERLINK("x")'))).toBe(false);
  });

  it('writes JSON with a format tag that round-trips', () => {
    const json = JSON.parse(reportToJson(report));
    expect(json.format).toBe('msp-portal-companion/permission-audit@1');
    expect(json.pass).toBe(false);
    expect(json.summary).toEqual(report.summary);
    expect(json.findings).toHaveLength(report.findings.length);
  });

  it('is stable: the same role in another row order exports byte for byte the same', () => {
    const reversed = auditRole(roleSettings([...rows].reverse()), ['watchguard-cloud-psa'], {
      mode: 'least-privilege',
    });
    expect(reportToMarkdown(reversed, getProfile)).toBe(reportToMarkdown(report, getProfile));
    expect(reportToCsv(reversed)).toBe(reportToCsv(report));
    expect(reportToJson(reversed)).toBe(reportToJson(report));
  });

  it('exports an Automate user-class report with permission names in place of module and function', () => {
    const automate = auditUserClass({}, ['rewst-automate']);
    expect(parseCsv(reportToCsv(automate))[0]?.slice(2, 5)).toEqual(['scope', 'permission', 'label']);
    expect(reportToMarkdown(automate, getProfile)).toMatch(
      /^# ConnectWise Automate permission audit: FAIL\n/,
    );
  });
});

describe('required role exports', () => {
  const role = requiredRole(['watchguard-cloud-psa', 'ninjaone-psa']);

  it('lists each function with its four levels and who needs them', () => {
    const markdown = requiredRoleToMarkdown(role, getProfile);
    expect(markdown).toContain('- Every function not listed here: None for Add, Edit, Delete and Inquire.');
    expect(markdown).toContain('- [ ] **Configurations**: Add All · Edit All · Delete All · Inquire All');
    expect(markdown).toContain('  - Delete All: watchguard-cloud-psa');
  });

  it('writes four CSV rows per function, one per action', () => {
    const levelRows = parseCsv(requiredRoleToCsv(role)).filter((record) => record[0] === 'level');
    expect(levelRows).toHaveLength(role.functions.length * 4);
  });

  it('writes JSON that does not depend on the order the profiles were picked in', () => {
    const other = requiredRole(['ninjaone-psa', 'watchguard-cloud-psa']);
    const json = JSON.parse(requiredRoleToJson(role));
    expect(json.format).toBe('msp-portal-companion/required-role@1');
    expect(JSON.parse(requiredRoleToJson(other)).functions).toEqual(json.functions);
  });
});
