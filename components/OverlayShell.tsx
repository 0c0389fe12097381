import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { PanelOffset, PanelState } from '@/lib/overlay/panel-state';

export interface OverlayShellProps {
  title: string;
  children?: ComponentChildren;
  onDismiss?: () => void;
  /** Where the panel starts and whether it starts collapsed (e.g. as remembered for the site). */
  initialState?: PanelState;
  /** Called when the panel is collapsed, expanded or moved. */
  onStateChange?: (state: PanelState) => void;
}

/** Arrow keys on the move handle move the panel this far (Shift: four times as far). */
const KEY_STEP_PX = 16;
/** How much of the panel stays on screen however far it is dragged. */
const KEEP_VISIBLE_PX = { x: 120, y: 40 };

/** The frame every in-page panel shares: a title bar that moves, collapses and dismisses. */
export function OverlayShell({ title, children, onDismiss, initialState, onStateChange }: OverlayShellProps) {
  const [collapsed, setCollapsed] = useState(initialState?.collapsed ?? false);
  const [offset, setOffset] = useState<PanelOffset | null>(initialState?.offset ?? null);
  const [dismissed, setDismissed] = useState(false);
  const panel = useRef<HTMLElement>(null);
  const drag = useRef<{ x: number; y: number; from: PanelOffset } | null>(null);
  if (dismissed) return null;

  const report = (next: Partial<PanelState>) => onStateChange?.({ collapsed, offset, ...next });
  const currentOffset = (): PanelOffset => {
    if (offset) return offset;
    const box = panel.current?.getBoundingClientRect();
    return box
      ? {
          right: Math.round(window.innerWidth - box.right),
          bottom: Math.round(window.innerHeight - box.bottom),
        }
      : { right: 16, bottom: 16 };
  };
  const moveTo = (next: PanelOffset) => {
    const clamped = {
      right: clamp(Math.round(next.right), 0, window.innerWidth - KEEP_VISIBLE_PX.x),
      bottom: clamp(Math.round(next.bottom), 0, window.innerHeight - KEEP_VISIBLE_PX.y),
    };
    setOffset(clamped);
    return clamped;
  };

  return (
    <section
      ref={panel}
      class="mpc-panel"
      aria-label={title}
      data-collapsed={collapsed}
      style={offset ? { right: `${offset.right}px`, bottom: `${offset.bottom}px` } : undefined}
    >
      <header class="mpc-panel__header">
        <button
          type="button"
          class="mpc-panel__button mpc-panel__move"
          aria-label="Move panel (drag, or use the arrow keys)"
          title="Move panel (drag, or use the arrow keys)"
          onPointerDown={(event) => {
            event.currentTarget.setPointerCapture(event.pointerId);
            drag.current = { x: event.clientX, y: event.clientY, from: currentOffset() };
          }}
          onPointerMove={(event) => {
            const start = drag.current;
            if (!start) return;
            moveTo({
              right: start.from.right - (event.clientX - start.x),
              bottom: start.from.bottom - (event.clientY - start.y),
            });
          }}
          onPointerUp={() => {
            drag.current = null;
            report({ offset: currentOffset() });
          }}
          onKeyDown={(event) => {
            const step = event.shiftKey ? KEY_STEP_PX * 4 : KEY_STEP_PX;
            const moves: Record<string, [number, number]> = {
              ArrowLeft: [step, 0],
              ArrowRight: [-step, 0],
              ArrowUp: [0, step],
              ArrowDown: [0, -step],
            };
            const move = moves[event.key];
            if (!move) return;
            event.preventDefault();
            const from = currentOffset();
            report({ offset: moveTo({ right: from.right + move[0], bottom: from.bottom + move[1] }) });
          }}
        >
          ⠿
        </button>
        <h2 class="mpc-panel__title">{title}</h2>
        <button
          type="button"
          class="mpc-panel__button"
          aria-expanded={!collapsed}
          onClick={() => {
            setCollapsed(!collapsed);
            report({ collapsed: !collapsed });
          }}
        >
          {collapsed ? 'Expand' : 'Collapse'}
        </button>
        <button
          type="button"
          class="mpc-panel__button"
          aria-label="Dismiss"
          onClick={() => {
            setDismissed(true);
            onDismiss?.();
          }}
        >
          ×
        </button>
      </header>
      {!collapsed && <div class="mpc-panel__body">{children}</div>}
    </section>
  );
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}
