import { OWN_CONTENT_SELECTOR, roleScreenEvidence } from './page-adapter';

/**
 * Runs in: the content script (top frame), on every ConnectWise Manage page, so it stays small
 * and imports nothing heavy.
 *
 * ConnectWise Manage shows its screens in same-origin iframes and navigates without reloading.
 * The top frame can read those frames directly, so the extension runs in the top frame only
 * (no `all_frames`): one overlay, and one place that knows which document holds the role screen.
 */

/** Frames nested deeper than this are not searched (the portal uses one or two levels). */
const MAX_FRAME_DEPTH = 3;
/**
 * DOM changes come in bursts while a screen renders: look once, this long after a burst starts
 * (not after it ends, so a page that never stops changing is still looked at).
 */
export const LOCATE_DELAY_MS = 120;

/** The documents of same-origin frames inside `doc`; a cross-origin frame's document is null. */
export function frameDocuments(doc: Document): Document[] {
  const found: Document[] = [];
  for (const frame of Array.from(doc.querySelectorAll('iframe, frame'))) {
    const inner = readableDocument(frame as HTMLIFrameElement);
    if (inner) found.push(inner);
  }
  return found;
}

function readableDocument(frame: HTMLIFrameElement): Document | null {
  try {
    const inner = frame.contentDocument;
    return inner?.body ? inner : null;
  } catch {
    return null;
  }
}

/** The role screen as the detector found it: its document, and the heading it went by (or null). */
export interface FoundRoleScreen {
  screen: Document;
  marker: Node | null;
}

/** The role screen: in the top document, else in a frame's (depth first). */
export function locateRoleScreen(doc: Document, depth = 0): FoundRoleScreen | null {
  const evidence = roleScreenEvidence(doc);
  if (evidence) return { screen: doc, marker: evidence.marker };
  if (depth >= MAX_FRAME_DEPTH) return null;
  for (const inner of frameDocuments(doc)) {
    const found = locateRoleScreen(inner, depth + 1);
    if (found) return found;
  }
  return null;
}

/** True when every node a mutation added or removed is our own overlay or badge. */
export function isOwnMutation(record: MutationRecord): boolean {
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  if (nodes.length === 0) return isOwn(record.target);
  return nodes.every(isOwn);
}

export interface ScreenChangeWatch {
  /** Hands over the mutations recorded but not yet delivered, now. */
  flush(): void;
  stop(): void;
}

/**
 * Watches a role screen for what makes a reading of it stale: rows added or removed, a module
 * expanded or collapsed (our own badges and overlay aside), and a drop-down's change or input
 * event (a level picked, by a person or by Apply).
 */
export function watchScreenChanges(
  doc: Document,
  on: { mutation(): void; levelEvent(event: Event): void },
): ScreenChangeWatch {
  const observer = new MutationObserver((records) => {
    if (records.some((record) => !isOwnMutation(record))) on.mutation();
  });
  const onEvent = (event: Event) => on.levelEvent(event);
  doc.addEventListener('change', onEvent, true);
  doc.addEventListener('input', onEvent, true);
  if (doc.body) {
    observer.observe(doc.body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['aria-expanded'],
    });
  }
  return {
    flush() {
      if (observer.takeRecords().some((record) => !isOwnMutation(record))) on.mutation();
    },
    stop() {
      doc.removeEventListener('change', onEvent, true);
      doc.removeEventListener('input', onEvent, true);
      observer.disconnect();
    },
  };
}

/** Whether a screen changed since tracking began, the way watchScreenChanges sees a change. */
export interface ScreenChangeTracker {
  /** Records not yet delivered count too. */
  changed(): boolean;
  stop(): void;
}

export function trackScreenChanges(doc: Document): ScreenChangeTracker {
  let changed = false;
  const markChanged = () => {
    changed = true;
  };
  const watch = watchScreenChanges(doc, { mutation: markChanged, levelEvent: markChanged });
  return {
    changed() {
      watch.flush();
      return changed;
    },
    stop: () => watch.stop(),
  };
}

function isOwn(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!element && element.closest(OWN_CONTENT_SELECTOR) !== null;
}

export interface LocatorScheduler {
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

export interface RoleScreenWatch {
  /** Looks again now (e.g. after the URL changed). */
  check(): void;
  stop(): void;
}

/**
 * Reports the document holding the role screen (and the heading it was found by), or null,
 * whenever that changes: at once, then after DOM changes in the top document or any readable
 * frame, after a frame loads a new page, and when `check()` is called. Our own badges and overlay
 * never trigger a look.
 */
export function watchRoleScreen(
  top: Document,
  onChange: (screen: Document | null, marker: Node | null) => void,
  scheduler: LocatorScheduler,
): RoleScreenWatch {
  const observer = new MutationObserver((records) => {
    if (records.some((record) => !isOwnMutation(record))) schedule();
  });
  const observed = new WeakSet<Document>();
  const frames = new WeakSet<Element>();
  let current: Document | null = null;
  let pending: number | undefined;
  let stopped = false;

  const attach = (doc: Document, depth: number) => {
    if (!observed.has(doc) && doc.body) {
      observed.add(doc);
      observer.observe(doc.body, { childList: true, subtree: true });
    }
    if (depth >= MAX_FRAME_DEPTH) return;
    for (const frame of Array.from(doc.querySelectorAll('iframe, frame'))) {
      if (!frames.has(frame)) {
        frames.add(frame);
        // A frame navigating replaces its document: observe the new one and look again.
        frame.addEventListener('load', () => schedule(0));
      }
      const inner = readableDocument(frame as HTMLIFrameElement);
      if (inner) attach(inner, depth + 1);
    }
  };

  const look = () => {
    pending = undefined;
    if (stopped) return;
    attach(top, 0);
    const found = locateRoleScreen(top);
    const screen = found?.screen ?? null;
    if (screen !== current) {
      current = screen;
      onChange(screen, found?.marker ?? null);
    }
  };

  function schedule(delay = LOCATE_DELAY_MS) {
    if (stopped) return;
    if (pending !== undefined) {
      if (delay > 0) return;
      scheduler.clearTimeout(pending);
    }
    pending = scheduler.setTimeout(look, delay);
  }

  look();
  return {
    check: () => schedule(0),
    stop() {
      stopped = true;
      observer.disconnect();
      if (pending !== undefined) scheduler.clearTimeout(pending);
    },
  };
}
