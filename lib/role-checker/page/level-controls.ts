// Imported from the files themselves, not the package index: the content script's detector uses
// this module on every ConnectWise page and must not pull in the catalogue (and zod) with it.
import { type Level, parseLevel } from '../../permissions/levels';

/**
 * Runs in: the content script (top frame), against the document that holds the role screen.
 *
 * What counts as a security level control on the role screen, the text it shows, and whether we
 * can set it. The vendor documents only say a level is "picked from a drop-down" (seeds/001,
 * seeds/003), and widget toolkits render drop-downs in many ways, so a control is found by what
 * it shows, not by how it is built:
 * - a native `<select>` whose options are level names (the only kind we can set);
 * - an ARIA combo box, a text box (often read-only, next to a trigger button), or a button that
 *   shows a level name;
 * - failing any of those, a plain element (a span, a cell) whose whole text is a level name.
 * A control showing something else ("Mine", nothing) is still a control when it is built exactly
 * like a level control in the same row: its text is then reported, never read as a level.
 */

export type ControlKind = 'select' | 'combobox' | 'textbox' | 'button' | 'text';

/** A level drop-down offers the three levels and perhaps a variant; a longer list is something else. */
const MAX_LEVEL_OPTIONS = 6;
const INTERACTIVE_SELECTOR = 'select, [role="combobox"], input, button, [role="button"], [aria-haspopup]';
/** Elements that may show a level as plain text (read-only layouts); only leaves count. */
const DISPLAY_SELECTOR = 'span, div, td, [role="gridcell"], [role="cell"]';
const TEXT_INPUT_TYPES = new Set(['', 'text', 'search']);
/** A toggle group shows every level at once (one pressed): that is not one control per action. */
const TOGGLE = '[aria-pressed], [role="radiogroup"], [role="radio"], [role="tab"], [role="switch"]';
const LEVEL_IN_LABEL = /\b(?:add|edit|delete|inquire)[\s_-]*level\b/i;
/** The Customize link next to Table Setup (seeds/001): never a level, a heading or a function name. */
export const CUSTOMIZE = /^customi[sz]e\b/i;
/**
 * Drop-down arrows, expander triangles, +/− markers and icon-font glyphs a widget shows around
 * its value: not part of the value.
 */
const GLYPHS =
  /^[\s\u25A0-\u25FF\u2190-\u21FF\u2304\u2335\u23F7\u02C5\u2228\u2039\u203A\u00AB\u00BB+\u2212\u2295\u2296\uE000-\uF8FF]+|[\s\u25A0-\u25FF\u2190-\u21FF\u2304\u2335\u23F7\u02C5\u2228\u2039\u203A\u00AB\u00BB+\u2212\u2295\u2296\uE000-\uF8FF]+$/g;

export function stripGlyphs(text: string): string {
  return text.replace(/\s+/g, ' ').replace(GLYPHS, '');
}

