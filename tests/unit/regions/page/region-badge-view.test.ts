import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { pageBadgeFor } from '@/lib/regions';
import { drawRegionBadge } from '@/lib/regions/page/region-badge-view';

const MANAGE_PAGE = 'https://eu.myconnectwise.net/v2024_1/ConnectWise.aspx';

function container() {
  const { document } = parseHTML('<!doctype html><html><body><div></div></body></html>');
  return document.querySelector('div') as unknown as HTMLElement;
}

describe('the region badge drawn without Preact', () => {
  it("shows the page's vendor, region and every row of its badge, each with a copy button", () => {
    const into = container();
    drawRegionBadge(into, MANAGE_PAGE, async () => true);
    const badge = pageBadgeFor(MANAGE_PAGE)!;
    expect(into.querySelector('[data-testid="region-badge"] .mpc-region__chip')?.textContent).toBe(
      `Region: ${badge.regionLabel}`,
    );
    const values = Array.from(into.querySelectorAll('.mpc-copy-row__value'), (node) => node.textContent);
    expect(values).toEqual(badge.rows.map((row) => row.url));
    const buttons = Array.from(into.querySelectorAll('button'), (node) => node.getAttribute('aria-label'));
    expect(buttons).toEqual(badge.rows.map((row) => `Copy ${row.label}`));
  });

  it('confirms a copy on the button and to screen readers, and says when it failed', async () => {
    const into = container();
    const onCopy = vi.fn(async () => false);
    drawRegionBadge(into, MANAGE_PAGE, onCopy);
    const button = into.querySelector('button')!;
    button.click();
    await vi.waitFor(() => expect(button.textContent).toBe('Not copied'));
    expect(onCopy).toHaveBeenCalledWith(pageBadgeFor(MANAGE_PAGE)!.rows[0]!.url);
    expect(into.querySelector('[role="status"]')?.textContent).toMatch(/could not be copied$/);
  });

  it('draws nothing on a page of no known region', () => {
    const into = container();
    drawRegionBadge(into, 'https://unrelated.example.com/', async () => true);
    expect(into.childNodes.length).toBe(0);
  });
});
