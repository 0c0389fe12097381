import { keyedRecord } from '../extension/keyed-record';

/**
 * Runs in: the content script (always loaded). Where the overlay panel sits and whether it is
 * collapsed, remembered per site (host) in `storage.local`, so a technician who moved it off the
 * grid on one portal finds it there again. Dismissing is not remembered: the panel is back on the
 * next page load. Checked by hand, not with zod: this runs on every portal page, and zod alone
 * would be most of the always-loaded script.
 */

export const panelStates = keyedRecord('overlay.panels');

/** Distance from the viewport's right and bottom edges. */
export interface PanelOffset {
  right: number;
  bottom: number;
}
export interface PanelState {
  collapsed: boolean;
  /** null keeps the stylesheet's corner. */
  offset: PanelOffset | null;
}

const MAX_OFFSET_PX = 10_000;

export const DEFAULT_PANEL_STATE: PanelState = { collapsed: false, offset: null };

const isOffsetValue = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_OFFSET_PX;

/** The stored state if it is exactly a panel state (unknown keys dropped), else null. */
export function parsePanelState(value: unknown): PanelState | null {
  if (typeof value !== 'object' || value === null) return null;
  const { collapsed, offset } = value as Record<string, unknown>;
  if (typeof collapsed !== 'boolean') return null;
  if (offset === null) return { collapsed, offset: null };
  if (typeof offset !== 'object' || offset === undefined) return null;
  const { right, bottom } = offset as Record<string, unknown>;
  return isOffsetValue(right) && isOffsetValue(bottom) ? { collapsed, offset: { right, bottom } } : null;
}

/** The site's panel state; anything unreadable gives the default (never an error on the page). */
export async function loadPanelState(site: string): Promise<PanelState> {
  try {
    return parsePanelState(await panelStates.read(site)) ?? { ...DEFAULT_PANEL_STATE };
  } catch {
    return { ...DEFAULT_PANEL_STATE };
  }
}

export async function savePanelState(site: string, state: PanelState): Promise<void> {
  const checked = parsePanelState(state);
  if (!checked) throw new TypeError('Not a panel state.');
  await panelStates.write(site, checked);
}

/**
 * The overlay shell's options for a panel remembered per site: its saved state to start from and
 * a callback that saves each change. Losing a position is harmless, so a failed save is dropped
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
