import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLevel } from '@/lib/permissions/levels';
import { functionKey } from '@/lib/permissions/normalise';
import { handChangeText, planApply } from '@/lib/role-checker/page/apply';
import { type PageReading, readRolePage, roleScreenEvidence } from '@/lib/role-checker/page/page-adapter';
import { roleReader } from '@/lib/role-checker/page/reader-api';
import { judgePage } from '../../catalogue';
import { loadPage, parseHtml, vocabulary } from '../../dom';
import { type Layout, layoutArbitrary, NAMED_LAYOUTS } from './layouts';
import { generatedPages } from './pages';
import { type RenderedPage, renderRolePage } from './render';
import { type GeneratedRole, roleArbitrary } from './role';

/**
 * The reader against role screens it was not written for: for every generated page it returns
 * exactly the role the page was built from, or says precisely what it could not read; never a
 * wrong level, never a row moved into another module.
 */

function readGenerated(page: RenderedPage): PageReading {
  const doc = parseHtml(page.frameHtml ?? page.html);
  return readRolePage(doc, vocabulary);
}

/** A row the reader cannot tell from its neighbours: plain text showing no level word. */
function unreadable(layout: Layout, shown: readonly string[]): boolean {
  return layout.control === 'span' && shown.some((word) => parseLevel(word) === undefined);
}

function checkReading(role: GeneratedRole, layout: Layout) {
  const page = renderRolePage(role, layout);
  const reading = readGenerated(page);
  const readable = page.rendered.filter((row) => !unreadable(layout, row.shown));
  const context = () => JSON.stringify({ layout, reading: summary(reading) });

  if (reading.status !== 'read') {
    // Only a page with no readable row of a module the catalogue knows may go unread.
    expect(
      readable.filter((row) => !row.unknownModule),
      context(),
    ).toEqual([]);
    expect(reading.status, context()).toBe('unrecognised');
    return;
  }
  const expected = new Map(readable.map((row) => [functionKey(row.module, row.function), row]));
  for (const row of reading.rows) {
    const built = expected.get(row.key);
    // Never a row the page does not hold, never a level another row shows.
    expect(built, `read ${row.module} > ${row.function}; ${context()}`).toBeDefined();
    const labels = [row.cells.add, row.cells.edit, row.cells.delete, row.cells.inquire].map(
      (cell) => cell.label,
    );
    expect(labels, `${row.key}; ${context()}`).toEqual(built!.shown);
    for (const cell of Object.values(row.cells)) expect(cell.level).toBe(parseLevel(cell.label));
    expect(row.known).toBe(!built!.unknownModule);
    expect(row.hasCustomize).toBe(built!.customize);
  }
  // Every readable row shown is read.
  expect(reading.rows.map((row) => row.key).sort(), context()).toEqual([...expected.keys()].sort());
  // Words that are not levels are reported exactly, each once.
  const unknownWords = readable.flatMap((row) =>
    (['add', 'edit', 'delete', 'inquire'] as const).flatMap((action, index) =>
      parseLevel(row.shown[index]!) === undefined
        ? [`${row.module}>${row.function}>${action}="${row.shown[index]}"`]
        : [],
    ),
  );
  const reported = reading.problems.flatMap((problem) =>
    problem.kind === 'unknown-level'
      ? [`${problem.module}>${problem.function}>${problem.action}="${problem.label}"`]
      : [],
  );
  expect(reported.sort(), context()).toEqual(unknownWords.sort());
  // A row the reader set aside is named in the problems.
  for (const row of page.rendered.filter((rendered) => unreadable(layout, rendered.shown))) {
    expect(
      reading.problems.some(
        (problem) => problem.kind === 'unmapped-row' && problem.text.includes(row.function),
      ),
      `${row.function} not reported; ${context()}`,
    ).toBe(true);
  }
  // A module the page says is collapsed is reported collapsed.
  for (const module of page.collapsed.filter((collapsed) => collapsed.stated)) {
    const found = reading.modules.find((section) => section.name === module.name);
    const rowsShown = reading.rows.some((row) => row.module === module.name);
    if (found || !rowsShown) expect(found?.expanded ?? false, `${module.name}; ${context()}`).toBe(false);
  }
}

