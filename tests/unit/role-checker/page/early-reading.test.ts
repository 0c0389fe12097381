import { afterEach, describe, expect, it, vi } from 'vitest';
import { takeEarlyReading } from '@/lib/role-checker/page/early-reading';
import { BADGE_ATTRIBUTE, setControl } from '@/lib/role-checker/page/page-adapter';
import { flushMutations, loadPage, mutationObserverOf, parseHtml } from '../dom';

function page(name = 'role-missing.html') {
  const doc = loadPage(name);
  vi.stubGlobal('MutationObserver', mutationObserverOf(doc));
  return doc;
}

afterEach(() => vi.unstubAllGlobals());

describe('the reading taken while the checker script loads', () => {
  it('is handed over when the screen did not change, and only once', () => {
    const early = takeEarlyReading(page());
    const reading = early.take();
    expect(reading).toMatchObject({ status: 'read', roleName: 'API Integrations' });
    expect(early.take()).toBeNull();
  });

  it('is dropped when a level was picked in between', () => {
    const doc = page();
    const early = takeEarlyReading(doc);
    setControl(doc.querySelector('select')!, 'None');
    expect(early.take()).toBeNull();
  });

  it('is dropped when rows changed in between, even before the records were delivered', async () => {
    const doc = page();
    const early = takeEarlyReading(doc);
    doc.querySelector('tr')!.remove();
    expect(early.take()).toBeNull();

    const delivered = takeEarlyReading(page());
    await flushMutations();
    expect(delivered.take()).not.toBeNull();
  });

  it('survives our own badges being added', () => {
    const doc = page();
    const early = takeEarlyReading(doc);
    const badge = doc.createElement('span');
    badge.setAttribute(BADGE_ATTRIBUTE, 'missing');
    doc.body.append(badge);
    expect(early.take()).not.toBeNull();
  });

  it('hands over nothing for a screen it could not read', () => {
    const doc = parseHtml('<body><h2>Security Modules</h2><p>Loading…</p></body>');
    vi.stubGlobal('MutationObserver', mutationObserverOf(doc));
    expect(takeEarlyReading(doc).take()).toBeNull();
  });
});
