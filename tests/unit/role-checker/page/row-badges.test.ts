import { describe, expect, it } from 'vitest';
import type { RowDescription } from '@/lib/role-checker/describe';
import { createBadgeLayer } from '@/lib/role-checker/page/row-badges';
import { parseHtml } from '../dom';

const missing: RowDescription = {
  status: 'missing',
  text: 'Missing: Delete → All · WatchGuard Cloud',
  detail: 'Delete: needs All, has None (WatchGuard Cloud).',
  integrations: ['WatchGuard Cloud'],
};
const ok: RowDescription = {
  ...missing,
  status: 'ok',
  text: 'OK: Delete All · WatchGuard Cloud',
  detail: 'Delete: All.',
};

function cells() {
  const doc = parseHtml(
    '<body><table><tr><td id="a">Configurations</td></tr><tr><td id="b">Contacts</td></tr></table></body>',
  );
  return { doc, a: doc.getElementById('a')!, b: doc.getElementById('b')! };
}

const shadowText = (host: Element) => host.shadowRoot?.querySelector('.mpc-badge')?.textContent;

describe('badge layer', () => {
  it("puts one badge in each anchor, its text in a shadow root, not in the cell's own text", () => {
    const { a, b } = cells();
    const layer = createBadgeLayer();
    layer.update([
      { anchor: a, description: missing },
      { anchor: b, description: ok },
    ]);
    const badge = a.querySelector('[data-mpc-badge]')!;
    expect(badge.getAttribute('data-mpc-badge')).toBe('missing');
    expect(badge.getAttribute('title')).toBe(missing.detail);
    expect(shadowText(badge)).toBe(missing.text);
    expect(a.textContent).toBe('Configurations');
    expect(b.querySelector('[data-mpc-badge]')?.getAttribute('data-mpc-badge')).toBe('ok');
  });

  it('touches only badges whose content changed, and removes those no longer wanted', () => {
    const { a, b } = cells();
    const layer = createBadgeLayer();
    layer.update([
      { anchor: a, description: missing },
      { anchor: b, description: missing },
    ]);
    const first = a.querySelector('[data-mpc-badge]');
    layer.update([{ anchor: a, description: missing }]);
    expect(a.querySelector('[data-mpc-badge]')).toBe(first);
    expect(b.querySelector('[data-mpc-badge]')).toBeNull();
    layer.update([{ anchor: a, description: ok }]);
    expect(a.querySelector('[data-mpc-badge]')).toBe(first);
    expect(shadowText(first!)).toBe(ok.text);
  });

  it('puts a badge back when the page re-rendered the cell without it', () => {
    const { a } = cells();
    const layer = createBadgeLayer();
    layer.update([{ anchor: a, description: missing }]);
    a.querySelector('[data-mpc-badge]')!.remove();
    layer.update([{ anchor: a, description: missing }]);
    expect(a.querySelectorAll('[data-mpc-badge]')).toHaveLength(1);
  });

  it('marks the focused badge and clears everything on request', () => {
    const { a, b } = cells();
    const layer = createBadgeLayer();
    layer.update([
      { anchor: a, description: missing },
      { anchor: b, description: missing },
    ]);
    layer.focus(a);
    const body = (anchor: Element) =>
      anchor.querySelector('[data-mpc-badge]')!.shadowRoot!.querySelector('.mpc-badge')!;
    expect(body(a).hasAttribute('data-focused')).toBe(true);
    layer.focus(b);
    expect(body(a).hasAttribute('data-focused')).toBe(false);
    expect(body(b).hasAttribute('data-focused')).toBe(true);
    layer.clear();
    expect(a.querySelector('[data-mpc-badge]')).toBeNull();
    expect(b.querySelector('[data-mpc-badge]')).toBeNull();
  });
});
