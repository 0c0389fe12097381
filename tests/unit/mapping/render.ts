/**
 * Renders Preact components into linkedom for component tests: enough DOM for clicks, typing and
 * reading text; layout and real browser behaviour are the E2E specs' job.
 */
import { parseHTML } from 'linkedom';
import { type ComponentChild, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

export function mount(ui: ComponentChild) {
  const { document, window } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  const saved = { document: globalThis.document, window: globalThis.window };
  Object.assign(globalThis, { document, window });
  const root = document.getElementById('app') as unknown as HTMLElement;
  act(() => render(ui, root));
  cleanup = () => {
    act(() => render(null, root));
    Object.assign(globalThis, saved);
  };

  /** Lets pending messages, timers and re-renders finish. */
  const settle = async () => {
    for (let i = 0; i < 6; i++) await act(() => new Promise((resolve) => setTimeout(resolve, 1)));
  };
  const buttons = () => [...root.querySelectorAll('button')] as HTMLButtonElement[];
  const button = (label: string | RegExp) => {
    const found = buttons().find((candidate) => {
      const name = candidate.getAttribute('aria-label') ?? candidate.textContent ?? '';
      return typeof label === 'string' ? name.trim() === label : label.test(name);
    });
    if (!found)
      throw new Error(
        `No button ${label}; buttons: ${buttons()
          .map((b) => b.getAttribute('aria-label') ?? b.textContent)
          .join(' | ')}`,
      );
    return found;
  };
  const click = async (label: string | RegExp) => {
    const target = button(label);
    await act(() => {
      target.dispatchEvent(new window.Event('click', { bubbles: true }));
    });
    await settle();
  };
  const type = async (selector: string, value: string) => {
    const input = root.querySelector(selector) as HTMLInputElement;
    input.value = value;
    await act(() => {
      input.dispatchEvent(new window.Event('input', { bubbles: true }));
    });
    await settle();
  };
  const text = (selector: string) => root.querySelector(selector)?.textContent?.trim() ?? '';
  const texts = (selector: string) =>
    [...root.querySelectorAll(selector)].map((node) => node.textContent?.trim() ?? '');
  return { root, settle, button, click, type, text, texts };
}
