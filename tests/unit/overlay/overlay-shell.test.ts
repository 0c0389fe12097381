import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { createOverlayShell } from '@/lib/overlay/overlay-shell';

function shell(options: Partial<Parameters<typeof createOverlayShell>[1]> = {}) {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const made = createOverlayShell(document, { title: 'MSP Portal Companion', ...options });
  document.body.append(made.element);
  made.body.append(document.createTextNode('feature'));
  const buttons = Array.from(made.element.querySelectorAll('button'));
  const named = (text: string) => buttons.find((button) => button.textContent === text)!;
  return { ...made, document, named, move: buttons[0]! };
}

describe('the overlay shell (plain DOM)', () => {
  it('is a region named by its title, with move, collapse and dismiss controls', () => {
    const { element, named, move } = shell();
    expect(element.getAttribute('aria-label')).toBe('MSP Portal Companion');
    expect(element.querySelector('h2')?.textContent).toBe('MSP Portal Companion');
    expect(move.getAttribute('aria-label')).toMatch(/^Move panel/);
    expect(named('Collapse').getAttribute('aria-expanded')).toBe('true');
    expect(named('×').getAttribute('aria-label')).toBe('Dismiss');
  });

  it('collapses without losing what the features drew, and reports each change', () => {
    const onStateChange = vi.fn();
    const { element, body, named } = shell({ onStateChange });
    named('Collapse').click();
    expect(element.contains(body)).toBe(false);
    expect(element.dataset.collapsed).toBe('true');
    expect(onStateChange).toHaveBeenLastCalledWith({ collapsed: true, offset: null });
    named('Expand').click();
    expect(element.contains(body)).toBe(true);
    expect(body.textContent).toBe('feature');
    expect(onStateChange).toHaveBeenLastCalledWith({ collapsed: false, offset: null });
  });

  it('starts where it was remembered, and moves with the arrow keys', () => {
    const onStateChange = vi.fn();
    const { element, move, document } = shell({
      initialState: { collapsed: true, offset: { right: 40, bottom: 20 } },
      onStateChange,
    });
    expect(element.style.right).toBe('40px');
    expect(element.dataset.collapsed).toBe('true');
    const view = document.defaultView as unknown as { innerWidth: number; innerHeight: number };
    Object.assign(view, { innerWidth: 1280, innerHeight: 800 });
    // linkedom has no KeyboardEvent: an event carrying the key is what the shell reads.
    const key = new (document.defaultView as unknown as typeof globalThis).Event('keydown');
    Object.defineProperties(key, { key: { value: 'ArrowLeft' }, shiftKey: { value: false } });
    move.dispatchEvent(key);
    expect(onStateChange).toHaveBeenLastCalledWith({ collapsed: true, offset: { right: 56, bottom: 20 } });
  });

  it('dismissing removes the panel and stops the features', () => {
    const onDismiss = vi.fn();
    const { element, named, document } = shell({ onDismiss });
    named('×').click();
    expect(document.body.contains(element)).toBe(false);
    expect(onDismiss).toHaveBeenCalledOnce();
  });
});
