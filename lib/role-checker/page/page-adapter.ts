// Imported from the files themselves, not the package index: the content script's detector uses
// this module on every ConnectWise page and must not pull in the catalogue (and zod) with it.
import { ACTIONS, type Action, type Level, parseLevel } from '../../permissions/levels';
import { functionKey, normaliseName } from '../../permissions/normalise';

/**
 * Runs in: the content script (top frame), against the document that holds the role screen.
 *
 * Everything this product assumes about ConnectWise Manage's "Security Modules for Role" screen
 * lives in this one module. Nobody here has the real page's HTML; the vendor documents describe
 * the screen (System → Security Roles → a role; modules that expand; per function an Add, Edit,
 * Delete and Inquire level picked from a drop-down; a Customize link next to Table Setup; see
 * WatchGuard Cloud: ConnectWise Manage PSA Tool Integration Settings (seeds/001) and NinjaOne:
 * ConnectWise Manage REST API Key Setup Guide (seeds/003)). So nothing here depends on class
 * names or ids:
 * - a level control is a drop-down whose options are level names;
 * - a row is the table row (or the nearest box) that holds four of them;
 * - which control is which action comes from its own label or, failing that, from the order of
 *   the "Add Level … Inquire Level" column headings;
 * - a row's function is the cell text that matches a function the catalogue knows (else the
 *   first text cell), its module the nearest module heading above it;
 * - a level is the selected option's text.
 * When any of that fails the reading says so; it never fills a gap with a guess.
 */

/** Text that starts the role screen's heading ("Security Modules for Role"). */
const SCREEN_MARKER = 'Security Modules';
/** Column headings, e.g. "Add Level"; also matched against a control's own label. */
const ACTION_WORDS: Record<string, Action> = {
  add: 'add',
  edit: 'edit',
  delete: 'delete',
  inquire: 'inquire',
};
const COLUMN_HEADING = /^\s*(add|edit|delete|inquire)\s+level\s*$/i;
const CONTROL_LABEL = /\b(add|edit|delete|inquire)(?:[\s_-]*level)?\b/i;
const CUSTOMIZE = /^customi[sz]e\b/i;
const ROLE_NAME_LABEL = /^\s*role\s*(?:id|name)\s*:?\s*$/i;
const ROLE_HEADING = /security\s+modules\s+for\s+role\s*[:\-–—]?\s*(.*)$/i;
/** A level drop-down offers the three levels and perhaps a variant; a longer list is something else. */
const MAX_LEVEL_OPTIONS = 6;
/** Elements whose text is never a heading or a function name. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SELECT', 'OPTION', 'TEXTAREA']);
const CONTROL_SELECTOR = 'select, input[role="combobox"]';
const ROW_SELECTOR = 'tr, [role="row"]';
/** The portal's menus repeat module names ("Companies", "Finance" …); they are never headings. */
const NAVIGATION = 'nav, [role="navigation"], [role="menubar"], [role="menu"]';
/** Marks the badges the checker adds next to rows (see badges.ts). */
export const BADGE_ATTRIBUTE = 'data-mpc-badge';
/** Our own overlay and badges, which must never be read as page content. */
export const OWN_CONTENT_SELECTOR = `mpc-overlay, [${BADGE_ATTRIBUTE}]`;

export interface PageVocabulary {
  /** Module names and their function names, as the catalogue knows them. */
  modules: readonly { name: string; functions: readonly string[] }[];
}

export type ControlKind = 'select' | 'combobox';

