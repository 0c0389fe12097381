import { describe, expect, it } from 'vitest';
import {
  exportedReport,
  fixListCsv,
  fixListMarkdown,
  pageAddress,
  reportFileName,
} from '@/lib/role-checker/page/fix-list';
import { judgePage } from '../catalogue';
import { parseHtml, readFixture } from '../dom';
import { PASSING_ROLE, rolePage } from '../role-pages';

const PAGE = { roleName: 'API Integrations', pageUrl: 'https://na.myconnectwise.net/v4_6_release/roles' };

describe('fix list exports', () => {
  it("renders the page's audit as the permissions Markdown report, with the page it came from", () => {
    const verdict = judgePage(readFixture('role-missing.html'), ['watchguard-cloud-psa'], 'minimum');
    const markdown = fixListMarkdown(verdict, PAGE);
    expect(markdown).toMatch(/^# ConnectWise Manage permission audit: FAIL\n/);
    expect(markdown).toContain(
      '- [ ] Companies › Configurations › Delete: needs All, has None (watchguard-cloud-psa)',
    );
    expect(
      markdown.endsWith(
        '## Page\n\n- Role: API Integrations\n- Page: <https://na.myconnectwise.net/v4_6_release/roles>\n- Read from the page as shown, unsaved changes included.\n',
      ),
    ).toBe(true);
  });

  it('turns what the page did not show into manual checks, and never says PASS then', () => {
    const page = readFixture(
      parseHtml(rolePage({ roleName: 'R', levels: PASSING_ROLE, collapsed: ['System'] })),
    );
    const verdict = judgePage(page, ['watchguard-cloud-psa'], 'least-privilege');
    const report = exportedReport(verdict);
    expect(report.pass).toBe(false);
    expect(report.manualChecks.map((check) => check.id)).toEqual([
      'page-unread/System/API Reports/add',
      'page-unread/System/API Reports/edit',
      'page-unread/System/API Reports/delete',
      'page-unread/System/API Reports/inquire',
      'page-unread/System/My Company/add',
      'page-unread/System/My Company/edit',
      'page-unread/System/My Company/delete',
      'page-unread/System/My Company/inquire',
      'page-unread/System/Table Setup/add',
      'page-unread/System/Table Setup/edit',
      'page-unread/System/Table Setup/delete',
      'page-unread/System/Table Setup/inquire',
      'page-collapsed/System',
    ]);
    expect(report.summary.manual).toBe(13);
    const markdown = fixListMarkdown(verdict, PAGE);
    expect(markdown).toMatch(/^# ConnectWise Manage permission audit: FAIL/);
    expect(markdown).toContain(
      '- [ ] **System › Table Setup › Add not read on the page**: Needs All; not read because the System module is collapsed.',
    );
  });

  it('lists an unknown label outside the requirements as a manual check in least-privilege mode', () => {
    const page = readFixture(
      parseHtml(
        rolePage({
          roleName: 'R',
          levels: { ...PASSING_ROLE, 'Companies > Notes': ['Mine', 'None', 'None', 'None'] },
          options: ['All', 'My', 'Mine', 'None'],
        }),
      ),
    );
    const checks = exportedReport(judgePage(page, ['watchguard-cloud-psa'], 'least-privilege')).manualChecks;
    expect(checks.map((check) => check.title)).toEqual(['Companies › Notes › Add shows "Mine"']);
    expect(exportedReport(judgePage(page, ['watchguard-cloud-psa'], 'minimum')).manualChecks).toEqual([]);
  });

  it('exports the same report as CSV', () => {
    const verdict = judgePage(readFixture('role-missing.html'), ['watchguard-cloud-psa'], 'minimum');
    const lines = fixListCsv(verdict).trim().split('\n');
    expect(lines[0]).toBe(
      'type,status,module,function,action,required,actual,profiles,inferred,title,detail',
    );
    expect(lines).toContain('finding,missing,System,Table Setup,add,All,None,watchguard-cloud-psa,false,,');
    expect(lines).toHaveLength(49);
  });

  it('names files after the role and the day, and addresses pages without their query', () => {
    expect(reportFileName('API Integrations', new Date('2026-11-23T10:00:00Z'), 'csv')).toBe(
      'role-audit-API-Integrations-2026-11-23.csv',
    );
    expect(reportFileName(null, new Date('2026-11-23T10:00:00Z'), 'md')).toBe(
      'role-audit-role-2026-11-23.md',
    );
    expect(pageAddress(new URL('https://na.myconnectwise.net/v4_6_release/x.html?session=abc#top'))).toBe(
      'https://na.myconnectwise.net/v4_6_release/x.html',
    );
  });
});
