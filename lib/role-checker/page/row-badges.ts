import type { RowDescription } from '../describe';
import { BADGE_ATTRIBUTE } from './own-content';

/**
 * The badges the checker puts next to each audited row of the page. Each badge is a small host
 * element with its own shadow root: the portal's CSS cannot restyle it, and its text stays out
 * of the cell's light-DOM text, which the portal's scripts (and our adapter) read.
 */

// px only: the portal's root font size must not scale the badges. The colours follow the
// system theme like components/theme.css (a badge's own shadow root does not inherit those).
const BADGE_CSS = `
:host { all: initial; display: inline-block; margin-left: 6px; vertical-align: middle; }
.mpc-badge { font: 11px/16px system-ui, sans-serif; display: inline-flex; gap: 4px; align-items: center;
  padding: 0 6px; border-radius: 8px; border: 1px solid; white-space: nowrap; max-width: 420px;
  overflow: hidden; text-overflow: ellipsis; }
.mpc-badge[data-status="missing"] { color: #82071e; background: #ffebe9; border-color: #ff8182; }
.mpc-badge[data-status="excess"] { color: #7d4e00; background: #fff8c5; border-color: #d4a72c; }
.mpc-badge[data-status="unread"] { color: #57606a; background: #f6f8fa; border-color: #8c959f; }
.mpc-badge[data-status="ok"] { color: #116329; background: #dafbe1; border-color: #4ac26b; }
.mpc-badge[data-focused] { outline: 2px solid #0969da; outline-offset: 1px; }
@media (prefers-color-scheme: dark) {
  .mpc-badge[data-status="missing"] { color: #ffa198; background: #2d1517; border-color: #f85149; }
  .mpc-badge[data-status="excess"] { color: #e3b341; background: #272115; border-color: #bb8009; }
  .mpc-badge[data-status="unread"] { color: #9ea7b3; background: #161b22; border-color: #656c76; }
  .mpc-badge[data-status="ok"] { color: #56d364; background: #12261e; border-color: #2ea043; }
  .mpc-badge[data-focused] { outline-color: #58a6ff; }
}
`;

export interface BadgeEntry {
  /** Where the badge goes: the cell naming the row's function. */
  anchor: HTMLElement;
  description: RowDescription;
}

export interface BadgeLayer {
  /** Shows exactly these badges, touching only those whose content changed. */
  update(entries: readonly BadgeEntry[]): void;
  /** Marks one badge as the current "next problem" (or none). */
  focus(anchor: HTMLElement | null): void;
  clear(): void;
}

interface Badge {
  host: HTMLElement;
  body: HTMLElement;
  signature: string;
}

export function createBadgeLayer(): BadgeLayer {
  const badges = new Map<HTMLElement, Badge>();
  let focused: HTMLElement | null = null;

  const remove = (anchor: HTMLElement) => {
    badges.get(anchor)?.host.remove();
    badges.delete(anchor);
  };

  return {
    update(entries) {
      const wanted = new Set(entries.map((entry) => entry.anchor));
      for (const anchor of [...badges.keys()]) if (!wanted.has(anchor)) remove(anchor);
      for (const { anchor, description } of entries) {
        const signature = `${description.status}\u0000${description.text}\u0000${description.detail}`;
        let badge = badges.get(anchor);
        // The portal may re-render a cell and drop our badge with it.
        if (badge && badge.host.parentNode !== anchor) {
          remove(anchor);
          badge = undefined;
        }
        if (badge?.signature === signature) continue;
        badge ??= createBadge(anchor);
        badges.set(anchor, badge);
        fill(badge, description, signature);
      }
    },
    focus(anchor) {
      if (focused) badges.get(focused)?.body.removeAttribute('data-focused');
      focused = anchor;
      if (anchor) badges.get(anchor)?.body.setAttribute('data-focused', '');
    },
    clear() {
      for (const anchor of [...badges.keys()]) remove(anchor);
      focused = null;
    },
  };
}

function createBadge(anchor: HTMLElement): Badge {
  const doc = anchor.ownerDocument;
  const host = doc.createElement('span');
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root, doc);
  const body = doc.createElement('span');
  body.className = 'mpc-badge';
  root.append(body);
  anchor.append(host);
  return { host, body, signature: '' };
}

function fill(badge: Badge, description: RowDescription, signature: string) {
  badge.signature = signature;
  badge.host.setAttribute(BADGE_ATTRIBUTE, description.status);
  badge.host.title = description.detail;
  badge.body.dataset.status = description.status;
  badge.body.textContent = description.text;
  badge.body.setAttribute('aria-label', `${description.text}. ${description.detail}`);
}

// One constructed sheet per document (a frame's document needs its own), shared by its badges.
const sheets = new WeakMap<Document, CSSStyleSheet>();

function adoptStyles(root: ShadowRoot, doc: Document) {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (view?.CSSStyleSheet && 'adoptedStyleSheets' in root) {
    let sheet = sheets.get(doc);
    if (!sheet) {
      sheet = new view.CSSStyleSheet();
      sheet.replaceSync(BADGE_CSS);
      sheets.set(doc, sheet);
    }
    root.adoptedStyleSheets = [sheet];
    return;
  }
  const style = doc.createElement('style');
  style.textContent = BADGE_CSS;
  root.append(style);
}
