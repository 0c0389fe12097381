import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { publishRoleCheckerChunk } from '@/lib/role-checker/page/chunk-bridge';
import { startRoleCheckerSession } from './session';

// All the first verdict needs (the page reader, the audit engine, the badges), imported by the
// ConnectWise Manage content script only when a role screen is found; the panel is a script of
// its own (role-checker-panel), asked for after the first verdict (see
// lib/role-checker/page/chunk-bridge.ts).
export default defineUnlistedScript(() => {
  publishRoleCheckerChunk({ start: startRoleCheckerSession });
});
