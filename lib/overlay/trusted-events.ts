/**
 * Runs in: the vendor page (content script). The overlay's controls act only on events a person
 * caused. A page script can find our (open) shadow root and call `button.click()` or dispatch
 * events on it; such events carry `isTrusted: false`. One capture listener on the overlay's root
 * stops them before they reach any control, so no button needs its own check. A person's keyboard
 * use is trusted too: Enter and Space on a button produce a trusted click.
 *
 * Our own code sometimes has to click (the temporary link of a download): `dispatchOwnClick`
 * marks that one event. The mark is a property in the content script's isolated world, which
 * page scripts cannot see or set; the event does not leave the shadow root either.
 */

/** Shared by every bundle of ours in the isolated world (the role checker is a separate chunk). */
const OWN_EVENT = Symbol.for('msp-portal-companion.own-event');

/** Events through which a control changes something (the page, a download, stored settings). */
export const GUARDED_EVENTS = [
  'click',
  'dblclick',
  'auxclick',
  'submit',
  'change',
  'input',
  'keydown',
  'keyup',
  'keypress',
  'pointerdown',
  'pointerup',
  'mousedown',
  'mouseup',
] as const;

/** Drops every untrusted guarded event inside `root`; returns a function that removes the guard. */
export function acceptOnlyTrustedEvents(root: EventTarget): () => void {
  const drop = (event: Event) => {
    if (event.isTrusted || (event as { [OWN_EVENT]?: true })[OWN_EVENT]) return;
    event.stopImmediatePropagation();
    event.preventDefault();
  };
  for (const type of GUARDED_EVENTS) root.addEventListener(type, drop, { capture: true });
  return () => {
    for (const type of GUARDED_EVENTS) root.removeEventListener(type, drop, { capture: true });
  };
}

/** Clicks `element` from our own code, past the guard (e.g. a download link); the page never sees it. */
export function dispatchOwnClick(element: Element): void {
  const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: false });
  Object.defineProperty(click, OWN_EVENT, { value: true });
  element.dispatchEvent(click);
}
