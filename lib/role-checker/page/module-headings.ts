import { normaliseName } from '../../permissions/normalise';
import { CUSTOMIZE, normaliseText, stripGlyphs } from './level-controls';
import { OWN_CONTENT_SELECTOR } from './own-content';

/**
 * Runs in: the content script (top frame), against the document that holds the role screen.
 *
 * Which module each row of the role screen belongs to. The vendor documents say the screen lists
 * modules that expand to show their functions (seeds/001, seeds/003); how a module's heading is
 * drawn is the page's business: a row of the grid, a table caption, a heading, a button or link,
 * with an expander glyph, an icon, a row count or a "+/−" marker around the name. So the page's
 * own headings come first: a grid row or caption without level controls opens a module, named
 * by its text, whether or not the catalogue knows that name; elsewhere a text that is exactly a
 * module's name (once glyphs and counts are set aside) opens it. Every row belongs to the last
 * module opened above it.
 */

export interface ModuleSection {
  name: string;
  /** From the heading's aria-expanded (or its expander marker); null when the page does not say. */
  expanded: boolean | null;
  rowCount: number;
}

/** Elements whose text is never a heading or a function name. */
export const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'SELECT',
  'OPTION',
  'TEXTAREA',
]);
export const ROW_SELECTOR = 'tr, [role="row"]';
const STRUCTURAL_HEADING =
  'tr, [role="row"], caption, h1, h2, h3, h4, h5, h6, [role="heading"], [aria-expanded], button, a, [role="button"], [role="link"], summary, legend';
/** What an expander with no text of its own (an icon) opens until a name follows. */
const UNNAMED_MODULE = '(unnamed module)';
/** The portal's menus repeat module names ("Companies", "Finance" …); they are never headings. */
const NAVIGATION = 'nav, [role="navigation"], [role="menubar"], [role="menu"]';
const MAX_HEADING_LENGTH = 60;
/** Row counts a heading may carry: "(12)", "[12]", "12 functions", a trailing "12". */
const COUNT_SUFFIX = /\s*(?:[([]\s*\d+[^)\]]*[)\]]|\d+(?:\s+(?:functions?|items?|rows?))?)$/i;
const COLLAPSED_MARKER = /^[\s]*(?:[▸►▶▹⊕+]|\[\+\])|(?:[▸►▶▹⊕]|\[\+\])\s*$/;
const EXPANDED_MARKER = /^[\s]*(?:[▾▼▿⊖−]|\[[-−]\])|(?:[▾▼▿⊖−]|\[[-−]\])\s*$/;
/** Placeholder rows a lazily rendered grid shows: not modules. */
const PLACEHOLDER = /^(?:loading\b|please wait\b)|(?:…|\.\.\.)$/i;

/** A heading's text without expander glyphs, icons, "+/−" markers or a row count. */
export function headingName(text: string): string {
  let name = stripGlyphs(text);
  for (let previous = ''; previous !== name; ) {
    previous = name;
    name = stripGlyphs(name.replace(/^\[[+\-−]\]|\[[+\-−]\]$/g, '').replace(COUNT_SUFFIX, ''));
  }
  return name.replace(/^[-–—]+\s*|\s*[-–—:]+$/g, '');
}

export interface HeadingContext {
  /** Elements holding a row's level controls (assigned a module). */
  rows: ReadonlySet<HTMLElement>;
  /** Every element holding level controls, including rows that could not be read. */
  controlHolders: ReadonlySet<Element>;
  /** Rows holding level controls that could not be read: not headings, and nothing in them is. */
  rejectedRows: ReadonlySet<Element>;
  /** Rows holding column headings ("Add Level" …): never module headings. */
  headingRows: ReadonlySet<Element>;
  /** Normalised module name → the catalogue's spelling. */
  moduleNames: ReadonlyMap<string, string>;
  /** Walk from here on only (the screen's heading); headings before it are the portal's. */
  startAfter?: Node | null;
  /** The screen's own heading ("Security Modules for Role"): never a module. */
  marker?: Node | null;
}

export interface ModuleAssignment {
  sectionOf: Map<HTMLElement, ModuleSection>;
  sections: ModuleSection[];
  /** Sections the page names but the catalogue does not know. */
  unknown: Set<ModuleSection>;
  /** Every heading text the walk took for a module, as the page shows it (for diagnosis). */
  headingTexts: string[];
  /** Grid rows with a function's worth of cells but no control we could read: set aside. */
  rowsWithoutControls: Element[];
}

/**
 * Walks `container` in document order: module headings open a module; every row belongs to the
 * last module opened above it. Site menus (navigation landmarks) are skipped, and with
 * `startAfter` so is everything before the screen's heading.
 */
