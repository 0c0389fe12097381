import { normaliseText, stripGlyphs } from './level-controls';
import { OWN_CONTENT_SELECTOR } from './own-content';

/**
 * Runs in: the content script (top frame), in the role-checker chunk, against the document that
 * holds the role screen.
 *
 * Reads a function's Customize dialog (Table Setup's is the one the vendor documents name): two
 * boxes headed "Allow access to these" and "Disallow access to these" (NinjaOne's ConnectWise
 * Manage REST API key guide, step "Click the customize hyperlink"). Nothing more of the dialog is
 * documented, so it is found by those two headings, not by how it is built: each heading's box
 * is a list box (`<select>`, possibly grouped by `<optgroup>`), an ARIA listbox, or a list, and
 * the boxes are paired with the headings in page order (both "heading, box, heading, box" and
 * "heading, heading, box, box" layouts read the same).
 */

/** Every selector and label the reader uses, in one place. */
export const CUSTOMIZE_DIALOG = {
  allowHeading: /^allow access to these\b:?$/i,
  disallowHeading: /^disallow access to these\b:?$/i,
  /** Cheap pre-check on a text node before its element is looked at. */
  headingHint: /access to these/i,
  boxes: 'select, [role="listbox"], ul, ol',
  options: '[role="option"]',
  items: ':scope > li',
  /** How far up from a heading the dialog's box area may be. */
  maxAncestorSteps: 6,
} as const;

export interface CustomizeReading {
  allow: string[];
  disallow: string[];
}

export type CustomizeDialogRead =
  | { status: 'absent' }
  | { status: 'read'; reading: CustomizeReading }
  /** The headings are there but their boxes are not where we look: never read as empty lists. */
  | { status: 'unreadable'; reason: string };

/** The open Customize dialog in `doc`, if any. */
export function readCustomizeDialog(doc: Document): CustomizeDialogRead {
  const { allow, disallow } = findHeadings(doc);
  if (!allow && !disallow) return { status: 'absent' };
  if (!allow || !disallow) {
    return {
      status: 'unreadable',
      reason: `The dialog shows "${allow ? 'Allow' : 'Disallow'} access to these" without its other box.`,
    };
  }
  const found = boxesUnder(allow, disallow);
  if (!found) {
    return {
      status: 'unreadable',
      reason: 'The dialog’s two boxes could not be found under their headings.',
    };
  }
  // Pair in page order: the heading that comes first owns the box that comes first.
  const [first, second] = found.boxes;
  const [allowBox, disallowBox] = found.allowFirst ? [first, second] : [second, first];
  return { status: 'read', reading: { allow: entriesOf(allowBox), disallow: entriesOf(disallowBox) } };
}

/** The elements whose whole text is one of the two headings (the innermost such element). */
function findHeadings(doc: Document): { allow?: Element; disallow?: Element } {
  const found: { allow?: Element; disallow?: Element } = {};
  const root = doc.body;
  if (!root) return found;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!CUSTOMIZE_DIALOG.headingHint.test(node.nodeValue ?? '')) continue;
    const element = node.parentElement;
    if (!element || isOurs(element)) continue;
    const text = stripGlyphs(normaliseText(element.textContent));
    if (!found.disallow && CUSTOMIZE_DIALOG.disallowHeading.test(text)) found.disallow = element;
    else if (!found.allow && CUSTOMIZE_DIALOG.allowHeading.test(text)) found.allow = element;
    if (found.allow && found.disallow) break;
  }
  return found;
}

/**
 * The first two boxes after the headings, in the nearest area around both headings that holds
 * two (a header row's boxes sit in the next row, so the area may have to grow a little). Page
 * order is read from the area's element list (a dialog is small).
 */
function boxesUnder(
  allow: Element,
  disallow: Element,
): { boxes: [HTMLElement, HTMLElement]; allowFirst: boolean } | null {
  let node: Element | null = allow;
  for (
    let steps = 0;
    node && steps <= CUSTOMIZE_DIALOG.maxAncestorSteps;
    steps++, node = node.parentElement
  ) {
    if (!node.contains(disallow)) continue;
    const order = new Map(Array.from(node.querySelectorAll('*'), (element, index) => [element, index]));
    const allowAt = order.get(allow) ?? -1;
    const disallowAt = order.get(disallow) ?? -1;
    const startAt = Math.min(allowAt, disallowAt);
    const boxes = Array.from(node.querySelectorAll<HTMLElement>(CUSTOMIZE_DIALOG.boxes)).filter(
      (box, _, all) =>
        (order.get(box) ?? -1) > startAt &&
        !isOurs(box) &&
        !all.some((other) => other !== box && other.contains(box)),
    );
    if (boxes.length >= 2) return { boxes: [boxes[0]!, boxes[1]!], allowFirst: allowAt < disallowAt };
  }
  return null;
}

/** A box's entries as shown: "Group / Entry" for a grouped list box. */
function entriesOf(box: HTMLElement): string[] {
  const texts: string[] = [];
  // Tag names rather than `instanceof`: the screen may be a frame's document, with its own globals.
  if (box.tagName === 'SELECT') {
    for (const option of Array.from(box.querySelectorAll('option'))) {
      const parent = option.parentElement;
      const group = parent?.tagName === 'OPTGROUP' ? normaliseText(parent.getAttribute('label')) : '';
      const text = normaliseText(option.textContent);
      if (text) texts.push(group ? `${group} / ${text}` : text);
    }
    return texts;
  }
  const entries = box.matches('[role="listbox"]')
    ? box.querySelectorAll(CUSTOMIZE_DIALOG.options)
    : box.querySelectorAll(CUSTOMIZE_DIALOG.items);
  for (const entry of Array.from(entries)) {
    const text = stripGlyphs(normaliseText(entry.textContent));
    if (text) texts.push(text);
  }
  return texts;
}

function isOurs(element: Element): boolean {
  return Boolean(element.closest(OWN_CONTENT_SELECTOR));
}
