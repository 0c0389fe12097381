import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  frameDocuments,
  isOwnMutation,
  locateRoleScreen,
  watchRoleScreen,
} from '@/lib/role-checker/page/screen-locator';
import { flushMutations, loadPage, mutationObserverOf } from '../dom';
import { manualScheduler } from '../scheduler';

/** A portal shell whose content frame shows `inner` (linkedom does not load frames itself). */
function shellWithFrame(initial: Document | null | 'cross-origin') {
  let inner = initial;
  const shell = loadPage('iframe.html');
  const frame = shell.getElementById('cw-content-frame')!;
  Object.defineProperty(frame, 'contentDocument', {
    configurable: true,
    get() {
      if (inner === 'cross-origin') throw new Error('Blocked a frame with origin');
      return inner;
    },
  });
  return {
    shell,
    frame,
    /** The frame navigates: a new document, then its load event. */
    navigate(next: Document) {
      inner = next;
      frame.dispatchEvent(new (shell.defaultView as unknown as typeof globalThis).Event('load'));
    },
  };
}

describe('finding the role screen', () => {
  it('finds it in the top document', () => {
    const doc = loadPage('role-missing.html');
    expect(locateRoleScreen(doc)?.screen).toBe(doc);
  });

  it('finds it in a same-origin content frame, with the heading it went by', () => {
    const inner = loadPage('frame-role-missing.html');
    const { shell } = shellWithFrame(inner);
    expect(locateRoleScreen(shell)?.screen).toBe(inner);
    // The early scan starts from this heading instead of searching the frame for it again.
    const marker = locateRoleScreen(shell)?.marker;
    expect(marker?.ownerDocument).toBe(inner);
    expect(marker?.textContent).toContain('Security Modules');
  });

  it('finds nothing when the frame shows another screen, or cannot be read', () => {
    expect(locateRoleScreen(shellWithFrame(loadPage('frame-members.html')).shell)).toBeNull();
    expect(locateRoleScreen(shellWithFrame('cross-origin').shell)).toBeNull();
    expect(frameDocuments(shellWithFrame('cross-origin').shell)).toEqual([]);
    expect(frameDocuments(shellWithFrame(null).shell)).toEqual([]);
  });
});

describe('watching for the role screen', () => {
  let doc: Document;
  beforeEach(() => {
    doc = loadPage('../home.html');
    vi.stubGlobal('MutationObserver', mutationObserverOf(doc));
  });
  afterEach(() => vi.unstubAllGlobals());

  it('reports the screen when the portal renders it, and its end when the portal moves on', async () => {
    const clock = manualScheduler();
    const seen: (Document | null)[] = [];
    const watch = watchRoleScreen(doc, (screen) => seen.push(screen), clock.scheduler);
    expect(seen).toEqual([]);

    const content = doc.getElementById('cw-content')!;
    content.innerHTML = '<div>Security Modules for Role</div>';
    await flushMutations();
    expect(seen).toEqual([]);
    clock.advance(200);
    expect(seen).toEqual([doc]);

    content.innerHTML = '<h1>My Calendar</h1>';
    await flushMutations();
    clock.advance(200);
    expect(seen).toEqual([doc, null]);
    watch.stop();
  });

  it('ignores our own badges and overlay', async () => {
    const clock = manualScheduler();
    const check = vi.fn();
    watchRoleScreen(doc, check, clock.scheduler);
    doc.body.insertAdjacentHTML('beforeend', '<mpc-overlay></mpc-overlay>');
    doc.getElementById('cw-content')!.insertAdjacentHTML('beforeend', '<span data-mpc-badge="ok"></span>');
    await flushMutations();
    const records = [{ addedNodes: [doc.querySelector('mpc-overlay')!], removedNodes: [], target: doc.body }];
    expect(isOwnMutation(records[0] as unknown as MutationRecord)).toBe(true);
    clock.advance(1000);
    expect(check).not.toHaveBeenCalled();
  });

  it('follows the content frame when it loads another page', () => {
    const clock = manualScheduler();
    const { shell, navigate } = shellWithFrame(loadPage('frame-members.html'));
    const seen: (Document | null)[] = [];
    watchRoleScreen(shell, (screen) => seen.push(screen), clock.scheduler);
    const role = loadPage('frame-role-missing.html');
    navigate(role);
    clock.advance(0);
    expect(seen).toEqual([role]);
    navigate(loadPage('frame-members.html'));
    clock.advance(0);
    expect(seen).toEqual([role, null]);
  });

  it('looks at once when asked (the URL changed) and not at all once stopped', () => {
    const clock = manualScheduler();
    const seen: (Document | null)[] = [];
    const watch = watchRoleScreen(doc, (screen) => seen.push(screen), clock.scheduler);
    doc.getElementById('cw-content')!.innerHTML = '<div>Security Modules for Role</div>';
    watch.check();
    clock.advance(0);
    expect(seen).toEqual([doc]);
    watch.stop();
    doc.getElementById('cw-content')!.innerHTML = '';
    watch.check();
    clock.advance(1000);
    expect(seen).toEqual([doc]);
  });
});
