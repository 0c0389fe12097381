/**
 * Runs in: the WatchGuard Cloud content script, against the portal's document.
 *
 * Everything this product assumes about WatchGuard Cloud's own screens lives in this one module.
 * Nobody here has the real pages' HTML; the vendor documents describe them: Administration →
 * Managed Access shows the API parameters (Account ID, Access ID read-write and read-only, API
 * Key, Authentication API URL, API URL) for copying (WatchGuard: Configure the WatchGuard Cloud
 * and ConnectWise RMM Connection, seeds/000; WatchGuard API docs "Get started", reference/
 * vendor-apis.md §4.2); Administration → Integrations holds the PSA / RMM connection forms
 * (WatchGuard Cloud: ConnectWise Manage PSA Tool Integration Settings, seeds/001). So nothing
 * here depends on class names, ids or tag structure beyond what labelling needs:
 * - a parameter is found by its visible label text; its value is the element the label points
 *   at (`for`, `aria-labelledby`), the `dd` after a `dt`, the cell after a header cell, or the
 *   element right after the label;
 * - a connection-form field is an editable text box, named by its label, and belongs to the
 *   vendor the nearest heading (or fieldset legend) above it names.
 * Passwords, secrets and private keys are never read: no label below matches them, and password
 * boxes are skipped outright. When the page cannot be read, the reading says so; nothing is guessed.
 */
import { stripInvisibleAndWhitespace } from '../characters';
import { parseLenient } from '../detect';

/** The Managed Access screen's heading, and the document title as a fallback. */
const MANAGED_ACCESS_TITLE = /^managed access$/;
const MANAGED_ACCESS_IN_TITLE = /\bmanaged access\b/i;
/** What the screen offers when API access is off for the account. */
const ENABLE_API_ACCESS = /\benable api access\b/i;
/** A loading state the portal marks for assistive technology. */
const BUSY_SELECTOR = '[aria-busy="true"], [role="progressbar"]';

export const MANAGED_ACCESS_KEYS = [
  'authUrl',
  'apiUrl',
  'accountId',
  'readWriteAccessId',
  'readOnlyAccessId',
  'apiKey',
] as const;
export type ManagedAccessKey = (typeof MANAGED_ACCESS_KEYS)[number];

/** Label texts (normalised: lower case, single spaces, no trailing colon or asterisk). */
const MANAGED_ACCESS_LABELS: Record<ManagedAccessKey, RegExp> = {
  authUrl: /^auth(entication)?( api)? url$/,
  apiUrl: /^(endpoint security )?api url$/,
  accountId: /^account id$/,
  readWriteAccessId: /^(access id \(read[- ]?write\)|read[- ]?write access id)$/,
  readOnlyAccessId: /^(access id \(read[- ]?only\)|read[- ]?only access id)$/,
  apiKey: /^api key$/,
};
const URL_KEYS: ReadonlySet<ManagedAccessKey> = new Set(['authUrl', 'apiUrl']);
/** A word every part of those labels has ("Access ID", "(Read-write)", "API URL"…). */
const LABEL_WORD = /\b(access|account|api|auth|authentication|endpoint|id|key|only|read|url|write)\b/i;

/** Vendors a connection-form field can belong to (the values lib/regions lints). */
export type FormVendor = 'watchguard' | 'cw-manage' | 'cw-rmm';

/** Section headings naming a vendor; ConnectWise first, as a heading may name both products. */
const SECTION_VENDORS: readonly [RegExp, FormVendor][] = [
  [/\bconnectwise rmm\b|\basio\b|\brmm\b/i, 'cw-rmm'],
  [/\bconnectwise (manage|psa)\b|\bpsa\b/i, 'cw-manage'],
  [/\bwatchguard\b/i, 'watchguard'],
];
const SECTION_SELECTOR = 'h1, h2, h3, h4, h5, h6, legend, [role="heading"]';

