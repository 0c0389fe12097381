// Imported from the files themselves, not the package index: the content script's detector uses
// this module on every ConnectWise page and must not pull in the catalogue (and zod) with it.
import { ACTIONS, type Action, type Level, parseLevel } from '../../permissions/levels';
import { functionKey, normaliseName } from '../../permissions/normalise';
import {
  type ControlKind,
  CUSTOMIZE,
  type FoundControl,
  findLevelControls,
  isLevelSelect,
  looksLikeLevelControl,
  normaliseText,
  readControlLabel,
  stripGlyphs,
} from './level-controls';
import { assignModules, type ModuleSection, ROW_SELECTOR, SKIPPED_TAGS } from './module-headings';
import { OWN_CONTENT_SELECTOR } from './own-content';

export { type ControlKind, canSetControl, readControlLabel, setControl } from './level-controls';
export type { ModuleSection } from './module-headings';
export { BADGE_ATTRIBUTE, OWN_CONTENT_SELECTOR } from './own-content';

/**
 * Runs in: the content script (top frame), against the document that holds the role screen.
 *
 * Everything this product assumes about ConnectWise Manage's "Security Modules for Role" screen
 * lives in this module and the two it uses (level-controls.ts: what a level control is;
 * module-headings.ts: which module a row is in). Nobody here has the real page's HTML; the
 * vendor documents describe the screen (System → Security Roles → a role; modules that expand;
 * per function an Add, Edit, Delete and Inquire level picked from a drop-down; a Customize link
 * next to Table Setup; see WatchGuard Cloud: ConnectWise Manage PSA Tool Integration Settings
 * (seeds/001) and NinjaOne: ConnectWise Manage REST API Key Setup Guide (seeds/003)). So nothing
 * here depends on class names or ids:
 * - a row is the table or grid row (or the nearest box) that holds four level controls;
 * - which control is which action comes from its own label or, failing that, from the order of
 *   the "Add Level … Inquire Level" column headings nearest above the row;
 * - a row's module is the page's module heading above it; the catalogue only names it, and
 *   places a row without a heading when one module alone has its function;
 * - a row's function is the cell text that matches a function of that module (else the first
 *   text cell); a level is the text its control shows.
 * When any of that fails the reading says so, and what it tried; it never fills a gap with a guess.
 */

/** Text that starts the role screen's heading ("Security Modules for Role"). */
const SCREEN_MARKER = 'Security Modules';
/** A word of the marker without spaces: a raw-text test that spares normalize-space on nearly every text node. */
const SCREEN_MARKER_WORD = 'Modules';
const ACTION_WORDS: Record<string, Action> = {
  add: 'add',
  edit: 'edit',
  delete: 'delete',
  inquire: 'inquire',
};
/** Column headings: "Add Level" anywhere; a bare "Add" only in a real column header. */
const COLUMN_HEADING = /^(add|edit|delete|inquire)\s+level$/i;
const BARE_COLUMN_HEADING = /^(add|edit|delete|inquire)$/i;
const LEVEL_WORD = /level/i;
const COLUMN_HEADER = 'th, [role="columnheader"]';
const HEADING_CANDIDATES = 'td, div, span, label';
const CONTROL_LABEL = /\b(add|edit|delete|inquire)(?:[\s_-]*level)?\b/i;
const ROLE_NAME_LABEL = /^\s*role\s*(?:id|name)\s*:?\s*$/i;
const ROLE_HEADING = /security\s+modules\s+for\s+role\s*[:\-–—]?\s*(.*)$/i;
/** Cheap test for the change listener's box-layout fallback. */
const CONTROL_SELECTOR = 'select, input, [role="combobox"]';
/** How many rejected rows a diagnosis lists (a support report needs examples, not all of them). */
const MAX_DIAGNOSED_ROWS = 30;

export interface PageVocabulary {
  /**
   * Module names and their function names, as the catalogue knows them. `aliases` are other
   * spellings of the module; `functionAliases` maps a function to its other spellings ("Product
   * Entry" for Product Catalog), which are read as that function.
   */
  modules: readonly {
    name: string;
    functions: readonly string[];
    aliases?: readonly string[];
    functionAliases?: Readonly<Record<string, readonly string[]>>;
  }[];
}

export interface LevelCell {
  action: Action;
  control: HTMLElement;
  kind: ControlKind;
  /** The text the control shows, as read. */
  label: string;
  /** The level that text names, or undefined when it is not one we know (e.g. "Mine", blank). */
  level: Level | undefined;
}

