import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { publishRoleCheckerPanelChunk } from '@/lib/role-checker/page/chunk-bridge';
import { renderRoleCheckerPanel } from './panel';

// The role checker's panel in the overlay (Preact and its components), imported by the
// ConnectWise Manage content script once the first verdict is on the page: the verdict and its
// badges never wait for it (see lib/role-checker/page/chunk-bridge.ts).
export default defineUnlistedScript(() => {
  publishRoleCheckerPanelChunk({ render: renderRoleCheckerPanel });
});
