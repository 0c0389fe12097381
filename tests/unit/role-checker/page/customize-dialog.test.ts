import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { functionKey } from '@/lib/permissions';
import { settleCustomizeCheck } from '@/lib/role-checker/customize-settle';
import { type CustomizeReading, readCustomizeDialog } from '@/lib/role-checker/page/customize-dialog';
import { judgePage } from '../catalogue';
import { loadPage, parseHtml, readFixture } from '../dom';
import { FIXTURE_DIR } from '../role-pages';

const DIALOG = readFileSync(path.join(FIXTURE_DIR, 'customize/table-setup-dialog.html'), 'utf8');

/** The role page with the reconstructed dialog opened over it, as the portal would. */
function roleWithDialog(edit?: (dialog: Element) => void): Document {
  const doc = loadPage('role-missing.html');
  const dialog = parseHtml(DIALOG).querySelector('[data-cw-dialog]');
  if (!dialog) throw new Error('fixture dialog missing');
  edit?.(dialog);
  doc.body.append(dialog);
  return doc;
}

function moveToDisallow(dialog: Element, entry: string) {
  const option = [...dialog.querySelectorAll('[data-cw-box="allow"] option')].find(
    (o) => o.textContent === entry,
  );
  dialog.querySelector('[data-cw-box="disallow"]')?.append(option!);
}

describe('readCustomizeDialog on the reconstructed Table Setup dialog', () => {
  it('reads both boxes, and finds nothing on a role page without the dialog', () => {
    const read = readCustomizeDialog(roleWithDialog());
    expect(read).toEqual({
      status: 'read',
      reading: {
        allow: expect.arrayContaining(['Contacts / Communication Type', 'General / StsClient']),
        disallow: ['Finance / Billing Terms'],
      },
    });
    if (read.status === 'read') expect(read.reading.allow).toHaveLength(9);
    expect(readCustomizeDialog(loadPage('role-missing.html'))).toEqual({ status: 'absent' });
  });

  it('says a dialog with one heading, or headings without boxes, is unreadable (never empty lists)', () => {
    const oneHeading = roleWithDialog((dialog) => {
      const heading = [...dialog.querySelectorAll('div')].find(
        (d) => d.textContent === 'Disallow access to these',
      );
      heading!.textContent = 'Blocked';
    });
    expect(readCustomizeDialog(oneHeading).status).toBe('unreadable');
    const noBoxes = roleWithDialog((dialog) => {
      for (const box of dialog.querySelectorAll('select')) box.remove();
    });
    expect(readCustomizeDialog(noBoxes).status).toBe('unreadable');
  });

  it('leaves the role rows readable with the dialog open (its list boxes are not level controls)', () => {
    const { rows } = readFixture(roleWithDialog());
    expect(rows.length).toBe(readFixture('role-missing.html').rows.length);
  });
});

/** Generated dialog layouts: the reader must not depend on one way of drawing the two boxes. */
interface DialogLayout {
  box: 'select' | 'optgroup-select' | 'listbox' | 'ul';
  arrangement: 'header-row' | 'stacked' | 'columns';
  heading: 'div' | 'label' | 'span' | 'th' | 'legend';
  disallowFirst: boolean;
  colon: boolean;
  arrows: boolean;
}

const layoutArbitrary: fc.Arbitrary<DialogLayout> = fc.record({
  box: fc.constantFrom('select', 'optgroup-select', 'listbox', 'ul'),
  arrangement: fc.constantFrom('header-row', 'stacked', 'columns'),
  heading: fc.constantFrom('div', 'label', 'span', 'th', 'legend'),
  disallowFirst: fc.boolean(),
  colon: fc.boolean(),
  arrows: fc.boolean(),
});

const entryArbitrary = fc
  .tuple(
    fc.constantFrom('Companies', 'Contacts', 'General', 'Service'),
    fc.stringMatching(/^[A-Z][a-z]{2,8}( [A-Z][a-z]{2,8})?$/),
  )
  .map(([category, table]) => `${category} / ${table}`);

function renderBox(layout: DialogLayout, entries: readonly string[]): string {
  switch (layout.box) {
    case 'select':
      return `<select multiple size="8">${entries.map((e) => `<option>${e}</option>`).join('')}</select>`;
    case 'optgroup-select': {
      const groups = new Map<string, string[]>();
      for (const entry of entries) {
        const [category, table] = entry.split(' / ') as [string, string];
        groups.set(category, [...(groups.get(category) ?? []), table]);
      }
      return `<select multiple>${[...groups].map(([category, tables]) => `<optgroup label="${category}">${tables.map((t) => `<option>${t}</option>`).join('')}</optgroup>`).join('')}</select>`;
    }
    case 'listbox':
      return `<div role="listbox" aria-multiselectable="true">${entries.map((e) => `<div role="option"><span aria-hidden="true">▸</span> ${e}</div>`).join('')}</div>`;
    case 'ul':
      return `<ul>${entries.map((e) => `<li>${e}</li>`).join('')}</ul>`;
  }
}

