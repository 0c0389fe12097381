import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadPanelState, rememberedPanel, savePanelState } from '@/lib/overlay/panel-state';

describe('overlay panel state per site', () => {
  it("starts expanded in the stylesheet's corner", async () => {
    expect(await loadPanelState('na.myconnectwise.net')).toEqual({ collapsed: false, offset: null });
  });

  it('remembers position and collapsed state for each site', async () => {
    await savePanelState('na.myconnectwise.net', { collapsed: true, offset: { right: 80, bottom: 32 } });
    expect(await loadPanelState('na.myconnectwise.net')).toEqual({
      collapsed: true,
      offset: { right: 80, bottom: 32 },
    });
    expect(await loadPanelState('eu.myconnectwise.net')).toEqual({ collapsed: false, offset: null });
  });

  it('reads a damaged record as the default', async () => {
    await fakeBrowser.storage.local.set({
      'overlay.panels': { 'na.myconnectwise.net': { collapsed: 'yes', offset: { right: -5 } } },
    });
    expect(await loadPanelState('na.myconnectwise.net')).toEqual({ collapsed: false, offset: null });
  });

  it('gives the shell its saved state and a callback that saves changes', async () => {
    await savePanelState('na.myconnectwise.net', { collapsed: true, offset: null });
    const panel = await rememberedPanel('na.myconnectwise.net');
    expect(panel.initialState).toEqual({ collapsed: true, offset: null });
    panel.onStateChange({ collapsed: false, offset: { right: 10, bottom: 10 } });
    await expect
      .poll(() => loadPanelState('na.myconnectwise.net'))
      .toEqual({
        collapsed: false,
        offset: { right: 10, bottom: 10 },
      });
  });
});
