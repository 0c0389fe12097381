import type { PanelOffset, PanelState } from './panel-state';

/**
 * Runs in: the content script (always loaded). The frame every in-page panel shares: a title bar
 * that moves, collapses and dismisses, and a body the features draw into. Plain DOM rather than
 * Preact: it is on every portal page, and the features that need Preact bring it when they load.
 */
export interface OverlayShellOptions {
  title: string;
  onDismiss?: () => void;
  /** Where the panel starts and whether it starts collapsed (e.g. as remembered for the site). */
  initialState?: PanelState;
  /** Called when the panel is collapsed, expanded or moved. */
  onStateChange?: (state: PanelState) => void;
}

export interface OverlayShell {
  /** The panel: append it where it shows. */
  element: HTMLElement;
  /** Where features draw; kept (detached) while the panel is collapsed, so nothing is lost. */
  body: HTMLElement;
}

/** Arrow keys on the move handle move the panel this far (Shift: four times as far). */
const KEY_STEP_PX = 16;
/** How much of the panel stays on screen however far it is dragged. */
const KEEP_VISIBLE_PX = { x: 120, y: 40 };
const MOVE_LABEL = 'Move panel (drag, or use the arrow keys)';
const ARROW_MOVES: Record<string, [number, number]> = {
  ArrowLeft: [1, 0],
  ArrowRight: [-1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
};

export function createOverlayShell(doc: Document, options: OverlayShellOptions): OverlayShell {
  let collapsed = options.initialState?.collapsed ?? false;
  let offset: PanelOffset | null = options.initialState?.offset ?? null;
  let drag: { x: number; y: number; from: PanelOffset } | null = null;

  const element = doc.createElement('section');
  element.className = 'mpc-panel';
  element.setAttribute('aria-label', options.title);
  const header = doc.createElement('header');
  header.className = 'mpc-panel__header';
  const button = (text: string, className = 'mpc-panel__button') => {
    const made = doc.createElement('button');
    made.type = 'button';
    made.className = className;
    made.textContent = text;
    return made;
  };
  const move = button('⠿', 'mpc-panel__button mpc-panel__move');
  move.setAttribute('aria-label', MOVE_LABEL);
  move.title = MOVE_LABEL;
  const title = doc.createElement('h2');
  title.className = 'mpc-panel__title';
  title.textContent = options.title;
  const collapse = button('');
  const dismiss = button('×');
  dismiss.setAttribute('aria-label', 'Dismiss');
  header.append(move, title, collapse, dismiss);
  const body = doc.createElement('div');
  body.className = 'mpc-panel__body';
  element.append(header, body);

  const view = doc.defaultView ?? window;
  const report = () => options.onStateChange?.({ collapsed, offset });
  const draw = () => {
    element.dataset.collapsed = String(collapsed);
    collapse.textContent = collapsed ? 'Expand' : 'Collapse';
    collapse.setAttribute('aria-expanded', String(!collapsed));
    if (collapsed) body.remove();
    else if (!body.isConnected) element.append(body);
    element.style.right = offset ? `${offset.right}px` : '';
    element.style.bottom = offset ? `${offset.bottom}px` : '';
  };
  const currentOffset = (): PanelOffset => {
    if (offset) return offset;
    const box = element.getBoundingClientRect();
    return {
      right: Math.round(view.innerWidth - box.right),
      bottom: Math.round(view.innerHeight - box.bottom),
    };
  };
  const moveTo = (next: PanelOffset) => {
    offset = {
      right: clamp(Math.round(next.right), 0, view.innerWidth - KEEP_VISIBLE_PX.x),
      bottom: clamp(Math.round(next.bottom), 0, view.innerHeight - KEEP_VISIBLE_PX.y),
    };
    draw();
  };

  move.addEventListener('pointerdown', (event) => {
    move.setPointerCapture(event.pointerId);
    drag = { x: event.clientX, y: event.clientY, from: currentOffset() };
  });
  move.addEventListener('pointermove', (event) => {
    if (!drag) return;
    moveTo({
      right: drag.from.right - (event.clientX - drag.x),
      bottom: drag.from.bottom - (event.clientY - drag.y),
    });
  });
  move.addEventListener('pointerup', () => {
    drag = null;
    offset = currentOffset();
    report();
  });
  move.addEventListener('keydown', (event) => {
    const direction = ARROW_MOVES[event.key];
    if (!direction) return;
    event.preventDefault();
    const step = event.shiftKey ? KEY_STEP_PX * 4 : KEY_STEP_PX;
    const from = currentOffset();
    moveTo({ right: from.right + direction[0] * step, bottom: from.bottom + direction[1] * step });
    report();
  });
  collapse.addEventListener('click', () => {
    collapsed = !collapsed;
    draw();
    report();
  });
  dismiss.addEventListener('click', () => {
    element.remove();
    options.onDismiss?.();
  });
  draw();
  return { element, body };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}
