import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checklistKey, loadTicks, saveTick } from '@/lib/role-checker/checklist';

describe('manual checklist ticks', () => {
  it('are kept per connection and audited role or user class', async () => {
    const rewst = checklistKey('c1', 'user-class', 4);
    const role = checklistKey('c1', 'role', 4);
    expect(await saveTick(rewst, 'rewst-client-permissions', true)).toEqual({
      'rewst-client-permissions': true,
    });
    expect(await loadTicks(rewst)).toEqual({ 'rewst-client-permissions': true });
    expect(await loadTicks(role)).toEqual({});
  });

  it('forget a tick taken back, and read a damaged record as no ticks', async () => {
    const key = checklistKey('c1', 'role', 7);
    await saveTick(key, 'a', true);
    expect(await saveTick(key, 'a', false)).toEqual({});
    await fakeBrowser.storage.local.set({ 'roleChecker.checklists': { [key]: { a: 'yes' } } });
    expect(await loadTicks(key)).toEqual({});
  });
});
