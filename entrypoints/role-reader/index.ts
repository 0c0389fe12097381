import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { publishRoleReaderChunk } from '@/lib/role-checker/page/chunk-bridge';
import { roleReader } from '@/lib/role-checker/page/reader-api';

// The role screen's reader, imported by the ConnectWise Manage content script on a role screen at
// the same time as the checker: smaller, so it arrives first and reads the rows while the checker
// is still loading (see lib/role-checker/page/early-reading.ts). The checker then reads and sets
// the page through it (lib/role-checker/page/reader-api.ts): one copy of the reader, not two.
export default defineUnlistedScript(() => {
  publishRoleReaderChunk(roleReader);
});
