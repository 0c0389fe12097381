import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

export interface OverlayShellProps {
  title: string;
  children?: ComponentChildren;
  onDismiss?: () => void;
}

/** The frame every in-page panel shares: a title bar that collapses and dismisses. */
export function OverlayShell({ title, children, onDismiss }: OverlayShellProps) {
  const [collapsed, setCollapsed] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  if (dismissed) return null;
  return (
    <section class="mpc-panel" aria-label={title} data-collapsed={collapsed}>
      <header class="mpc-panel__header">
        <h2 class="mpc-panel__title">{title}</h2>
        <button
          type="button"
          class="mpc-panel__button"
          aria-expanded={!collapsed}
          onClick={() => setCollapsed(!collapsed)}
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