export interface PageRow {
  /** functionKey(module, function): stable across re-reads of the same page. */
  key: string;
  module: string;
  function: string;
  /** The catalogue knows this function in this module. */
  known: boolean;
  element: HTMLElement;
  /** The element holding the function's name: where a badge goes. */
  labelElement: HTMLElement;
  cells: Record<Action, LevelCell>;
  /** The row offers a Customize link (Table Setup's per-table rights). */
  hasCustomize: boolean;
}

export type ReadingProblem =
  | { kind: 'unknown-level'; module: string; function: string; action: Action; label: string }
  | { kind: 'no-module'; function: string }
  | { kind: 'duplicate-row'; module: string; function: string }
  | { kind: 'unmapped-row'; text: string };

/**
 * Why a role screen could not be read: no level controls (yet: the page may still be
 * loading), controls we cannot map to the four actions, or rows naming no function we know.
 */
export type UnrecognisedCode = 'no-controls' | 'unmapped-controls' | 'unknown-rows';

/**
 * What the reader tried on a page, for a support report: the controls and headings it found and
 * why it set rows aside. Page text only (never a field's value other than a level control's).
 */
export interface ReaderDiagnosis {
  /** Level controls found, by kind ("select", "textbox" …). */
  controls: Partial<Record<ControlKind, number>>;
  /** Of those, controls showing a word that is not a level (a "Mine" or blank twin). */
  unknownWordControls: number;
  /** The column headings found, as "add: Add Level". */
  columnHeadings: string[];
  /** The texts taken for module headings, as the page shows them. */
  moduleHeadings: string[];
  /** Rows holding level controls, and how many of them were read. */
  rowsFound: number;
  rowsRead: number;
  rejectedRows: { text: string; why: string }[];
}

export type PageReading =
  | { status: 'not-role-screen' }
  | {
      status: 'unrecognised';
      code: UnrecognisedCode;
      reason: string;
      roleName: string | null;
      diagnosis: ReaderDiagnosis;
    }
  | {
      status: 'read';
      roleName: string | null;
      rows: PageRow[];
      modules: ModuleSection[];
      problems: ReadingProblem[];
      diagnosis: ReaderDiagnosis;
    };

// ---------------------------------------------------------------------------------------------
// Detection (cheap; part of the always-loaded content script)
// ---------------------------------------------------------------------------------------------

/**
 * Whether this document shows (or is loading) the role screen, and by what: its heading (marker
 * null when only four or more level drop-downs say so), or null when nothing does. Kept cheap
 * because it runs on every ConnectWise page and after DOM bursts. The detector hands the heading
 * on, so a reading that starts from it (early-scan.ts) does not search the page for it again.
 */
export function roleScreenEvidence(doc: Document): { marker: Node | null } | null {
  const marker = screenMarker(doc);
  return showsRoleScreen(doc, marker) ? { marker } : null;
}

/** The test itself, given the heading found (or null): the heading, else four level drop-downs. */
function showsRoleScreen(doc: Document, marker: Node | null): boolean {
  return marker !== null || countLevelSelects(doc, 4) >= 4;
}

/** The text node of the screen's heading, if the page shows one. */
export function screenMarker(doc: Document): Node | null {
  if (!doc.body) return null;
  if (typeof doc.evaluate === 'function' && typeof XPathResult !== 'undefined') {
    // Native XPath finds the heading without building the page's text in script.
    const found = doc.evaluate(
      `//body//text()[contains(., '${SCREEN_MARKER_WORD}')][starts-with(normalize-space(.), '${SCREEN_MARKER}')][not(ancestor::script or ancestor::style)]`,
      doc,
      null,
      XPathResult.FIRST_ORDERED_NODE_TYPE,
      null,
    );
    return found.singleNodeValue;
  }
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeValue?.trimStart().startsWith(SCREEN_MARKER) && !inSkippedElement(node)) return node;
  }
  return null;
}

function countLevelSelects(doc: Document, enough: number): number {
  const selects = doc.getElementsByTagName('select');
  let count = 0;
  for (let i = 0; i < selects.length && count < enough; i++) {
    if (isLevelSelect(selects[i]!)) count++;
  }
  return count;
}

// ---------------------------------------------------------------------------------------------
// Controls and rows
// ---------------------------------------------------------------------------------------------