function summary(reading: PageReading) {
  if (reading.status !== 'read') return reading;
  return {
    rows: reading.rows.map(
      (row) =>
        `${row.module} > ${row.function}: ${Object.values(row.cells)
          .map((cell) => cell.label)
          .join('/')}`,
    ),
    modules: reading.modules,
    problems: reading.problems,
    diagnosis: reading.diagnosis,
  };
}

describe('the role screen reader on generated layouts', () => {
  const role = roleArbitrary({ unknownWords: true, unknownModule: true });

  it('reads every layout of a fixed seed exactly, or says what it could not read', () => {
    fc.assert(
      fc.property(role, layoutArbitrary, (generated, layout) => checkReading(generated, layout)),
      { seed: 19, numRuns: 100 },
    );
  }, 60_000);

  it('reads a few hundred random layouts exactly, or says what it could not read', () => {
    fc.assert(
      fc.property(role, layoutArbitrary, (generated, layout) => checkReading(generated, layout)),
      // LAYOUT_RUNS=5000 explores further when the reader changes.
      { numRuns: Number(process.env.LAYOUT_RUNS ?? 300) },
    );
  }, 600_000);

  it('reads a function several modules have ("Reports") under each recognised heading', () => {
    const reports = (module: string) => ({
      name: module,
      unknownToCatalogue: false,
      functions: [
        {
          name: 'Reports',
          levels: ['None', 'None', 'None', 'All'] as const,
          description: '',
          customize: false,
        },
      ],
    });
    const generated: GeneratedRole = {
      name: 'Reporting',
      modules: [reports('Companies'), reports('Finance'), reports('Service Desk')],
    };
    for (const layout of Object.values(NAMED_LAYOUTS)) {
      const reading = readGenerated(renderRolePage(generated, { ...layout, decoration: 'glyph-and-count' }));
      expect(
        reading.status === 'read' && reading.rows.map((row) => `${row.module} > ${row.function}`),
      ).toEqual(['Companies > Reports', 'Finance > Reports', 'Service Desk > Reports']);
    }
  });

  it('finds a framed screen only in its frame', () => {
    const page = renderRolePage(
      { name: 'Framed', modules: [] },
      { ...NAMED_LAYOUTS['framed-module-tables'], framed: true },
    );
    expect(roleScreenEvidence(parseHtml(page.html)) !== null).toBe(false);
    expect(roleScreenEvidence(parseHtml(page.frameHtml!)) !== null).toBe(true);
  });
});

describe('the generated pages the E2E suite serves', () => {
  const verdictOf = (doc: Document) => {
    const reading = readRolePage(doc, vocabulary);
    if (reading.status !== 'read') throw new Error(`expected a read page, got ${reading.status}`);
    return { reading, verdict: judgePage(reading, ['watchguard-cloud-psa'], 'minimum') };
  };
  const reference = verdictOf(loadPage('role-missing.html')).verdict;

  for (const name of Object.keys(NAMED_LAYOUTS)) {
    it(`${name}: the same verdict as role-missing.html`, () => {
      const pages = generatedPages();
      const { verdict } = verdictOf(parseHtml(pages[`${name}-frame.html`] ?? pages[`${name}.html`]!));
      expect(verdict.counts).toEqual(reference.counts);
      expect([...verdict.rows.values()].map((row) => [row.key, row.status])).toEqual(
        [...reference.rows.values()].map((row) => [row.key, row.status]),
      );
    });
  }

  it('toolkit-div-grid: read-only text boxes are audited, and Apply leaves every one to the admin', () => {
    const { reading, verdict } = verdictOf(parseHtml(generatedPages()['toolkit-div-grid.html']!));
    expect(reading.rows[0]!.cells.add.kind).toBe('textbox');
    const plan = planApply(verdict, reading.rows, roleReader);
    expect(plan.changes).toEqual([]);
    expect(plan.skipped.map(handChangeText)).toContain('System › Table Setup: Add → All');
    expect(plan.skipped).toHaveLength(verdict.counts.missing);
  });
});
