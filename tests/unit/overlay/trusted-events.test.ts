import { describe, expect, it, vi } from 'vitest';
import { acceptOnlyTrustedEvents, dispatchOwnClick, GUARDED_EVENTS } from '@/lib/overlay/trusted-events';

/**
 * Issue #16, item 3: a page script cannot press the overlay's controls. The DOM used by unit
 * tests (linkedom) has no capture phase and no trusted events, so this checks the guard's
 * contract on a recording root; tests/e2e/role-checker/page-script-guard.spec.ts checks it in
 * Chromium, with a real page script and real (trusted) clicks and key presses.
 */

type Listener = (event: Event) => void;

function recordingRoot() {
  const listeners: { type: string; listener: Listener; capture: boolean }[] = [];
  const root = {
    addEventListener: (type: string, listener: Listener, options?: AddEventListenerOptions) =>
      listeners.push({ type, listener, capture: Boolean(options?.capture) }),
    removeEventListener: (type: string, listener: Listener) => {
      const index = listeners.findIndex((entry) => entry.type === type && entry.listener === listener);
      if (index >= 0) listeners.splice(index, 1);
    },
    dispatchEvent: () => true,
  } satisfies EventTarget;
  return { root, listeners };
}

function eventOf(type: string, isTrusted: boolean) {
  return {
    type,
    isTrusted,
    stopImmediatePropagation: vi.fn(),
    preventDefault: vi.fn(),
  };
}

describe('acceptOnlyTrustedEvents', () => {
  it('listens in the capture phase, before any control inside the root, for every state-changing event', () => {
    const { root, listeners } = recordingRoot();
    acceptOnlyTrustedEvents(root);
    expect(listeners.map((entry) => entry.type).sort()).toEqual([...GUARDED_EVENTS].sort());
    expect(listeners.every((entry) => entry.capture)).toBe(true);
    expect(GUARDED_EVENTS).toEqual(expect.arrayContaining(['click', 'submit', 'change', 'keydown', 'input']));
  });

  it('stops a synthetic event and cancels its default action (a page script’s button.click())', () => {
    const { root, listeners } = recordingRoot();
    acceptOnlyTrustedEvents(root);
    for (const { type, listener } of listeners) {
      const synthetic = eventOf(type, false);
      listener(synthetic as unknown as Event);
      expect(synthetic.stopImmediatePropagation, type).toHaveBeenCalledOnce();
      expect(synthetic.preventDefault, type).toHaveBeenCalledOnce();
    }
  });

  it('lets a person’s events through untouched (mouse, or Enter and Space on a focused button)', () => {
    const { root, listeners } = recordingRoot();
    acceptOnlyTrustedEvents(root);
    for (const { type, listener } of listeners) {
      const trusted = eventOf(type, true);
      listener(trusted as unknown as Event);
      expect(trusted.stopImmediatePropagation, type).not.toHaveBeenCalled();
      expect(trusted.preventDefault, type).not.toHaveBeenCalled();
    }
  });

  it('lets through the one click our own code dispatches (a download link), marked in our world only', () => {
    const { root, listeners } = recordingRoot();
    acceptOnlyTrustedEvents(root);
    const click = listeners.find((entry) => entry.type === 'click')!.listener;
    const dispatched: Event[] = [];
    const link = { dispatchEvent: (event: Event) => dispatched.push(event) > 0 } as unknown as Element;
    vi.stubGlobal(
      'MouseEvent',
      class extends Event {
        constructor(type: string, init?: EventInit) {
          super(type, init);
        }
      },
    );
    dispatchOwnClick(link);
    const own = dispatched[0]!;
    expect(own.composed).toBe(false);
    const stop = vi.spyOn(own, 'stopImmediatePropagation');
    click(own);
    expect(stop).not.toHaveBeenCalled();
    // A look-alike event without the mark is still stopped.
    const copy = eventOf('click', false);
    click(copy as unknown as Event);
    expect(copy.stopImmediatePropagation).toHaveBeenCalledOnce();
  });

  it('removes every listener it added', () => {
    const { root, listeners } = recordingRoot();
    const remove = acceptOnlyTrustedEvents(root);
    remove();
    expect(listeners).toEqual([]);
  });
});