/** Connection-form labels per vendor, mapped to the field names `lintConnection` knows. */
const FORM_LABELS: Record<FormVendor, readonly [RegExp, string][]> = {
  watchguard: [
    [/^auth(entication)?( api)? url$/, 'authUrl'],
    [/^api url$/, 'apiUrl'],
    [/^account id$/, 'accountId'],
    [/^access id( \(read[- ]?write\))?$/, 'accessId'],
    [/^api key$/, 'apiKey'],
  ],
  'cw-manage': [
    [/^((connectwise |manage )?(site|server)( url)?|connectwise url)$/, 'siteUrl'],
    [/^api url$/, 'apiUrl'],
    [/^company id$/, 'companyId'],
    [/^public (api )?key$/, 'publicKey'],
    [/^client id$/, 'clientId'],
  ],
  'cw-rmm': [
    [/^((rmm |api )?server url|server)$/, 'serverUrl'],
    [/^client id$/, 'clientId'],
  ],
};
/** Never read, whatever the box looks like. */
const SECRET_LABEL = /password|secret|private|registration code|token/i;
const TEXT_INPUT_TYPES = new Set(['', 'text', 'url', 'search', 'email']);

/** Elements whose text is never a label or a value. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SELECT', 'OPTION', 'SVG']);
/** Decorations inside a value cell: copy icons, "Show" toggles, hidden helper text. */
const DECORATION_SELECTOR = 'button, [role="button"], svg, [aria-hidden="true"]';
/** Our own overlay and inline messages, which must never be read as page content. */
const OWN_CONTENT_SELECTOR = 'mpc-overlay, mpc-field-lint, [data-mpc-badge]';
/** A value the page masks until the person asks to see it. */
const MASKED = /^[•●*·∙⋅]{3,}$/;
/** Longest label we look at: labels are a few words, anything longer is prose. */
const MAX_LABEL_LENGTH = 60;
/** How far up from a piece of text a label's element may be (text split over inline elements). */
const LABEL_CLIMB = 3;
/** Most child elements a label's element has: "Access ID", "(Read-write)", an icon, a hint. */
const MAX_LABEL_PARTS = 4;

export interface ManagedAccessValues {
  authUrl?: string;
  apiUrl?: string;
  accountId?: string;
  readWriteAccessId?: string;
  readOnlyAccessId?: string;
  apiKey?: string;
}

export interface FormField {
  element: HTMLInputElement | HTMLTextAreaElement;
  vendor: FormVendor;
  /** The `lintConnection` field name, e.g. `authUrl`. */
  field: string;
  /** The label as the page shows it. */
  label: string;
}

export type WatchGuardPageReading =
  | {
      kind: 'managed-access';
      values: ManagedAccessValues;
      /** Parameters the page shows masked (e.g. the API key before "Show"). */
      masked: ManagedAccessKey[];
    }
  | { kind: 'managed-access-disabled' }
  | { kind: 'managed-access-loading' }
  | { kind: 'unrecognised'; reason: string }
  | { kind: 'integration-form'; fields: FormField[] }
  | { kind: 'other' };

export function readWatchGuardPage(doc: Document): WatchGuardPageReading {
  const body = doc.body;
  if (!body) return { kind: 'other' };
  const headed = hasManagedAccessHeading(doc);
  const { values, masked, found } = readParameters(doc);
  if (headed || found >= 2) {
    if (found > 0) return { kind: 'managed-access', values, masked };
    if (body.querySelector(BUSY_SELECTOR)) return { kind: 'managed-access-loading' };
    if (ENABLE_API_ACCESS.test(body.textContent ?? '')) return { kind: 'managed-access-disabled' };
    return {
      kind: 'unrecognised',
      reason: 'The Managed Access heading is there, but no API parameter with a label we know.',
    };
  }
  const fields = readFormFields(doc);
  return fields.length > 0 ? { kind: 'integration-form', fields } : { kind: 'other' };
}

// ---------------------------------------------------------------------------------------------
// Managed Access
// ---------------------------------------------------------------------------------------------

function hasManagedAccessHeading(doc: Document): boolean {
  const headings = doc.body.querySelectorAll('h1, h2, h3, [role="heading"]');
  for (const heading of Array.from(headings)) {
    if (!isOwnContent(heading) && MANAGED_ACCESS_TITLE.test(normaliseLabel(heading.textContent))) return true;
  }
  return MANAGED_ACCESS_IN_TITLE.test(doc.title ?? '');
}

function readParameters(doc: Document) {
  const values: ManagedAccessValues = {};
  const masked: ManagedAccessKey[] = [];
  for (const label of labelElements(doc)) {
    const key = MANAGED_ACCESS_KEYS.find((candidate) => MANAGED_ACCESS_LABELS[candidate].test(label.text));
    if (!key || values[key] !== undefined || masked.includes(key)) continue;
    const target = valueElementFor(label.element, doc);
    const read = target ? readDisplayedValue(target) : null;
    if (read === 'masked') masked.push(key);
    else if (read && isPlausible(key, read)) values[key] = read;
  }
  return { values, masked, found: Object.keys(values).length + masked.length };
}

