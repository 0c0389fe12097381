import fc from 'fast-check';

/**
 * The ways a "Security Modules for Role" screen may be drawn, chosen independently. Taken from
 * what the vendor documents say the screen holds (seeds/001, seeds/003: expandable modules, four
 * level drop-downs per function, a Customize link on Table Setup) and from how widget toolkits
 * commonly draw grids, headings and drop-downs; not from what our reader expects.
 */
export interface Layout {
  /** The grid: one table, an ARIA grid of divs, a div grid, or one table per module. */
  structure: 'table' | 'aria-grid' | 'div-grid' | 'module-tables';
  /** How a module heading is drawn (for the table and ARIA grid, always a row of the grid). */
  heading: 'row' | 'th' | 'caption' | 'button' | 'link' | 'h3';
  /** What sits around the module's name. */
  decoration: 'none' | 'glyph' | 'icon' | 'count' | 'marker' | 'glyph-and-count';
  /** Where aria-expanded sits: on the heading, on a child expander, or nowhere. */
  expandedOn: 'heading' | 'child' | 'none';
  /** How a level is shown. */
  control: 'select' | 'aria-combobox' | 'readonly-textbox' | 'button' | 'span';
  /** Where the column headings are: one header row, each module's own header, or only labels/titles. */
  columns: 'header-row' | 'module-header' | 'labels' | 'titles';
  /** "Add Level" or a bare "Add" (in real column headers only), perhaps with a sort arrow. */
  headingWords: 'level' | 'bare' | 'sort-arrow';
  /** Column order: the vendor's Add, Edit, Delete, Inquire, or another one the headings state. */
  columnOrder: readonly [number, number, number, number];
  /** A Description column, after the levels or between the function and the levels. */
  description: 'none' | 'after' | 'before-levels';
  /** Modules shown collapsed (by index), and whether their rows are hidden or not rendered. */
  collapsed: readonly number[];
  collapsedRows: 'hidden' | 'not-rendered';
  /** Rows rendered so far by a grid that renders as the page scrolls (undefined: all). */
  renderedRows: number | undefined;
  /** Inside the portal's same-origin content frame. */
  framed: boolean;
}

const ORDERS: readonly (readonly [number, number, number, number])[] = [
  [0, 1, 2, 3],
  [3, 0, 1, 2],
  [0, 2, 1, 3],
];

export const layoutArbitrary: fc.Arbitrary<Layout> = fc
  .record({
    structure: fc.constantFrom('table', 'aria-grid', 'div-grid', 'module-tables'),
    heading: fc.constantFrom('row', 'th', 'caption', 'button', 'link', 'h3'),
    decoration: fc.constantFrom('none', 'glyph', 'icon', 'count', 'marker', 'glyph-and-count'),
    expandedOn: fc.constantFrom('heading', 'child', 'none'),
    control: fc.constantFrom('select', 'aria-combobox', 'readonly-textbox', 'button', 'span'),
    columns: fc.constantFrom('header-row', 'module-header', 'labels', 'titles'),
    headingWords: fc.constantFrom('level', 'bare', 'sort-arrow'),
    columnOrder: fc.oneof(
      { weight: 3, arbitrary: fc.constant(ORDERS[0]!) },
      { weight: 1, arbitrary: fc.constantFrom(...ORDERS) },
    ),
    description: fc.constantFrom('none', 'after', 'before-levels'),
    collapsed: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 2 }),
    collapsedRows: fc.constantFrom('hidden', 'not-rendered'),
    renderedRows: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined, freq: 4 }),
    framed: fc.boolean(),
  })
  .map((layout) => ({ ...layout, heading: headingFor(layout.structure, layout.heading) }));

/** Headings each structure can hold: a grid's rows, or anything outside one table per module. */
function headingFor(structure: Layout['structure'], heading: Layout['heading']): Layout['heading'] {
  if (structure === 'table')
    return heading === 'th' || heading === 'button' || heading === 'link' ? heading : 'row';
  if (structure === 'aria-grid') return 'row';
  if (structure === 'div-grid') return heading === 'link' || heading === 'h3' ? heading : 'button';
  return heading === 'row' || heading === 'th' ? 'caption' : heading;
}

/** Three layouts far apart, served by the E2E suite and measured by the bench. */
export const NAMED_LAYOUTS: Record<
  'toolkit-div-grid' | 'aria-grid-combobox' | 'framed-module-tables',
  Layout
> = {
  'toolkit-div-grid': {
    structure: 'div-grid',
    heading: 'button',
    decoration: 'glyph-and-count',
    expandedOn: 'child',
    control: 'readonly-textbox',
    columns: 'header-row',
    headingWords: 'level',
    columnOrder: [0, 1, 2, 3],
    description: 'after',
    collapsed: [],
    collapsedRows: 'not-rendered',
    renderedRows: undefined,
    framed: false,
  },
  'aria-grid-combobox': {
    structure: 'aria-grid',
    heading: 'row',
    decoration: 'marker',
    expandedOn: 'heading',
    control: 'aria-combobox',
    columns: 'labels',
    headingWords: 'bare',
    columnOrder: [0, 1, 2, 3],
    description: 'before-levels',
    collapsed: [],
    collapsedRows: 'hidden',
    renderedRows: undefined,
    framed: false,
  },
  'framed-module-tables': {
    structure: 'module-tables',
    heading: 'caption',
    decoration: 'count',
    expandedOn: 'none',
    control: 'select',
    columns: 'module-header',
    headingWords: 'sort-arrow',
    columnOrder: [0, 1, 2, 3],
    description: 'after',
    collapsed: [],
    collapsedRows: 'hidden',
    renderedRows: undefined,
    framed: true,
  },
};
