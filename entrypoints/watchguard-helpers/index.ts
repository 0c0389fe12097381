import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { publishPageChunk } from '@/lib/extension/page-chunk';
import { watchGuardHelpersChunk } from '@/lib/regions/page/helpers-chunk';
import { startWatchGuardHelpers } from './start';

// The WatchGuard helpers, imported by the WatchGuard content script only on a page that needs
// them (see lib/regions/page/helpers-chunk.ts).
export default defineUnlistedScript(() => {
  publishPageChunk(watchGuardHelpersChunk, { start: startWatchGuardHelpers });
});
