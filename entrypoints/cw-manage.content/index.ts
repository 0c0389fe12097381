import '@/components/overlay.css';
import '@/components/regions/regions.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONTENT_SCRIPT_MATCHES } from '@/lib/hosts';
import { startOverlayFeatures } from '@/lib/overlay/features';
import { features } from './features';

// ConnectWise Manage portal pages (cloud). The features in features.ts mount inside the overlay,
// which remembers its place per site.
export default defineContentScript({
  matches: [...CONTENT_SCRIPT_MATCHES.cwManage],
  cssInjectionMode: 'ui',
  async main(ctx) {
    await startOverlayFeatures(ctx, features, {
      stylesheet: 'content-scripts/cw-manage.css',
      rememberPanel: true,
    });
  },
});
