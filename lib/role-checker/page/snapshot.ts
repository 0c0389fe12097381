import { OWN_CONTENT_SELECTOR } from './own-content';
import type { ReaderDiagnosis } from './page-adapter';
import type { RoleReader } from './reader-api';

/**
 * "Save page snapshot": a copy of a page the adapter could not read, for a support report. It
 * keeps the markup (what we need to teach the adapter a new layout) and the levels the role's
 * drop-downs show, and removes what may be private: every other field's value, inline script
 * text (portals embed session data there), token-like meta tags, the query and fragment of every
 * address attribute (links, script and image sources, form actions), inline event handlers, data
 * attributes that are not plain words, and our own overlay and badges. It also records what the
 * reader tried (controls and headings found, why rows were set aside), so one support report is
 * enough to teach the reader the layout.
 */

const PRIVATE_META = /token|csrf|session|nonce|auth/i;
/** Attributes holding one address; their query and fragment are where portals put tokens. */
const URL_ATTRIBUTES = [
  'href',
  'src',
  'action',
  'formaction',
  'poster',
  'cite',
  'data',
  'background',
  'ping',
];
/** A data-* value kept as it is: a short word such as "expanded" (tokens carry digits or symbols). */
const PLAIN_WORD = /^[A-Za-z][A-Za-z _-]{0,39}$/;
/** Schemes whose whole text is content (a script, an inline document), not an address. */
const CONTENT_SCHEME = /^\s*(javascript|vbscript|data):/i;

export function scrubbedSnapshot(
  doc: Document,
  takenAt: Date,
  { isLevelControlElement }: Pick<RoleReader, 'isLevelControlElement'>,
  diagnosis: ReaderDiagnosis | null = null,
): string {
  const live = doc.documentElement;
  const copy = live.cloneNode(true) as HTMLElement;

  // Pairs live and copied controls by document order (a deep clone keeps it) before anything
  // is removed from the copy.
  const liveControls = Array.from(live.querySelectorAll<HTMLElement>('select, input, textarea'));
  const copiedControls = Array.from(copy.querySelectorAll<HTMLElement>('select, input, textarea'));
  liveControls.forEach((control, index) => {
    const copied = copiedControls[index];
    if (copied) scrubControl(control, copied, isLevelControlElement(control));
  });

  for (const own of Array.from(copy.querySelectorAll(OWN_CONTENT_SELECTOR))) own.remove();
  for (const script of Array.from(copy.querySelectorAll('script'))) {
    if (script.textContent) script.textContent = '';
  }
  for (const element of Array.from(copy.querySelectorAll('*'))) scrubAttributes(element);
  for (const meta of Array.from(copy.querySelectorAll('meta[content]'))) {
    const name = `${meta.getAttribute('name') ?? ''} ${meta.getAttribute('http-equiv') ?? ''}`;
    if (PRIVATE_META.test(name)) meta.setAttribute('content', '');
  }

  const location = doc.location ? `${doc.location.origin}${doc.location.pathname}` : 'unknown page';
  const header = `<!-- MSP Portal Companion page snapshot of ${escapeComment(location)}, ${takenAt.toISOString()}. Field values (except security level drop-downs), inline scripts and handlers, data attributes and address queries were removed. -->`;
  const tried = diagnosis
    ? `\n<!-- What the reader tried: ${escapeComment(JSON.stringify(diagnosis, null, 1))} -->`
    : '';
  return `<!doctype html>\n${header}${tried}\n${copy.outerHTML}\n`;
}

function scrubAttributes(element: Element) {
  for (const { name, value } of Array.from(element.attributes)) {
    const lower = name.toLowerCase();
    if (lower.startsWith('on') || lower === 'srcdoc') element.setAttribute(name, '');
    else if (lower.startsWith('data-')) {
      if (!PLAIN_WORD.test(value)) element.setAttribute(name, '');
    } else if (URL_ATTRIBUTES.includes(lower) || lower === 'xlink:href') {
      element.setAttribute(name, withoutQuery(value));
    } else if (lower === 'srcset' || lower === 'imagesrcset') {
      element.setAttribute(
        name,
        value
          .split(',')
          .map((candidate) => {
            const [address = '', ...descriptor] = candidate.trim().split(/\s+/);
            return [withoutQuery(address), ...descriptor].join(' ');
          })
          .join(', '),
      );
    }
  }
}

/** An address without its query and fragment; a script or inline-content address becomes empty. */
function withoutQuery(address: string): string {
  if (CONTENT_SCHEME.test(address)) return '';
  return address.replace(/[?#].*$/s, '');
}

/** `keep`: a role level drop-down, whose level the snapshot keeps. */
function scrubControl(live: HTMLElement, copied: HTMLElement, keep: boolean) {
  const tag = live.tagName;
  if (tag === 'SELECT') {
    const liveOptions = Array.from((live as HTMLSelectElement).querySelectorAll('option'));
    const copiedOptions = Array.from(copied.querySelectorAll('option'));
    copiedOptions.forEach((option, index) => {
      // A level drop-down keeps what it shows now (a property the markup does not carry).
      option.toggleAttribute('selected', keep && (liveOptions[index]?.selected ?? false));
    });
    return;
  }
  if (keep) {
    copied.setAttribute('value', (live as HTMLInputElement).value);
    return;
  }
  if (tag === 'TEXTAREA') copied.textContent = '';
  copied.removeAttribute('value');
  copied.removeAttribute('checked');
}

function escapeComment(text: string): string {
  return text.replace(/--/g, '-\u2010');
}

/** A file name for a snapshot of `host`: cw-page-snapshot-na.myconnectwise.net-2026-11-23.html */
export function snapshotFileName(host: string, takenAt: Date): string {
  return `cw-page-snapshot-${safeFilePart(host)}-${takenAt.toISOString().slice(0, 10)}.html`;
}

export function safeFilePart(text: string): string {
  return (
    text
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'page'
  );
}