export function assignModules(container: Element, context: HeadingContext): ModuleAssignment {
  const { rows, moduleNames } = context;
  const result: ModuleAssignment = {
    sectionOf: new Map(),
    sections: [],
    unknown: new Set(),
    headingTexts: [],
    rowsWithoutControls: [],
  };
  let current: ModuleSection | undefined;
  let started = !context.startAfter;
  const shownText = new Map<ModuleSection, string>();
  const open = (text: string, headingElement: Element | null, structural: boolean) => {
    let pageName = headingName(text);
    // An icon-only expander still starts a module: the rows below it are not the last module's.
    if (!pageName && structural && headingElement?.hasAttribute('aria-expanded')) pageName = UNNAMED_MODULE;
    if (!pageName || pageName.length > MAX_HEADING_LENGTH) return false;
    const name = moduleNames.get(normaliseName(pageName));
    if (!name && (!structural || PLACEHOLDER.test(pageName) || CUSTOMIZE.test(pageName))) return false;
    if (current && current.rowCount === 0 && current.name === (name ?? pageName)) return true;
    if (current && current.rowCount === 0 && current.name === UNNAMED_MODULE && result.unknown.has(current)) {
      // The name beside an icon-only expander: it names the module that expander opened.
      result.sections.pop();
      const expanded = current.expanded;
      current = {
        name: name ?? pageName,
        expanded: expanded ?? expandedState(headingElement, text),
        rowCount: 0,
      };
      result.sections.push(current);
      shownText.set(current, normaliseText(text));
      if (!name) result.unknown.add(current);
      return true;
    }
    current = { name: name ?? pageName, expanded: expandedState(headingElement, text), rowCount: 0 };
    result.sections.push(current);
    shownText.set(current, normaliseText(text));
    if (!name) result.unknown.add(current);
    return true;
  };

  let node: Node | null = container.firstChild;
  while (node) {
    if (node === context.startAfter) started = true;
    if (node.nodeType === 1) {
      const element = node as HTMLElement;
      if (rows.has(element)) {
        if (current) {
          result.sectionOf.set(element, current);
          current.rowCount++;
        }
        node = nextOutside(element, container);
        continue;
      }
      if (
        context.rejectedRows.has(element) ||
        SKIPPED_TAGS.has(element.tagName) ||
        element.matches(NAVIGATION) ||
        element.matches(OWN_CONTENT_SELECTOR)
      ) {
        node = nextOutside(element, container);
        continue;
      }
      if (started && isFunctionRowWithoutControls(element, context)) {
        // Its cells' links ("Customize") and texts are the row's, never a heading.
        result.rowsWithoutControls.push(element);
        node = nextOutside(element, container);
        continue;
      }
      if (started && isStructuralHeading(element, context)) {
        if (open(element.textContent ?? '', element, true)) {
          node = nextOutside(element, container);
          continue;
        }
      }
    } else if (node.nodeType === 3 && started && !context.marker?.isSameNode(node)) {
      const parent = node.parentElement;
      const own = node.nodeValue ?? '';
      // A heading's text may arrive in pieces ("Time ", "&", " Expense", or a name next to a
      // glyph and a count): try the text alone, then its element's whole text.
      if (own.trim() && own.length < MAX_HEADING_LENGTH * 2 && !open(own, parent, false) && parent) {
        const whole = parent.textContent ?? '';
        if (whole.length < MAX_HEADING_LENGTH * 2) open(whole, parent, false);
      }
    }
    node = node.firstChild ?? nextOutside(node, container);
  }
  // A heading the catalogue does not know that no row follows was some other button or link.
  result.sections = result.sections.filter((section) => section.rowCount > 0 || !result.unknown.has(section));
  result.headingTexts = result.sections.map((section) => shownText.get(section) ?? section.name);
  return result;
}

/**
 * What the page itself draws as a heading or expander (a grid row without level controls or
 * column headings, a caption, a heading, an expander, a button or link outside the rows): a
 * module heading named by its text, whatever the catalogue knows. A stray one (a Save button)
 * opens a module no row follows, which is then dropped; one the catalogue does not know keeps
 * the rows below it out of the module above.
 */
function isStructuralHeading(element: Element, context: HeadingContext): boolean {
  if (!element.matches(STRUCTURAL_HEADING)) return false;
  if (context.controlHolders.has(element) || context.headingRows.has(element)) return false;
  return !(context.marker && element.contains(context.marker));
}

/**
 * A grid row laid out like a function's (several cells, none spanning columns) with no control
 * we could read, such as plain-text levels that are all "Mine": set aside and reported, never
 * a module heading.
 */
function isFunctionRowWithoutControls(element: Element, context: HeadingContext): boolean {
  if (!element.matches(ROW_SELECTOR) || context.controlHolders.has(element)) return false;
  if (context.headingRows.has(element)) return false;
  const cells = Array.from(element.children);
  if (cells.length <= 2) return false;
  return !cells.some(
    (cell) => Number(cell.getAttribute('colspan') ?? cell.getAttribute('aria-colspan') ?? 1) > 1,
  );
}

function nextOutside(node: Node, root: Node): Node | null {
  for (let current: Node | null = node; current && current !== root; current = current.parentNode) {
    if (current.nextSibling) return current.nextSibling;
  }
  return null;
}

/**
 * Whether the page shows a module expanded: `aria-expanded` on the heading, an ancestor, or a
 * child of the heading's box (a separate expander button); else an expander marker in its text
 * (▸ or + collapsed, ▾ or − expanded); else unknown.
 */
function expandedState(heading: Element | null, text: string): boolean | null {
  const holder = heading ? expanderOf(heading) : null;
  const value = holder?.getAttribute('aria-expanded');
  if (value === 'true') return true;
  if (value === 'false') return false;
  const shown = heading?.closest(ROW_SELECTOR)?.textContent ?? text;
  if (COLLAPSED_MARKER.test(shown)) return false;
  if (EXPANDED_MARKER.test(shown)) return true;
  return null;
}

/**
 * The element carrying the heading's aria-expanded: the heading or an ancestor, a child, or the
 * one expander in the heading's row or short box (never another module's).
 */
function expanderOf(heading: Element): Element | null {
  const direct = heading.closest('[aria-expanded]') ?? heading.querySelector('[aria-expanded]');
  if (direct) return direct;
  const row = heading.closest(ROW_SELECTOR);
  const boxes = row ? [row] : [heading.parentElement, heading.parentElement?.parentElement];
  for (const box of boxes) {
    if (!box || box.tagName === 'BODY' || (box.textContent ?? '').length > MAX_HEADING_LENGTH * 2) break;
    const expanders = box.querySelectorAll('[aria-expanded]');
    if (expanders.length === 1) return expanders[0]!;
    if (expanders.length > 1) break;
  }
  return null;
}
