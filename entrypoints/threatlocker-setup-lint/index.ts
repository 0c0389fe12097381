import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { publishPageChunk } from '@/lib/extension/page-chunk';
import { threatLockerSetupLintChunk } from '@/lib/readiness/threatlocker/page/setup-lint-chunk';
import { startSetupLint } from './start';

// The ThreatLocker portal's setup-form lint, imported by the portal's content script only on a
// page showing the ConnectWise form (see lib/readiness/threatlocker/page/setup-lint-chunk.ts).
export default defineUnlistedScript(() => {
  publishPageChunk(threatLockerSetupLintChunk, { start: startSetupLint });
});