/** Whether an element is one of the page's level controls (for the change listener). */
export function isLevelControlElement(target: EventTarget | null): target is HTMLElement {
  const element = target as Element | null;
  if (!element || typeof element.matches !== 'function') return false;
  return looksLikeLevelControl(element);
}

/** The row element a control belongs to, for re-reading just that row after a change. */
export function rowElementOf(control: HTMLElement): HTMLElement | null {
  return control.closest<HTMLElement>(ROW_SELECTOR) ?? boxRowOf(control);
}

/** For layouts without table rows: the nearest ancestor holding at least four controls. */
function boxRowOf(control: HTMLElement): HTMLElement | null {
  for (let node = control.parentElement; node && node.tagName !== 'BODY'; node = node.parentElement) {
    if (node.querySelectorAll(CONTROL_SELECTOR).length >= 4) return node;
  }
  return null;
}

interface ControlRow {
  element: HTMLElement;
  controls: FoundControl[];
  /** The children of the row holding its controls (never a cell naming the function). */
  controlCells: ReadonlySet<Element>;
}

/**
 * Controls grouped by the row that holds them, in document order: the table or grid row, else
 * the nearest box holding several. In a row with interactive controls, plain-text levels
 * are set aside, and so is a look-alike sharing its cell with a level control (a trigger button).
 */
function groupIntoRows(controls: FoundControl[]): ControlRow[] {
  const rowOf = new Map<FoundControl, HTMLElement>();
  controls.forEach((control, index) => {
    const row =
      control.element.closest<HTMLElement>(ROW_SELECTOR) ??
      boxRow(control.element, controls[index - 1]?.element, controls[index + 1]?.element);
    if (row) rowOf.set(control, row);
  });
  // A box that holds other rows is their container, not a row (its own control sits in a row
  // whose other controls we could not read): such a control belongs to the container's child.
  const containers = new Set<Element>();
  const rowElements = new Set(rowOf.values());
  for (const row of rowElements) {
    for (let node = row.parentElement; node && node.tagName !== 'BODY'; node = node.parentElement) {
      if (rowElements.has(node as HTMLElement)) containers.add(node);
    }
  }
  const rows = new Map<HTMLElement, FoundControl[]>();
  for (const [control, found] of rowOf) {
    const row = containers.has(found) ? (cellOf(control.element, found) as HTMLElement) : found;
    const list = rows.get(row) ?? [];
    list.push(control);
    rows.set(row, list);
  }
  const grouped: ControlRow[] = [];
  for (const [element, list] of rows) {
    let kept =
      list.some((control) => control.kind === 'text') && list.some((control) => control.kind !== 'text')
        ? list.filter((control) => control.kind !== 'text')
        : list;
    let cells = kept.map((control) => cellOf(control.element, element));
    // A look-alike sharing its cell with a level control (a trigger button) is set aside; most
    // rows hold level controls only, and skip this.
    if (kept.some((control) => !control.evident)) {
      const levelCells = new Set(cells.filter((_, index) => kept[index]!.evident));
      const keep = kept.map((control, index) => control.evident || !levelCells.has(cells[index]!));
      kept = kept.filter((_, index) => keep[index]);
      cells = cells.filter((_, index) => keep[index]);
    }
    // Look-alikes alone are a level row only as a full set of four (every level "Mine" or
    // blank); fewer are some other row of buttons.
    if (kept.length === 4 || kept.some((control) => control.evident))
      grouped.push({ element, controls: kept, controlCells: new Set(cells) });
  }
  return grouped;
}

/**
 * The nearest box (below the body) holding more than this control: a row whose other controls
 * show words we cannot read ("Mine" in plain text) is still its own row, not its whole module.
 * The controls come in document order, none inside another, so the nearest box `control` shares
 * with any control is the one it shares with the control before it or the one after it: two
 * walks up the tree per control, not a count of every box above every control.
 */
function boxRow(
  control: Element,
  before: Element | undefined,
  after: Element | undefined,
): HTMLElement | null {
  const sharedWith = (other: Element | undefined) => {
    if (!other) return null;
    let node = control.parentElement;
    while (node && !node.contains(other)) node = node.parentElement;
    return node;
  };
  const withBefore = sharedWith(before);
  const withAfter = sharedWith(after);
  // Both hold `control`, so one holds the other: the nearer is the one inside.
  const nearest =
    withBefore && withAfter && withBefore.contains(withAfter) ? withAfter : (withBefore ?? withAfter);
  if (!nearest) return null;
  for (let node = control.parentElement; node && node !== nearest; node = node.parentElement) {
    if (node.tagName === 'BODY') return null;
  }
  return nearest.tagName === 'BODY' ? null : (nearest as HTMLElement);
}

