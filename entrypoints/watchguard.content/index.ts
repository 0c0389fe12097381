import '@/components/overlay.css';
import '@/components/regions/regions.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONTENT_SCRIPT_MATCHES } from '@/lib/hosts';
import { startOverlayFeatures } from '@/lib/overlay/features';
import { features } from './features';

const STYLESHEET = 'content-scripts/watchguard.css';

// WatchGuard Cloud portal pages. The features in features.ts mount inside the overlay.
export default defineContentScript({
  matches: [...CONTENT_SCRIPT_MATCHES.watchguard],
  cssInjectionMode: 'ui',
  async main(ctx) {
    await startOverlayFeatures(ctx, features(STYLESHEET), { stylesheet: STYLESHEET });
  },
});
