import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { publishRoleCheckerChunk } from '@/lib/role-checker/page/chunk-bridge';
import { startRoleCheckerSession } from './session';

// The role checker's heavy part, imported by the ConnectWise Manage content script only when a
// role screen is found (see lib/role-checker/page/chunk-bridge.ts).
export default defineUnlistedScript(() => {
  publishRoleCheckerChunk({ start: startRoleCheckerSession });
});