/** The child of `row` that holds `element`. */
function cellOf(element: Element, row: Element): Element {
  let cell = element;
  while (cell.parentElement && cell.parentElement !== row) cell = cell.parentElement;
  return cell;
}

// ---------------------------------------------------------------------------------------------
// Reading the page
// ---------------------------------------------------------------------------------------------

/**
 * What a reading starts from: the screen's heading and its level controls. The content script
 * finds them while the checker script loads (early-scan.ts); a reading of an unchanged screen
 * takes them as found.
 */
export interface ReadingStart {
  marker: Node | null;
  controls: FoundControl[];
}

/** The screen's level controls (our own overlay and badges aside). */
function levelControlsOf(body: HTMLElement): FoundControl[] {
  return findLevelControls(body, OWN_CONTENT_SELECTOR);
}

/** A reading's start, taken now; `marker` when the screen's heading was found just before (null: none). */
export function startReading(
  doc: Document & { body: HTMLElement },
  marker: Node | null = screenMarker(doc),
): ReadingStart {
  return { marker, controls: levelControlsOf(doc.body) };
}

export function readRolePage(doc: Document, vocabulary: PageVocabulary, start?: ReadingStart): PageReading {
  if (!doc.body) return { status: 'not-role-screen' };
  // The detector's test, keeping the heading it finds: the page is searched for it only once.
  const markerNode = start ? start.marker : screenMarker(doc);
  if (!showsRoleScreen(doc, markerNode)) return { status: 'not-role-screen' };
  const roleName = readRoleName(doc);
  const controls = start ? start.controls : levelControlsOf(doc.body);
  const grouped = groupIntoRows(controls);
  const headings = columnHeadings(doc);
  const orders = columnOrders(doc, grouped, groupHeadings(headings));
  const labels = labelsByTarget(doc);
  const problems: ReadingProblem[] = [];
  const diagnosis = diagnose(controls, headings, grouped.length);
  const reject = (element: Element, why: string) => {
    const text = rowText(element).slice(0, 80);
    problems.push({ kind: 'unmapped-row', text });
    if (diagnosis.rejectedRows.length < MAX_DIAGNOSED_ROWS) diagnosis.rejectedRows.push({ text, why });
  };

  const mapped: {
    element: HTMLElement;
    cells: Record<Action, LevelCell>;
    controlCells: ReadonlySet<Element>;
  }[] = [];
  const rejectedRows = new Set<Element>();
  for (const { element, controls: rowControls, controlCells } of grouped) {
    const result = mapCells(rowControls, orders.get(element) ?? null, labels);
    if (typeof result === 'string') {
      reject(element, result);
      rejectedRows.add(element);
    } else mapped.push({ element, cells: result, controlCells });
  }

  const { moduleNames, knownFunctions, functionModules } = compileVocabulary(vocabulary);
  const context = {
    rows: new Set(mapped.map((row) => row.element)),
    controlHolders: holdersOf(controls, doc.body),
    rejectedRows,
    headingRows: new Set(headings.flatMap(({ element }) => element.closest(ROW_SELECTOR) ?? [])),
    moduleNames,
    marker: markerNode,
  };
  if (mapped.length === 0) {
    // No readable row. That is a fact about the role only when the page says its modules are
    // collapsed (headings below the screen's heading marked collapsed); anything else (controls
    // we cannot map, no controls at all) is a layout we do not know.
    const { sections, headingTexts } = assignModules(doc.body, { ...context, startAfter: markerNode });
    diagnosis.moduleHeadings = headingTexts;
    if (controls.length === 0 && sections.some((section) => section.expanded === false)) {
      return { status: 'read', roleName, rows: [], modules: sections, problems, diagnosis };
    }
    return controls.length === 0
      ? {
          status: 'unrecognised',
          code: 'no-controls',
          roleName,
          reason: 'No security level controls were found on this page.',
          diagnosis,
        }
      : {
          status: 'unrecognised',
          code: 'unmapped-controls',
          roleName,
          reason: 'The level controls could not be matched to the Add, Edit, Delete and Inquire columns.',
          diagnosis,
        };
  }

  // Rows are in document order, and whatever holds the first and the last holds every one between.
  const ends = [mapped[0]!.element, mapped[mapped.length - 1]!.element];
  const container = gridContainer(doc, [...ends, ...headings.map((heading) => heading.element)]);
  let assignment = assignModules(container, context);
  if (assignment.sectionOf.size < context.rows.size && container !== doc.body) {
    // Some module heading sits outside the grid (one table per module): walk the page from the
    // screen's heading, where each row still takes the nearest heading above it. Headings with
    // no row that the page does not mark as collapsed are not modules of this grid.
    assignment = assignModules(doc.body, { ...context, startAfter: markerNode });
    assignment.sections = assignment.sections.filter(
      (section) => section.rowCount > 0 || section.expanded === false,
    );
  }
  const { sectionOf, unknown } = assignment;
  diagnosis.moduleHeadings = assignment.headingTexts;
  for (const element of assignment.rowsWithoutControls)
    reject(element, 'no level control could be read in the row');

  const rows: PageRow[] = [];
  const seen = new Set<string>();
  const customizeRows = rowsWithCustomizeLink(doc.body, context.rows);
  for (const { element, cells, controlCells } of mapped) {
    const section = sectionOf.get(element);
    // A heading the catalogue does not know still names the module: its rows are the page's,
    // read but unknown, never moved into another module.
    const catalogueModule = section && !unknown.has(section) ? section.name : undefined;
    const label = functionLabel(
      element,
      controlCells,
      catalogueModule,
      section !== undefined,
      knownFunctions,
      functionModules,
    );
    if (!label) {
      reject(element, 'no function name in the row');
      continue;
    }
    let module = section?.name;
    if (!module) {
      // No heading above the row: the catalogue can still place a function that only one
      // module has; an ambiguous one ("Reports") stays unread rather than guessed.
      const candidates = functionModules.get(normaliseName(label.text)) ?? [];
      if (candidates.length !== 1) {
        problems.push({ kind: 'no-module', function: label.text });
        diagnosis.rejectedRows.push({
          text: label.text,
          why: `no module heading above the row, and the function is in ${candidates.length === 0 ? 'no module the catalogue knows' : candidates.join(', ')}`,
        });
        continue;
      }
      module = candidates[0]!;
    }
    const canonical = knownFunctions.get(functionKey(module, label.text));
    // An alias ("Product Entry") is keyed as the function it names, so both spellings meet.
    const key = functionKey(module, canonical ?? label.text);
    if (seen.has(key)) {
      problems.push({ kind: 'duplicate-row', module, function: label.text });
      continue;
    }
    seen.add(key);
    for (const action of ACTIONS) {
      const cell = cells[action];
      if (cell.level === undefined) {
        problems.push({
          kind: 'unknown-level',
          module,
          function: canonical ?? label.text,
          action,
          label: cell.label,
        });
      }
    }
    rows.push({
      key,
      module,
      function: canonical ?? label.text,
      known: canonical !== undefined,
      element,
      labelElement: label.element,
      cells,
      hasCustomize: customizeRows.has(element),
    });
  }
  diagnosis.rowsRead = rows.length;

  if (!rows.some((row) => row.known)) {
    return {
      status: 'unrecognised',
      code: 'unknown-rows',
      roleName,
      reason: 'The rows on this page do not match any ConnectWise Manage function the catalogue knows.',
      diagnosis,
    };
  }
  return { status: 'read', roleName, rows, modules: assignment.sections, problems, diagnosis };
}