/**
 * The deepest elements whose whole text is a short label, in document order. Walks text nodes
 * and climbs a little from each, so a page's size costs one pass, not one pass per element.
 */
function labelElements(doc: Document): { element: Element; text: string }[] {
  const out: { element: Element; text: string }[] = [];
  const seen = new Set<Element>();
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const own = (node.nodeValue ?? '').trim();
    // Most text on a page (names, addresses, statuses) has none of the labels' words: skip it.
    if (!own || own.length > MAX_LABEL_LENGTH || !LABEL_WORD.test(own)) continue;
    // "Access ID <small>(Read-write)</small>": the label is the element holding both parts.
    let element = node.parentElement;
    for (let depth = 0; element && element !== doc.body && depth < LABEL_CLIMB; depth++) {
      // A label element holds a few inline parts; a list or table body is never one (and
      // reading its whole text from every cell would make a long list cost quadratic time).
      if (element.children.length > MAX_LABEL_PARTS || SKIPPED_TAGS.has(element.tagName.toUpperCase())) break;
      const text = normaliseLabel(element.textContent);
      if (text.length > MAX_LABEL_LENGTH) break;
      if (MANAGED_ACCESS_KEYS.some((key) => MANAGED_ACCESS_LABELS[key].test(text))) {
        if (!seen.has(element) && !isOwnContent(element)) out.push({ element, text });
        seen.add(element);
        break;
      }
      element = element.parentElement;
    }
  }
  return out;
}

/** Where a label's value is, by the usual ways a page ties them together. */
function valueElementFor(label: Element, doc: Document): Element | null {
  const tag = label.tagName.toUpperCase();
  if (tag === 'LABEL') {
    const forId = label.getAttribute('for');
    const target = forId ? doc.getElementById(forId) : label.querySelector('input, textarea');
    if (target) return target;
  }
  if (label.id) {
    const labelled = Array.from(doc.querySelectorAll('[aria-labelledby]')).find((candidate) =>
      (candidate.getAttribute('aria-labelledby') ?? '').split(/\s+/).includes(label.id),
    );
    if (labelled) return labelled;
  }
  const cell = label.closest('dt, th, [role="rowheader"], [role="term"]');
  if (cell) {
    const next = cell.nextElementSibling;
    // A column heading (no cell beside it) labels many values: it is not a parameter label.
    return next && !next.matches('dt, th, [role="rowheader"], [role="columnheader"]') ? next : null;
  }
  // The element right after the label, climbing out of wrappers that hold only the label.
  let node: Element | null = label;
  for (let depth = 0; node && depth < 3; depth++) {
    const next = nextContentSibling(node);
    if (next) return next;
    const parent: Element | null = node.parentElement;
    node = parent && parent.children.length === 1 && parent !== doc.body ? parent : null;
  }
  return null;
}

function nextContentSibling(element: Element): Element | null {
  for (let next = element.nextElementSibling; next; next = next.nextElementSibling) {
    if (!next.matches(DECORATION_SELECTOR)) return next;
  }
  return null;
}

/** The value an element shows; 'masked' when it is dots; null when it is editable or unreadable. */
function readDisplayedValue(element: Element): string | 'masked' | null {
  const box = isTextBox(element) ? element : element.querySelector('input, textarea');
  if (box) {
    if (!isTextBox(box) || isPasswordBox(box)) return null;
    if (isEditable(box)) return null; // a form the person fills in, not a value the page shows
    return cleanValue(box.value);
  }
  if (element.querySelector('input[type="password" i]')) return null;
  return cleanValue(visibleText(element));
}

function cleanValue(raw: string): string | 'masked' | null {
  const text = raw.trim();
  if (MASKED.test(text)) return 'masked';
  // A value is one token; text with spaces inside is a sentence ("Not available"), not a value.
  if (!text || /\s/.test(text)) return null;
  return stripInvisibleAndWhitespace(text) || null;
}

function isPlausible(key: ManagedAccessKey, value: string): boolean {
  if (!URL_KEYS.has(key)) return value.length <= 200;
  const url = parseLenient(value);
  return !!url && /^https?:\/\//i.test(value) && url.hostname.includes('.');
}

// ---------------------------------------------------------------------------------------------
// Connection forms
// ---------------------------------------------------------------------------------------------

