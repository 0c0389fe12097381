import type { ComponentChildren } from 'preact';

/** A plain message about the page ("layout not recognised", "API access not enabled"). */
export function PageNotice({ children }: { children: ComponentChildren }) {
  return (
    <p class="mpc-region__notice" role="status" data-testid="page-notice">
      {children}
    </p>
  );
}
