import { render } from 'preact';
import type { WatchGuardHelpersStart } from '@/lib/regions/page/helpers-chunk';
import { RegionHelper } from './region-helper';

/** Takes the feature's element over with the Preact region helper, until the extension goes away. */
export function startWatchGuardHelpers({ ctx, container, stylesheet }: WatchGuardHelpersStart): void {
  container.replaceChildren();
  render(<RegionHelper ctx={ctx} stylesheet={stylesheet} />, container);
  ctx.onInvalidated(() => render(null, container));
}
