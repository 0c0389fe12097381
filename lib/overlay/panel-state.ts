import { z } from 'zod';
import { keyedRecord } from '../extension/keyed-record';

/**
 * Where the overlay panel sits and whether it is collapsed, remembered per site (host) in
 * `storage.local`, so a technician who moved it off the grid on one portal finds it there again.
 * Dismissing is not remembered: the panel is back on the next page load.
 */

export const panelStates = keyedRecord('overlay.panels');

const offsetSchema = z.object({
  right: z.number().int().min(0).max(10_000),
  bottom: z.number().int().min(0).max(10_000),
});
export const panelStateSchema = z.object({
  collapsed: z.boolean(),
  /** Distance from the viewport's right and bottom edges; null keeps the stylesheet's corner. */
  offset: offsetSchema.nullable(),
});
export type PanelState = z.infer<typeof panelStateSchema>;
export type PanelOffset = z.infer<typeof offsetSchema>;

export const DEFAULT_PANEL_STATE: PanelState = { collapsed: false, offset: null };

/** The site's panel state; anything unreadable gives the default (never an error on the page). */
export async function loadPanelState(site: string): Promise<PanelState> {
  try {
    const parsed = panelStateSchema.safeParse(await panelStates.read(site));
    return parsed.success ? parsed.data : { ...DEFAULT_PANEL_STATE };
  } catch {
    return { ...DEFAULT_PANEL_STATE };
  }
}

export async function savePanelState(site: string, state: PanelState): Promise<void> {
  await panelStates.write(site, panelStateSchema.parse(state));
}

/**
 * The overlay shell's props for a panel remembered per site: its saved state to start from and a
 * callback that saves each change. Losing a position is harmless, so a failed save is dropped
 * rather than surfaced on the vendor's page.
 */
export async function rememberedPanel(site: string) {
  return {
    initialState: await loadPanelState(site),
    onStateChange: (state: PanelState) => {
      savePanelState(site, state).catch(() => {});
    },
  };
}
