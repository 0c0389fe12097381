import { render } from 'preact';
import type { SetupLintStart } from '@/lib/readiness/threatlocker/page/setup-lint-chunk';
import { PortalSetupLint } from './portal-setup-lint';

/** Takes the feature's element over with the Preact lint, until the extension goes away. */
export function startSetupLint({ ctx, container }: SetupLintStart): void {
  container.replaceChildren();
  render(<PortalSetupLint ctx={ctx} />, container);
  ctx.onInvalidated(() => render(null, container));
}