function readFormFields(doc: Document): FormField[] {
  const fields: FormField[] = [];
  let sectionVendor: FormVendor | undefined;
  // Headings and boxes in document order: each box takes the vendor of the last heading above it.
  for (const element of Array.from(doc.body.querySelectorAll(`${SECTION_SELECTOR}, input, textarea`))) {
    if (isOwnContent(element)) continue;
    if (element.matches(SECTION_SELECTOR)) {
      sectionVendor = vendorNamedIn(element.textContent ?? '') ?? sectionVendor;
      continue;
    }
    if (!isTextBox(element) || isPasswordBox(element) || !isEditable(element)) continue;
    const label = labelOfBox(element, doc);
    if (!label || SECRET_LABEL.test(label)) continue;
    const match = matchFormLabel(normaliseLabel(label), sectionVendor);
    if (match) fields.push({ element, label, ...match });
  }
  return fields;
}

function vendorNamedIn(text: string): FormVendor | undefined {
  return SECTION_VENDORS.find(([pattern]) => pattern.test(text))?.[1];
}

/** The section's vendor first; a box outside any vendor section takes the first vendor whose label fits. */
function matchFormLabel(label: string, sectionVendor: FormVendor | undefined) {
  const order: FormVendor[] = sectionVendor ? [sectionVendor] : (Object.keys(FORM_LABELS) as FormVendor[]);
  for (const vendor of order) {
    const field = FORM_LABELS[vendor].find(([pattern]) => pattern.test(label))?.[1];
    if (field) return { vendor, field };
  }
  return null;
}

/** A text box's accessible name, the way the page gives it. */
function labelOfBox(box: HTMLInputElement | HTMLTextAreaElement, doc: Document): string | null {
  const labelledBy = box.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/)
      .map((id) => doc.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
    if (text) return text;
  }
  const aria = box.getAttribute('aria-label')?.trim();
  if (aria) return aria;
  if (box.id) {
    const explicit = Array.from(doc.querySelectorAll('label[for]')).find(
      (label) => label.getAttribute('for') === box.id,
    );
    if (explicit?.textContent?.trim()) return explicit.textContent.trim();
  }
  const wrapping = box.closest('label');
  if (wrapping?.textContent?.trim()) return wrapping.textContent.trim();
  let before = box.previousElementSibling;
  // Our own message under the previous box may sit in between.
  while (before && isOwnContent(before)) before = before.previousElementSibling;
  if (before && (before.textContent ?? '').trim().length <= MAX_LABEL_LENGTH && !isTextBox(before)) {
    const text = before.textContent?.trim();
    if (text) return text;
  }
  return box.getAttribute('placeholder')?.trim() || null;
}

// ---------------------------------------------------------------------------------------------
// Small DOM helpers
// ---------------------------------------------------------------------------------------------

function isTextBox(element: Element): element is HTMLInputElement | HTMLTextAreaElement {
  const tag = element.tagName.toUpperCase();
  if (tag === 'TEXTAREA') return true;
  if (tag !== 'INPUT') return false;
  const type = (element.getAttribute('type') ?? '').toLowerCase();
  return TEXT_INPUT_TYPES.has(type) || type === 'password';
}

function isPasswordBox(element: Element): boolean {
  return (element.getAttribute('type') ?? '').toLowerCase() === 'password';
}

function isEditable(box: Element): boolean {
  return (
    !box.hasAttribute('readonly') &&
    !box.hasAttribute('disabled') &&
    box.getAttribute('aria-readonly') !== 'true'
  );
}

function isOwnContent(element: Element): boolean {
  return element.closest(OWN_CONTENT_SELECTOR) !== null;
}

/** Text a person sees in an element, without buttons, icons and script. */
function visibleText(element: Element): string {
  let out = '';
  for (const node of Array.from(element.childNodes)) {
    if (node.nodeType === 3) out += node.nodeValue ?? '';
    else if (node.nodeType === 1) {
      const child = node as Element;
      if (SKIPPED_TAGS.has(child.tagName.toUpperCase()) || child.matches(DECORATION_SELECTOR)) continue;
      out += ` ${visibleText(child)} `;
    }
  }
  return out;
}

function normaliseLabel(text: string | null | undefined): string {
  return (text ?? '')
    .replace(/[\s\u00A0]+/g, ' ')
    .trim()
    .replace(/\s*[:*]+$/, '')
    .toLowerCase();
}