/** Re-reads the four levels of an already-read row (after a change in the page). */
export function rereadCells(row: PageRow): PageRow {
  const cells = { ...row.cells };
  for (const action of ACTIONS)
    cells[action] = readCell(action, row.cells[action].control, row.cells[action].kind);
  return { ...row, cells };
}

function readCell(action: Action, control: HTMLElement, kind: ControlKind): LevelCell {
  const label = readControlLabel(control);
  return { action, control, kind, label, level: parseLevel(label) };
}

function diagnose(
  controls: readonly FoundControl[],
  headings: readonly ColumnHeading[],
  rowsFound: number,
): ReaderDiagnosis {
  const byKind: Partial<Record<ControlKind, number>> = {};
  for (const control of controls) byKind[control.kind] = (byKind[control.kind] ?? 0) + 1;
  return {
    controls: byKind,
    unknownWordControls: controls.filter((control) => !control.evident).length,
    columnHeadings: headings.map((heading) => `${heading.action}: ${heading.text}`).slice(0, 16),
    moduleHeadings: [],
    rowsFound,
    rowsRead: 0,
    rejectedRows: [],
  };
}

/** Every element holding a level control: such an element is never a module heading. */
function holdersOf(controls: readonly FoundControl[], root: Element): Set<Element> {
  const holders = new Set<Element>();
  for (const { element } of controls) {
    for (
      let node: Element | null = element;
      node && node !== root && !holders.has(node);
      node = node.parentElement
    ) {
      holders.add(node);
    }
  }
  return holders;
}

