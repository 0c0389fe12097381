import { describe, expect, it } from 'vitest';
import { readRolePage, setControl } from '@/lib/role-checker/page/page-adapter';
import { roleReader } from '@/lib/role-checker/page/reader-api';
import { safeFilePart, scrubbedSnapshot, snapshotFileName } from '@/lib/role-checker/page/snapshot';
import { loadPage, parseHtml, readFixture, vocabulary } from '../dom';

const TAKEN_AT = new Date('2026-11-23T10:00:00Z');

describe('scrubbedSnapshot', () => {
  it('keeps the markup and removes every field value, inline script and private meta', () => {
    const doc = loadPage('unrecognised.html');
    doc.head.insertAdjacentHTML(
      'beforeend',
      '<meta name="csrf-token" content="tok-123"><script>var s="abc";</script>',
    );
    const html = scrubbedSnapshot(doc, TAKEN_AT, roleReader);
    expect(html).toMatch(
      /^<!doctype html>\n<!-- MSP Portal Companion page snapshot of .*2026-11-23T10:00:00.000Z/,
    );
    expect(html).toContain('<span>Company Maintenance</span>');
    expect(html).toContain('aria-pressed="true"');
    for (const secret of [
      'fixture-session-3f9a1c',
      'Private note about this role',
      'Contoso Ltd',
      'Helpdesk Tier 1',
      'tok-123',
      'var s',
    ]) {
      expect(html).not.toContain(secret);
    }
    // The live page is untouched.
    expect((doc.querySelector('#role-id') as HTMLInputElement).value).toBe('Helpdesk Tier 1');
  });

  it("keeps what the level drop-downs show now, and drops other drop-downs' choices", () => {
    const page = readFixture('role-missing.html');
    const configurations = page.rows.find((row) => row.function === 'Configurations')!;
    setControl(configurations.cells.delete.control, 'All');
    page.doc.body.insertAdjacentHTML(
      'beforeend',
      '<select id="member-filter"><option>Active</option><option selected>Inactive</option></select>',
    );
    const snapshot = parseHtml(scrubbedSnapshot(page.doc, TAKEN_AT, roleReader));
    const copied = snapshot.getElementById(configurations.cells.delete.control.id)!;
    expect(copied.querySelector('option[selected]')?.textContent).toBe('All');
    expect(snapshot.querySelectorAll('#member-filter option[selected]')).toHaveLength(0);
  });

  it('leaves out our own overlay and badges', () => {
    const doc = loadPage('role-missing.html');
    doc.body.insertAdjacentHTML('beforeend', '<mpc-overlay>panel</mpc-overlay>');
    doc.querySelector('td')!.insertAdjacentHTML('beforeend', '<span data-mpc-badge="ok">OK</span>');
    const html = scrubbedSnapshot(doc, TAKEN_AT, roleReader);
    expect(html).not.toContain('mpc-overlay');
    expect(html).not.toContain('data-mpc-badge');
  });
});

describe('what the reader tried, in the snapshot', () => {
  it('records the controls and headings found and why each row was set aside, without field values', () => {
    // Read-only level boxes with no column headings and no labels: which is which is unknown.
    const box = (level: string) =>
      `<div class="c"><input type="text" readonly class="lv" value="${level}"></div>`;
    const doc = parseHtml(
      `<body><h2>Security Modules for Role</h2><label for="rid">Role ID</label><input id="rid" value="Secret Role">
       <div class="grid"><button type="button" aria-expanded="true">▾ Companies (2)</button>
       <div class="r"><div class="c">Contacts</div>${['All', 'None', 'None', 'All'].map(box).join('')}</div>
       <div class="r"><div class="c">Notes</div>${['All', 'All', 'My'].map(box).join('')}</div></div></body>`,
    );
    const reading = readRolePage(doc, vocabulary);
    expect(reading).toMatchObject({ status: 'unrecognised', code: 'unmapped-controls' });
    if (reading.status !== 'unrecognised') return;
    expect(reading.diagnosis).toEqual({
      controls: { textbox: 7 },
      unknownWordControls: 0,
      columnHeadings: [],
      moduleHeadings: ['▾ Companies (2)'],
      rowsFound: 2,
      rowsRead: 0,
      rejectedRows: [
        {
          text: 'Contacts',
          why: 'no column headings and no labels naming Add, Edit, Delete and Inquire',
        },
        { text: 'Notes', why: '3 level controls in the row (4 expected)' },
      ],
    });
    const html = scrubbedSnapshot(doc, TAKEN_AT, roleReader, reading.diagnosis);
    expect(html).toContain('<!-- What the reader tried: {');
    expect(html).toContain('"why": "3 level controls in the row (4 expected)"');
    expect(html).not.toContain('Secret Role');
    // Exactly one comment closes: the diagnosis cannot end the comment early.
    expect(html.split('-->').length).toBe(3);
  });
});

describe('snapshot file names', () => {
  it('name the host and the day, with nothing a file system would refuse', () => {
    expect(snapshotFileName('na.myconnectwise.net', TAKEN_AT)).toBe(
      'cw-page-snapshot-na.myconnectwise.net-2026-11-23.html',
    );
    expect(safeFilePart('API / Integrations: "prod"')).toBe('API-Integrations-prod');
    expect(safeFilePart('///')).toBe('page');
  });
});
