import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { watchGuardHelpersChunk } from '@/lib/regions/page/helpers-chunk';
import { startWatchGuardHelpers } from './start';

// The WatchGuard helpers, imported by the WatchGuard content script only on a page that needs
// them (see lib/regions/page/helpers-chunk.ts).
export default defineUnlistedScript(() => {
  watchGuardHelpersChunk.publish({ start: startWatchGuardHelpers });
});