interface CompiledVocabulary {
  /** Normalised module name → the catalogue's spelling. */
  moduleNames: Map<string, string>;
  /** functionKey(module, function) → the catalogue's spelling of the function. */
  knownFunctions: Map<string, string>;
  /** Normalised function name → the modules that have a function of that name. */
  functionModules: Map<string, string[]>;
}

// The content script passes the same vocabulary on every re-read; index it once.
const compiled = new WeakMap<PageVocabulary, CompiledVocabulary>();

function compileVocabulary(vocabulary: PageVocabulary): CompiledVocabulary {
  const cached = compiled.get(vocabulary);
  if (cached) return cached;
  const moduleNames = new Map<string, string>();
  const knownFunctions = new Map<string, string>();
  const functionModules = new Map<string, string[]>();
  for (const module of vocabulary.modules) {
    for (const name of [module.name, ...(module.aliases ?? [])])
      moduleNames.set(normaliseName(name), module.name);
    for (const canonical of module.functions) {
      for (const name of [canonical, ...(module.functionAliases?.[canonical] ?? [])]) {
        knownFunctions.set(functionKey(module.name, name), canonical);
        const modules = functionModules.get(normaliseName(name)) ?? [];
        if (!modules.includes(module.name)) modules.push(module.name);
        functionModules.set(normaliseName(name), modules);
      }
    }
  }
  const result = { moduleNames, knownFunctions, functionModules };
  compiled.set(vocabulary, result);
  return result;
}

interface ColumnHeading {
  action: Action;
  element: Element;
  text: string;
}

/** The "Add Level" … "Inquire Level" column headings, in document order (every header's). */
function columnHeadings(doc: Document): ColumnHeading[] {
  const found: ColumnHeading[] = [];
  const collect = (elements: Iterable<Element>, header: boolean) => {
    for (const element of elements) {
      // A box with several children is a row or a grid, never one heading: skipped before its
      // (long) text is built.
      if (!header && element.childElementCount > 2) continue;
      const raw = element.textContent ?? '';
      // Outside real column headers only "… Level" counts: a cheap test sets nearly all aside.
      if (raw.length > 40 || (!header && !LEVEL_WORD.test(raw))) continue;
      // Grids built from boxes: an element with no text of its own in its children (a leaf, or
      // one holding only a sort arrow), so no wrapper's whole text is ever taken.
      if (!header && (!ownsItsText(element) || element.closest(COLUMN_HEADER))) continue;
      if (element.closest(OWN_CONTENT_SELECTOR)) continue;
      // Sort arrows and icons next to a heading are not part of it.
      const text = stripGlyphs(raw);
      const match = (header ? BARE_COLUMN_HEADING.exec(text) : null) ?? COLUMN_HEADING.exec(text);
      const action = match ? ACTION_WORDS[match[1]!.toLowerCase()] : undefined;
      if (action) found.push({ action, element, text });
    }
  };
  // One query per pass, so the headings come in document order; boxes only when the real
  // column headers do not name the four actions.
  collect(Array.from(doc.body.querySelectorAll(COLUMN_HEADER)), true);
  if (found.length < 4) {
    found.length = 0;
    collect(Array.from(doc.body.querySelectorAll(HEADING_CANDIDATES)), false);
  }
  return found;
}

function ownsItsText(element: Element): boolean {
  for (const child of Array.from(element.children)) {
    if (stripGlyphs(child.textContent ?? '') !== '') return false;
  }
  return true;
}

/** Header rows: each run of the four actions' headings, in document order. */
function groupHeadings(headings: readonly ColumnHeading[]): ColumnHeading[][] {
  const groups: ColumnHeading[][] = [];
  let run: ColumnHeading[] = [];
  for (const heading of headings) {
    if (run.some((taken) => taken.action === heading.action)) run = [];
    run.push(heading);
    if (run.length === 4) {
      groups.push(run);
      run = [];
    }
  }
  return groups;
}

