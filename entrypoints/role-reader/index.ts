import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { publishRoleReaderChunk } from '@/lib/role-checker/page/chunk-bridge';
import { takeEarlyReading } from '@/lib/role-checker/page/early-reading';

// The role screen's reader alone, imported by the ConnectWise Manage content script on a role
// screen at the same time as the checker: smaller, so it arrives first and reads the rows while
// the checker is still loading (see lib/role-checker/page/early-reading.ts).
export default defineUnlistedScript(() => {
  publishRoleReaderChunk({ takeEarlyReading });
});