export function normaliseText(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/*
 * A drop-down's options are nearly always its own children: they are walked from child to child,
 * sparing the `options` collection (an object per drop-down, hundreds per reading), which costs
 * more than the rest of the test. Up to the first child that is not an option (a group), the
 * children are the options in their order; from there, and in a DOM without element links (a
 * test double), the options are queried.
 */

export function isLevelSelect(select: HTMLSelectElement): boolean {
  if (select.firstElementChild === undefined) return showsLevelOptions(select.querySelectorAll('option'));
  // Runs for every drop-down on every read: level names are single words, so parseLevel's own
  // trimming is enough, and two level names settle it.
  let count = 0;
  let levels = 0;
  for (let option = select.firstElementChild; option; option = option.nextElementSibling) {
    if (option.tagName !== 'OPTION') return showsLevelOptions(select.querySelectorAll('option'));
    if (++count > MAX_LEVEL_OPTIONS) return false;
    if (levels < 2 && parseLevel(option.textContent ?? '') !== undefined) levels++;
  }
  return count >= 2 && levels >= 2;
}

function showsLevelOptions(options: ArrayLike<Element>): boolean {
  if (options.length < 2 || options.length > MAX_LEVEL_OPTIONS) return false;
  let levels = 0;
  for (let i = 0; i < options.length && levels < 2; i++) {
    if (parseLevel(options[i]!.textContent ?? '') !== undefined) levels++;
  }
  return levels >= 2;
}

/** A drop-down's option at `index` (in the order the `options` list gives). */
function optionAt(select: HTMLSelectElement, index: number): HTMLOptionElement | null {
  const queried = () => select.querySelectorAll<HTMLOptionElement>('option')[index] ?? null;
  if (select.firstElementChild === undefined) return queried();
  let at = 0;
  for (let option = select.firstElementChild; option; option = option.nextElementSibling) {
    if (option.tagName !== 'OPTION') return queried();
    if (at++ === index) return option as HTMLOptionElement;
  }
  return null;
}

/** What kind of control this element would be, or undefined when it cannot be one. */
export function controlKind(element: Element): ControlKind | undefined {
  const tag = element.tagName;
  if (tag === 'SELECT') return 'select';
  if (tag === 'OPTION' || tag === 'TEXTAREA') return undefined;
  if (tag === 'INPUT') {
    const type = (element.getAttribute('type') ?? '').toLowerCase();
    if (!TEXT_INPUT_TYPES.has(type)) return undefined;
    return element.getAttribute('role') === 'combobox' ? 'combobox' : 'textbox';
  }
  const role = element.getAttribute('role');
  if (role === 'combobox' || role === 'listbox') return 'combobox';
  if (tag === 'BUTTON' || role === 'button' || element.hasAttribute('aria-haspopup')) return 'button';
  return 'text';
}

function selectedOption(select: HTMLSelectElement): HTMLOptionElement | null {
  // A single-choice drop-down with nothing marked selected shows its first option.
  const index = select.selectedIndex;
  return (
    (index >= 0 ? optionAt(select, index) : null) ??
    select.querySelector<HTMLOptionElement>('option[selected]') ??
    select.querySelector<HTMLOptionElement>('option')
  );
}

/** The text a level control shows, without a widget's arrows and glyphs. */
export function readControlLabel(control: HTMLElement): string {
  if (control.tagName === 'SELECT')
    return normaliseText(selectedOption(control as HTMLSelectElement)?.textContent);
  if (control.tagName === 'INPUT') return stripGlyphs((control as HTMLInputElement).value ?? '');
  // A combo box wrapping its own text box (ARIA 1.1) shows the text box's value. Most controls
  // hold no element at all (a trigger button's glyph is text): no query for those.
  const inner =
    control.firstElementChild === null
      ? null
      : control.querySelector<HTMLInputElement>('input:not([type="hidden"])');
  if (inner) return stripGlyphs(inner.value ?? '');
  const valueText = control.getAttribute('aria-valuetext');
  return stripGlyphs(valueText ?? control.textContent ?? '');
}

/**
 * Whether an element shows a level on its own evidence: a drop-down offering levels, or a
 * control whose value is a level name or whose label names an action's level ("Add Level").
 */
function showsLevel(element: HTMLElement, kind: ControlKind): boolean {
  if (kind === 'select') return isLevelSelect(element as HTMLSelectElement);
  if (parseLevel(readControlLabel(element)) !== undefined) return true;
  if (kind === 'text') return false;
  const label = `${element.getAttribute('aria-label') ?? ''} ${element.getAttribute('title') ?? ''}`;
  return LEVEL_IN_LABEL.test(label);
}

/** How a control is built: a toolkit renders every level control of a grid the same way. */
function shapeOf(element: Element): string {
  return [
    element.tagName,
    element.getAttribute('role') ?? '',
    element.getAttribute('type') ?? '',
    element.hasAttribute('readonly') || element.getAttribute('aria-readonly') === 'true' ? 'ro' : '',
    element.getAttribute('aria-haspopup') ?? '',
    element.getAttribute('class') ?? '',
  ].join('|');
}

export interface FoundControl {
  element: HTMLElement;
  kind: ControlKind;
  /** Shows a level (or a level label) on its own; false for a look-alike showing another word. */
  evident: boolean;
}

/**
 * The level controls of a document, in document order: every element that shows a level, and
 * every interactive element built exactly like one (a "Mine" or empty twin). Elements inside
 * `excluded` (our own overlay and badges) and inside another control are left out.
 */
export function findLevelControls(root: Element, excluded: string): FoundControl[] {
  const interactive = scanControls(root, INTERACTIVE_SELECTOR, excluded);
  // Plain-text levels are looked for only where no interactive control shows a level: a scan
  // of every span and div costs more than the rest of a reading.
  if (interactive.some((control) => control.evident)) return interactive;
  return scanControls(root, `${INTERACTIVE_SELECTOR}, ${DISPLAY_SELECTOR}`, excluded);
}

/** One query, so everything comes in document order. */
function scanControls(root: Element, selector: string, excluded: string): FoundControl[] {
  const found: FoundControl[] = [];
  const twins = new Set<FoundControl>();
  // Usually not on the page: one query spares a look up the tree per element.
  const hasExcluded = root.querySelector(excluded) !== null;
  let hasToggles: boolean | undefined;
  const inToggle = (element: Element) => {
    hasToggles ??= root.querySelector(TOGGLE) !== null;
    return hasToggles && element.closest(TOGGLE) !== null;
  };
  for (const element of Array.from(root.querySelectorAll<HTMLElement>(selector))) {
    const kind = controlKind(element);
    if (!kind) continue;
    if (kind === 'text') {
      // Plain text: a leaf whose whole text is a level name.
      if (element.childElementCount > 0) continue;
      const text = element.textContent ?? '';
      if (text.length > 12 || parseLevel(stripGlyphs(text)) === undefined) continue;
    }
    const evident = showsLevel(element, kind);
    if (!evident && kind === 'select') continue;
    if (hasExcluded && element.closest(excluded)) continue;
    if (evident) {
      // A drop-down is never part of a toggle group; a button or a text may be.
      if (kind !== 'select' && inToggle(element)) continue;
      found.push({ element, kind, evident: true });
    } else {
      const twin = { element, kind, evident: false };
      twins.add(twin);
      found.push(twin);
    }
  }
  if (twins.size === 0) return outermost(found);
  // A twin is built like one of these; twins are never drop-downs, so only other kinds count.
  // A shape starts with the tag: a twin of another tag (a trigger button beside level text
  // boxes) is set aside before any shape is built, and the shapes are built only when some twin
  // shares a tag.
  const models = found.filter(
    (control) => control.evident && control.kind !== 'text' && control.kind !== 'select',
  );
  const modelTags = new Set(models.map((control) => control.element.tagName));
  let shapes: Set<string> | undefined;
  const kept = found.filter((control) => {
    if (!twins.has(control)) return true;
    if (!modelTags.has(control.element.tagName)) return false;
    shapes ??= new Set(models.map((model) => shapeOf(model.element)));
    if (!shapes.has(shapeOf(control.element)) || inToggle(control.element)) return false;
    const label = readControlLabel(control.element);
    // A twin shows one short word or nothing ("Mine", ""); a "Customize" button is not a level.
    return label.length <= 12 && !label.includes(' ') && !CUSTOMIZE.test(label);
  });
  return outermost(kept);
}

/**
 * Drops controls inside another control (a combo box's own text box, a button's label). The
 * controls come in document order, so whatever holds a control is the nearest kept control
 * before it that still holds it: one native `contains` or two per control, no walk up the tree.
 */
function outermost(controls: FoundControl[]): FoundControl[] {
  const kept: FoundControl[] = [];
  const open: Element[] = [];
  for (const control of controls) {
    while (open.length > 0 && !open[open.length - 1]!.contains(control.element)) open.pop();
    if (open.length > 0) continue;
    open.push(control.element);
    kept.push(control);
  }
  return kept;
}

/**
 * Whether we can set this control to a level the way a person would: only native drop-downs
 * offering that level. A toolkit's combo box or text box would need the page's own widget code,
 * so we read it but never write it.
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

/** Whether an element on its own looks like a level control (for change events and snapshots). */
export function looksLikeLevelControl(element: Element): boolean {
  const kind = controlKind(element);
  if (!kind || kind === 'text' || element.matches(TOGGLE)) return false;
  return showsLevel(element as HTMLElement, kind);
}