export interface LevelCell {
  action: Action;
  control: HTMLElement;
  kind: ControlKind;
  /** The text the control shows, as read. */
  label: string;
  /** The level that text names, or undefined when it is not one we know (e.g. "Mine"). */
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

export interface ModuleSection {
  name: string;
  /** From the heading's aria-expanded; null when the page does not say. */
  expanded: boolean | null;
  rowCount: number;
}

export type ReadingProblem =
  | { kind: 'unknown-level'; module: string; function: string; action: Action; label: string }
  | { kind: 'no-module'; function: string }
  | { kind: 'duplicate-row'; module: string; function: string }
  | { kind: 'unmapped-row'; text: string };

/**
 * Why a role screen could not be read: no level drop-downs (yet: the page may still be
 * loading), drop-downs we cannot map to the four actions, or rows naming no function we know.
 */
export type UnrecognisedCode = 'no-controls' | 'unmapped-controls' | 'unknown-rows';

export type PageReading =
  | { status: 'not-role-screen' }
  | { status: 'unrecognised'; code: UnrecognisedCode; reason: string; roleName: string | null }
  | {
      status: 'read';
      roleName: string | null;
      rows: PageRow[];
      modules: ModuleSection[];
      problems: ReadingProblem[];
    };

// ---------------------------------------------------------------------------------------------
// Detection (cheap; part of the always-loaded content script)
// ---------------------------------------------------------------------------------------------

/**
 * Whether this document shows (or is loading) the role screen: its heading, or at least four
 * level drop-downs. Kept cheap because it runs on every ConnectWise page and after DOM bursts.
 */
export function looksLikeRoleScreen(doc: Document): boolean {
  return screenMarker(doc) !== null || countLevelSelects(doc, 4) >= 4;
}

/** The text node of the screen's heading, if the page shows one. */
function screenMarker(doc: Document): Node | null {
  if (!doc.body) return null;
  if (typeof doc.evaluate === 'function' && typeof XPathResult !== 'undefined') {
    // Native XPath finds the heading without building the page's text in script.
    const found = doc.evaluate(
      `//body//text()[starts-with(normalize-space(.), '${SCREEN_MARKER}')][not(ancestor::script or ancestor::style)]`,
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
// Controls
// ---------------------------------------------------------------------------------------------

/** A drop-down's options: its live `options` list where the DOM has one (far cheaper than a query). */
function optionsOf(select: HTMLSelectElement): ArrayLike<HTMLOptionElement> {
  return select.options ?? select.querySelectorAll('option');
}

function isLevelSelect(select: HTMLSelectElement): boolean {
  const options = optionsOf(select);
  if (options.length < 2 || options.length > MAX_LEVEL_OPTIONS) return false;
  // Runs for every drop-down on every read: level names are single words, so parseLevel's own
  // trimming is enough, and two level names settle it.
  let levels = 0;
  for (let i = 0; i < options.length && levels < 2; i++) {
    if (parseLevel(options[i]!.textContent ?? '') !== undefined) levels++;
  }
  return levels >= 2;
}

function isLevelControl(element: Element): boolean {
  if (element.tagName === 'SELECT') return isLevelSelect(element as HTMLSelectElement);
  const input = element as HTMLInputElement;
  return parseLevel(input.value ?? '') !== undefined || /level/i.test(input.getAttribute('aria-label') ?? '');
}

function selectedOption(select: HTMLSelectElement): HTMLOptionElement | null {
  // A single-choice drop-down with nothing marked selected shows its first option.
  const index = select.selectedIndex;
  return (
    (select.options && index >= 0 ? (select.options[index] ?? null) : null) ??
    select.querySelector<HTMLOptionElement>('option[selected]') ??
    select.querySelector<HTMLOptionElement>('option')
  );
}

/** The text a level control shows. */
export function readControlLabel(control: HTMLElement): string {
  if (control.tagName === 'SELECT')
    return normaliseText(selectedOption(control as HTMLSelectElement)?.textContent);
  return normaliseText((control as HTMLInputElement).value);
}

/**
 * Whether we can set this control to a level the way a person would: only native drop-downs
 * offering that level. A scripted combo box would need the page's own widget code, so we read
 * it but never write it.
 */
export function canSetControl(control: HTMLElement, level: Level): boolean {
  return control.tagName === 'SELECT' && findOption(control as HTMLSelectElement, level) !== undefined;
}

function findOption(select: HTMLSelectElement, level: Level): HTMLOptionElement | undefined {
  return Array.from(select.querySelectorAll('option')).find(
    (option) => parseLevel(normaliseText(option.textContent)) === level,
  );
}

/**
 * Picks `level` (or restores a previously shown option label) in a native drop-down and fires
 * the events a person's choice fires, so the page's own handlers (dirty flag, Save button)
 * notice. Returns false when the control cannot take that value.
 */
export function setControl(control: HTMLElement, target: Level | { label: string }): boolean {
  if (control.tagName !== 'SELECT') return false;
  const select = control as HTMLSelectElement;
  const option =
    typeof target === 'string'
      ? findOption(select, target)
      : Array.from(select.querySelectorAll('option')).find(
          (candidate) => normaliseText(candidate.textContent) === target.label,
        );
  if (!option) return false;
  const index = Array.from(select.querySelectorAll('option')).indexOf(option);
  select.selectedIndex = index;
  option.selected = true;
  const view = select.ownerDocument.defaultView;
  const EventCtor = view?.Event ?? Event;
  select.dispatchEvent(new EventCtor('input', { bubbles: true }));
  select.dispatchEvent(new EventCtor('change', { bubbles: true }));
  return true;
}

/** Whether an element is one of the page's level controls (for the change listener). */
export function isLevelControlElement(target: EventTarget | null): target is HTMLElement {
  const element = target as Element | null;
  return (
    !!element &&
    typeof element.matches === 'function' &&
    element.matches(CONTROL_SELECTOR) &&
    isLevelControl(element)
  );
}

/** The row element a control belongs to, for re-reading just that row after a change. */
export function rowElementOf(control: HTMLElement): HTMLElement | null {
  return control.closest<HTMLElement>(ROW_SELECTOR) ?? boxRowOf(control);
}

// ---------------------------------------------------------------------------------------------
// Reading the page
// ---------------------------------------------------------------------------------------------

export function readRolePage(doc: Document, vocabulary: PageVocabulary): PageReading {
  if (!doc.body) return { status: 'not-role-screen' };
  // looksLikeRoleScreen, keeping the heading it finds: the page is searched for it only once.
  const markerNode = screenMarker(doc);
  if (!markerNode && countLevelSelects(doc, 4) < 4) return { status: 'not-role-screen' };
  const roleName = readRoleName(doc);
  // Our overlay lives in a shadow root and badges hold no drop-downs, so one query usually
  // settles that no control is ours, instead of a look up the tree from each one.
  const ownControls =
    doc.body.querySelector(`:is(${OWN_CONTENT_SELECTOR}) :is(${CONTROL_SELECTOR})`) !== null;
  const controls = Array.from(doc.body.querySelectorAll<HTMLElement>(CONTROL_SELECTOR)).filter(
    (control) => isLevelControl(control) && !(ownControls && control.closest(OWN_CONTENT_SELECTOR)),
  );
  const grouped = groupIntoRows(controls);
  const headings = columnHeadings(doc);
  const columnOrder = readColumnOrder(headings);
  const labels = labelsByTarget(doc);
  const problems: ReadingProblem[] = [];

  const mapped: { element: HTMLElement; cells: Record<Action, LevelCell> }[] = [];
  for (const [element, rowControls] of grouped) {
    const cells = mapCells(rowControls, columnOrder, labels);
    if (cells) mapped.push({ element, cells });
    else problems.push({ kind: 'unmapped-row', text: rowText(element).slice(0, 80) });
  }

  const { moduleNames, knownFunctions, functionModules } = compileVocabulary(vocabulary);
  if (mapped.length === 0) {
    // No readable row. That is a fact about the role only when the page says its modules are
    // collapsed (headings below the screen's heading marked collapsed); anything else (controls
    // we cannot map, no controls at all) is a layout we do not know.
    const { sections } = assignModules(doc.body, new Set(), moduleNames, markerNode);
    if (controls.length === 0 && sections.some((section) => section.expanded === false)) {
      return { status: 'read', roleName, rows: [], modules: sections, problems };
    }
    return controls.length === 0
      ? {
          status: 'unrecognised',
          code: 'no-controls',
          roleName,
          reason: 'No level drop-downs were found on this page.',
        }
      : {
          status: 'unrecognised',
          code: 'unmapped-controls',
          roleName,
          reason: 'The level drop-downs could not be matched to the Add, Edit, Delete and Inquire columns.',
        };
  }

  const rowElements = new Set(mapped.map((row) => row.element));
  // Rows are in document order, and whatever holds the first and the last holds every one between.
  const ends = [mapped[0]!.element, mapped[mapped.length - 1]!.element];
  const container = gridContainer(doc, [...ends, ...headings.map((heading) => heading.element)]);
  let { sectionOf, sections } = assignModules(container, rowElements, moduleNames);
  if (sectionOf.size < rowElements.size && container !== doc.body) {
    // Some module heading sits outside the grid (one table per module): walk the page from the
    // screen's heading, where each row still takes the nearest heading above it. Headings with
    // no row that the page does not mark as collapsed are not modules of this grid.
    ({ sectionOf, sections } = assignModules(doc.body, rowElements, moduleNames, markerNode));
    sections = sections.filter((section) => section.rowCount > 0 || section.expanded === false);
  }

  const rows: PageRow[] = [];
  const seen = new Set<string>();
  for (const { element, cells } of mapped) {
    const section = sectionOf.get(element);
    const label = functionLabel(element, cells, section?.name, knownFunctions, functionModules);
    if (!label) {
      problems.push({ kind: 'unmapped-row', text: rowText(element).slice(0, 80) });
      continue;
    }
    let module = section?.name;
    if (!module) {
      // No heading above the row: the catalogue can still place a function that only one
      // module has; an ambiguous one ("Reports") stays unread rather than guessed.
      const candidates = functionModules.get(normaliseName(label.text)) ?? [];
      if (candidates.length !== 1) {
        problems.push({ kind: 'no-module', function: label.text });
        continue;
      }
      module = candidates[0]!;
    }
    const key = functionKey(module, label.text);
    if (seen.has(key)) {
      problems.push({ kind: 'duplicate-row', module, function: label.text });
      continue;
    }
    seen.add(key);
    const canonical = knownFunctions.get(key);
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
      hasCustomize: hasCustomizeLink(element),
    });
  }

  if (!rows.some((row) => row.known)) {
    return {
      status: 'unrecognised',
      code: 'unknown-rows',
      roleName,
      reason: 'The rows on this page do not match any ConnectWise Manage function the catalogue knows.',
    };
  }
  return { status: 'read', roleName, rows, modules: sections, problems };
}

/** Re-reads the four levels of an already-read row (after a change in the page). */
export function rereadCells(row: PageRow): PageRow {
  const cells = { ...row.cells };
  for (const action of ACTIONS) cells[action] = readCell(action, row.cells[action].control);
  return { ...row, cells };
}

function readCell(action: Action, control: HTMLElement): LevelCell {
  const label = readControlLabel(control);
  return {
    action,
    control,
    kind: control.tagName === 'SELECT' ? 'select' : 'combobox',
    label,
    level: parseLevel(label),
  };
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
  const moduleNames = new Map(vocabulary.modules.map((module) => [normaliseName(module.name), module.name]));
  const knownFunctions = new Map<string, string>();
  const functionModules = new Map<string, string[]>();
  for (const module of vocabulary.modules) {
    for (const name of module.functions) {
      knownFunctions.set(functionKey(module.name, name), name);
      const modules = functionModules.get(normaliseName(name)) ?? [];
      modules.push(module.name);
      functionModules.set(normaliseName(name), modules);
    }
  }
  const result = { moduleNames, knownFunctions, functionModules };
  compiled.set(vocabulary, result);
  return result;
}

/** Controls grouped by the row that holds them, in document order. */
function groupIntoRows(controls: HTMLElement[]): Map<HTMLElement, HTMLElement[]> {
  const rows = new Map<HTMLElement, HTMLElement[]>();
  for (const control of controls) {
    const row = rowElementOf(control);
    if (!row) continue;
    const list = rows.get(row) ?? [];
    list.push(control);
    rows.set(row, list);
  }
  return rows;
}

/** For layouts without table rows: the nearest ancestor holding at least four controls. */
function boxRowOf(control: HTMLElement): HTMLElement | null {
  for (let node = control.parentElement; node && node.tagName !== 'BODY'; node = node.parentElement) {
    if (node.querySelectorAll(CONTROL_SELECTOR).length >= 4) return node;
  }
  return null;
}

/** The "Add Level" … "Inquire Level" column headings, in document order. */
function columnHeadings(doc: Document): { action: Action; element: Element }[] {
  const found: { action: Action; element: Element }[] = [];
  const collect = (elements: Iterable<Element>) => {
    for (const element of elements) {
      if (element.closest(OWN_CONTENT_SELECTOR)) continue;
      const text = element.textContent ?? '';
      if (text.length > 40) continue;
      const match = COLUMN_HEADING.exec(text);
      const action = match ? ACTION_WORDS[match[1]!.toLowerCase()] : undefined;
      if (action && !found.some((heading) => heading.action === action)) found.push({ action, element });
    }
  };
  collect(doc.body.querySelectorAll('th, [role="columnheader"]'));
  // Grids built from boxes: only leaf elements, so no wrapper's whole text is ever built.
  if (found.length < 4) {
    collect(
      Array.from(doc.body.querySelectorAll('td, div, span, label')).filter(
        (el) => el.childElementCount === 0,
      ),
    );
  }
  return found;
}

function readColumnOrder(headings: { action: Action; element: Element }[]): Action[] | null {
  return headings.length === 4 ? headings.map((heading) => heading.action) : null;
}

/** Which control is which action: each control's own label, else the column headings' order. */
function mapCells(
  controls: HTMLElement[],
  columnOrder: Action[] | null,
  labels: ReadonlyMap<string, Element>,
): Record<Action, LevelCell> | null {
  if (controls.length !== 4) return null;
  const byLabel = controls.map((control) => controlAction(control, labels));
  const actions =
    byLabel.every((action) => action !== undefined) && new Set(byLabel).size === 4
      ? (byLabel as Action[])
      : columnOrder;
  if (!actions) return null;
  const cells = {} as Record<Action, LevelCell>;
  controls.forEach((control, index) => {
    const action = actions[index]!;
    cells[action] = readCell(action, control);
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
  const labelledBy = control.getAttribute('aria-labelledby');
  const sources: (() => string | null | undefined)[] = [
    () => control.getAttribute('aria-label'),
    () => control.getAttribute('title'),
    () => control.getAttribute('name'),
    () => control.id,
    () => (labelledBy ? control.ownerDocument.getElementById(labelledBy)?.textContent : null),
    () => (control.id ? labels.get(control.id)?.textContent : null),
  ];
  for (const source of sources) {
    const text = source();
    const match = text ? CONTROL_LABEL.exec(text) : null;
    if (match) return ACTION_WORDS[match[1]!.toLowerCase()];
  }
  return undefined;
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
 * Walks the grid in document order: every text that is exactly a module's name opens that
 * module; every row belongs to the last module opened above it. Site menus (navigation
 * landmarks) are skipped, and with `startAfter` so is everything before the screen's heading.
 */
function assignModules(
  container: Element,
  rows: Set<HTMLElement>,
  moduleNames: Map<string, string>,
  startAfter: Node | null = null,
) {
  const sectionOf = new Map<HTMLElement, ModuleSection>();
  const sections: ModuleSection[] = [];
  let current: ModuleSection | undefined;
  let started = startAfter === null;
  let node: Node | null = container.firstChild;
  while (node) {
    if (node === startAfter) started = true;
    if (node.nodeType === 1) {
      const element = node as HTMLElement;
      if (rows.has(element)) {
        if (current) {
          sectionOf.set(element, current);
          current.rowCount++;
        }
        node = nextOutside(element, container);
        continue;
      }
      if (
        SKIPPED_TAGS.has(element.tagName) ||
        element.matches(OWN_CONTENT_SELECTOR) ||
        element.matches(NAVIGATION)
      ) {
        node = nextOutside(element, container);
        continue;
      }
    } else if (node.nodeType === 3 && started) {
      // A heading's text may arrive in pieces ("Time ", "&", " Expense"): read its element whole.
      const parent = node.parentElement;
      const text = parent && parent.childElementCount === 0 ? parent.textContent : node.nodeValue;
      if (text && text.length < 40) {
        const name = moduleNames.get(normaliseName(text));
        if (name && !(current?.name === name && current.rowCount === 0)) {
          current = { name, expanded: expandedState(parent), rowCount: 0 };
          sections.push(current);
        }
      }
    }
    node = node.firstChild ?? nextOutside(node, container);
  }
  return { sectionOf, sections };
}

function nextOutside(node: Node, root: Node): Node | null {
  for (let current: Node | null = node; current && current !== root; current = current.parentNode) {
    if (current.nextSibling) return current.nextSibling;
  }
  return null;
}

function expandedState(heading: Element | null): boolean | null {
  if (!heading) return null;
  const holder =
    heading.closest('[aria-expanded]') ??
    heading.closest(ROW_SELECTOR)?.querySelector('[aria-expanded]') ??
    null;
  const value = holder?.getAttribute('aria-expanded');
  return value === 'true' ? true : value === 'false' ? false : null;
}

/** The cell naming the row's function: one the catalogue knows, else the first text cell. */
function functionLabel(
  row: HTMLElement,
  cells: Record<Action, LevelCell>,
  module: string | undefined,
  knownFunctions: Map<string, string>,
  functionModules: Map<string, string[]>,
): { text: string; element: HTMLElement } | undefined {
  // The cells holding the row's level controls are known already: no query per cell (this runs
  // for every row on every read).
  const controlCells = new Set<Element>();
  for (const action of ACTIONS) {
    let cell: Element | null = cells[action].control;
    while (cell && cell.parentElement !== row) cell = cell.parentElement;
    if (cell) controlCells.add(cell);
  }
  let first: { text: string; element: HTMLElement } | undefined;
  for (const cell of Array.from(row.children) as HTMLElement[]) {
    if (controlCells.has(cell)) continue;
    const text = cellText(cell);
    if (!text) continue;
    first ??= { text, element: cell };
    const known = module
      ? knownFunctions.has(functionKey(module, text))
      : functionModules.has(normaliseName(text));
    if (known) return { text, element: cell };
  }
  return first;
}

/** A cell's text without control option names, link-only helpers ("Customize") or our badges. */
function cellText(cell: Element): string {
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

function hasCustomizeLink(row: Element): boolean {
  return Array.from(row.querySelectorAll('a, button, [role="link"]')).some((element) =>
    CUSTOMIZE.test((element.textContent ?? '').trim()),
  );
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

function normaliseText(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
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