/**
 * The column order for each row: that of the header nearest above it (the first header for
 * rows above every header). With one header, every row's.
 */
function columnOrders(
  doc: Document,
  rows: readonly ControlRow[],
  groups: readonly ColumnHeading[][],
): Map<Element, Action[] | null> {
  const orders = new Map<Element, Action[] | null>();
  const orderOf = (group: ColumnHeading[] | undefined) => group?.map((heading) => heading.action) ?? null;
  if (groups.length <= 1) {
    for (const row of rows) orders.set(row.element, orderOf(groups[0]));
    return orders;
  }
  // Several headers (one per module): walk the page once, in document order.
  const starts = new Map(groups.map((group) => [group[0]!.element, group] as const));
  const rowElements = new Set(rows.map((row) => row.element));
  let current = groups[0];
  for (const element of Array.from(doc.body.querySelectorAll('*'))) {
    current = starts.get(element) ?? current;
    if (rowElements.has(element as HTMLElement)) orders.set(element, orderOf(current));
  }
  return orders;
}

/**
 * Which control is which action: each control's own label, else the column headings' order.
 * Returns why not when the row cannot be mapped.
 */
function mapCells(
  controls: FoundControl[],
  columnOrder: Action[] | null,
  labels: ReadonlyMap<string, Element>,
): Record<Action, LevelCell> | string {
  if (controls.length !== 4) return `${controls.length} level controls in the row (4 expected)`;
  // Labels decide only when all four name a different action: a first control naming none
  // (the usual grid) settles it without reading the other three.
  const first = controlAction(controls[0]!.element, labels);
  const byLabel = first
    ? [first, ...controls.slice(1).map(({ element }) => controlAction(element, labels))]
    : null;
  const actions =
    byLabel?.every((action) => action !== undefined) && new Set(byLabel).size === 4
      ? (byLabel as Action[])
      : columnOrder;
  if (!actions) return 'no column headings and no labels naming Add, Edit, Delete and Inquire';
  const cells = {} as Record<Action, LevelCell>;
  controls.forEach(({ element, kind }, index) => {
    const action = actions[index]!;
    cells[action] = readCell(action, element, kind);
  });
  return cells;
}

/** `<label for>` elements by the id they label, collected once per reading. */
function labelsByTarget(doc: Document): Map<string, Element> {
  const labels = new Map<string, Element>();
  for (const label of Array.from(doc.body.querySelectorAll('label[for]'))) {
    const target = label.getAttribute('for');
    if (target && !labels.has(target)) labels.set(target, label);
  }
  return labels;
}

/** The action a control's own label names, from its most specific label to its least. */
function controlAction(control: HTMLElement, labels: ReadonlyMap<string, Element>): Action | undefined {
  // Plain checks in order, no closures: this runs for every control on every read.
  const id = control.id;
  const labelledBy = control.getAttribute('aria-labelledby');
  return (
    actionNamedIn(control.getAttribute('aria-label')) ??
    actionNamedIn(control.getAttribute('title')) ??
    actionNamedIn(control.getAttribute('name')) ??
    actionNamedIn(id) ??
    (labelledBy ? actionNamedIn(control.ownerDocument.getElementById(labelledBy)?.textContent) : undefined) ??
    (id ? actionNamedIn(labels.get(id)?.textContent) : undefined)
  );
}

function actionNamedIn(text: string | null | undefined): Action | undefined {
  const match = text ? CONTROL_LABEL.exec(text) : null;
  return match ? ACTION_WORDS[match[1]!.toLowerCase()] : undefined;
}

/** The smallest element holding every row and the column headings (where module headings live). */
function gridContainer(doc: Document, nodes: Element[]): Element {
  let container: Element | null = nodes[0]?.parentElement ?? null;
  for (const node of nodes) {
    while (container && !container.contains(node)) container = container.parentElement;
  }
  return container ?? doc.body;
}

/**
 * The cell naming the row's function: one the catalogue knows (in the row's module when the
 * page names a module the catalogue knows; in any module when no heading is above the row),
 * else the first text cell.
 */