function renderDialog(layout: DialogLayout, allow: readonly string[], disallow: readonly string[]): string {
  const tag = layout.heading === 'th' ? 'th' : layout.heading;
  const heading = (text: string) => `<${tag}>${text}${layout.colon ? ':' : ''}</${tag}>`;
  const sides = [
    { heading: heading('Allow access to these'), box: renderBox(layout, allow) },
    { heading: heading('Disallow access to these'), box: renderBox(layout, disallow) },
  ];
  if (layout.disallowFirst) sides.reverse();
  const arrows = layout.arrows ? '<div><button>&gt;</button><button>&lt;</button></div>' : '';
  const cell = layout.heading === 'th' ? 'th' : 'td';
  let body: string;
  if (layout.arrangement === 'header-row') {
    body = `<table><tr><${cell}>${sides[0]!.heading}</${cell}><td></td><${cell}>${sides[1]!.heading}</${cell}></tr><tr><td>${sides[0]!.box}</td><td>${arrows}</td><td>${sides[1]!.box}</td></tr></table>`;
  } else if (layout.arrangement === 'stacked') {
    body = `<div>${sides[0]!.heading}${sides[0]!.box}</div>${arrows}<div>${sides[1]!.heading}${sides[1]!.box}</div>`;
  } else {
    body = `<div style="display:flex"><fieldset>${sides[0]!.heading}<div>${sides[0]!.box}</div></fieldset>${arrows}<fieldset>${sides[1]!.heading}<div>${sides[1]!.box}</div></fieldset></div>`;
  }
  return `<body><div>Role page</div><select><option>All</option><option>None</option></select><div role="dialog"><h2>Customize</h2>${body}<button>Save</button></div></body>`;
}

describe('readCustomizeDialog on generated dialog layouts', () => {
  it('reads exactly each side’s entries, whatever the layout', () => {
    fc.assert(
      fc.property(
        layoutArbitrary,
        fc.uniqueArray(entryArbitrary, { minLength: 1, maxLength: 8 }),
        fc.nat(8),
        (layout, entries, split) => {
          const allow = entries.slice(0, split);
          const disallow = entries.slice(split);
          const read = readCustomizeDialog(parseHtml(renderDialog(layout, allow, disallow)));
          expect(read.status).toBe('read');
          if (read.status !== 'read') return;
          const sorted = (list: readonly string[]) => [...list].sort();
          expect(sorted(read.reading.allow)).toEqual(sorted(allow));
          expect(sorted(read.reading.disallow)).toEqual(sorted(disallow));
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('settling Customize checks', () => {
  const ninjaone = () => {
    const page = readFixture('role-missing.html');
    return (customize?: Map<string, CustomizeReading>) =>
      judgePage({ ...page, ...(customize ? { customize } : {}) }, ['ninjaone-psa'], 'minimum');
  };
  const tableSetup = functionKey('System', 'Table Setup');

  it('without a dialog, NinjaOne’s two Table Setup exclusions stay manual', () => {
    const verdict = ninjaone()();
    expect(verdict.counts.manual).toBe(2);
    expect(verdict.settled).toEqual([]);
  });

  it('both entries still allowed: both checks fail, and the verdict with them', () => {
    const read = readCustomizeDialog(roleWithDialog());
    if (read.status !== 'read') throw new Error('unread');
    const verdict = ninjaone()(new Map([[tableSetup, read.reading]]));
    expect(verdict.settled.map((result) => [result.id, result.status])).toEqual([
      ['ninjaone-table-setup-disallow-communication-type', 'fail'],
      ['ninjaone-table-setup-disallow-stsclient', 'fail'],
    ]);
    expect(verdict.settled[0]!.detail).toMatch(
      /"Contacts \/ Communication Type" is on the allowed side: move it/,
    );
    expect(verdict.counts).toMatchObject({ manual: 0, customizeFailed: 2 });
    expect(verdict.pass).toBe(false);
  });

  it('moved to the disallowed box: both pass', () => {
    const read = readCustomizeDialog(
      roleWithDialog((dialog) => {
        moveToDisallow(dialog, 'Contacts / Communication Type');
        moveToDisallow(dialog, 'General / StsClient');
      }),
    );
    if (read.status !== 'read') throw new Error('unread');
    const verdict = ninjaone()(new Map([[tableSetup, read.reading]]));
    expect(verdict.settled.map((result) => result.status)).toEqual(['pass', 'pass']);
    expect(verdict.counts.customizeFailed).toBe(0);
  });

  it('an entry in neither box, or in both, is unknown, never a pass; names compare loosely', () => {
    const check = {
      id: 'x',
      profiles: ['p'],
      title: 't',
      detail: 'd',
      inferred: false,
      source: { vendor: 'v', title: 't', document: 'd' },
      customize: {
        module: 'System',
        function: 'Table Setup',
        list: 'disallow' as const,
        entries: ['General / StsClient'],
      },
    };
    expect(settleCustomizeCheck(check, { allow: [], disallow: ['Other / Thing'] }).status).toBe('unknown');
    expect(
      settleCustomizeCheck(check, { allow: ['General / StsClient'], disallow: ['General / StsClient'] })
        .status,
    ).toBe('unknown');
    expect(settleCustomizeCheck(check, { allow: [], disallow: ['general/stsclient'] }).status).toBe('pass');
  });

  it('the same reader settles another profile’s Customize list (an allow list)', () => {
    const page = readFixture('role-missing.html');
    const verdict = judgePage(
      {
        ...page,
        customize: new Map([
          [tableSetup, { allow: ['General / Manage Hosted API'], disallow: ['Service / Service Board'] }],
        ]),
      },
      ['autoelevate-psa'],
      'minimum',
    );
    const tableSetupCheck = verdict.settled.find((result) => result.id.includes('table-setup'));
    expect(tableSetupCheck?.status).toBe('fail');
    expect(tableSetupCheck?.detail).toMatch(/"Service \/ Service Board" is on the disallowed side/);
  });
});