function functionLabel(
  row: HTMLElement,
  // The cells holding the row's level controls are known already (groupIntoRows): no query
  // per cell, as this runs for every row on every read.
  controlCells: ReadonlySet<Element>,
  module: string | undefined,
  underHeading: boolean,
  knownFunctions: Map<string, string>,
  functionModules: Map<string, string[]>,
): { text: string; element: HTMLElement } | undefined {
  let first: { text: string; element: HTMLElement } | undefined;
  for (const cell of Array.from(row.children) as HTMLElement[]) {
    if (controlCells.has(cell)) continue;
    const text = cellText(cell);
    if (!text) continue;
    first ??= { text, element: cell };
    const known = module
      ? knownFunctions.has(functionKey(module, text))
      : !underHeading && functionModules.has(normaliseName(text));
    if (known) return { text, element: cell };
  }
  return first;
}

/**
 * A row cell's text without control option names, link-only helpers ("Customize") or our badges.
 * `cell` is a child of a row of the page (never inside our own content): only the cell itself
 * can be one of ours.
 */
function cellText(cell: Element): string {
  // Most cells hold one text node: read as such, without a tree walker.
  const only = cell.firstChild;
  if (only && only === cell.lastChild && only.nodeType === 3) {
    const text = only.nodeValue?.trim();
    if (!text || CUSTOMIZE.test(text) || cell.matches(OWN_CONTENT_SELECTOR)) return '';
    return normaliseText(text);
  }
  const parts: string[] = [];
  const walker = cell.ownerDocument.createTreeWalker(cell, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue?.trim();
    if (!text || CUSTOMIZE.test(text) || inSkippedElement(node, cell)) continue;
    if (node.parentElement?.closest(OWN_CONTENT_SELECTOR)) continue;
    parts.push(text);
  }
  return normaliseText(parts.join(' '));
}

function rowText(row: Element): string {
  return Array.from(row.children, cellText).filter(Boolean).join(' | ');
}

/**
 * The rows offering a Customize link (Table Setup's): one query of the page, not one per row,
 * and each link counts for every row that holds it.
 */
function rowsWithCustomizeLink(root: Element, rows: ReadonlySet<Element>): Set<Element> {
  const found = new Set<Element>();
  for (const link of Array.from(root.querySelectorAll('a, button, [role="link"]'))) {
    if (!CUSTOMIZE.test((link.textContent ?? '').trim())) continue;
    for (let node = link.parentElement; node && node !== root; node = node.parentElement) {
      if (rows.has(node)) found.add(node);
    }
  }
  return found;
}

function inSkippedElement(node: Node, stopAt?: Element): boolean {
  for (let element = node.parentElement; element && element !== stopAt; element = element.parentElement) {
    if (SKIPPED_TAGS.has(element.tagName)) return true;
  }
  return false;
}

/** The role's name: its "Role ID" field, else the screen heading's suffix, else unknown. */
export function readRoleName(doc: Document): string | null {
  for (const label of doc.body.querySelectorAll('label, th, td, span, div')) {
    if (label.children.length > 0 || !ROLE_NAME_LABEL.test(label.textContent ?? '')) continue;
    const forId = label.getAttribute('for');
    const field =
      (forId ? doc.getElementById(forId) : null) ??
      label.parentElement?.querySelector('input:not([type="hidden"])') ??
      label.nextElementSibling?.querySelector('input:not([type="hidden"])') ??
      null;
    const value = normaliseText((field as HTMLInputElement | null)?.value);
    if (value) return value;
  }
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const match = ROLE_HEADING.exec(normaliseText(node.nodeValue));
    if (match && !inSkippedElement(node)) return normaliseText(match[1]) || null;
  }
  return null;
}

/** Settings in the shape the audit takes (`auditRole`), for rows whose four levels were all read. */
export interface PageRoleSetting {
  moduleName: string;
  moduleFunctionName: string;
  addLevel: Level;
  editLevel: Level;
  deleteLevel: Level;
  inquireLevel: Level;
}

export function toRoleSettings(rows: readonly PageRow[]): PageRoleSetting[] {
  const settings: PageRoleSetting[] = [];
  for (const row of rows) {
    const { add, edit, delete: del, inquire } = row.cells;
    if (!add.level || !edit.level || !del.level || !inquire.level) continue;
    settings.push({
      moduleName: row.module,
      moduleFunctionName: row.function,
      addLevel: add.level,
      editLevel: edit.level,
      deleteLevel: del.level,
      inquireLevel: inquire.level,
    });
  }
  return settings;
}
