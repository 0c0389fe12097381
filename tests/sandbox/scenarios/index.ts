import type { Scenario } from '../scenario';
import { apiMembers } from './api-members';
import { badPaste } from './bad-paste';
import { ninjaOneCustomize } from './ninjaone-customize';
import { popupQuickCopy } from './popup-quick-copy';
import { quickSync } from './quick-sync';
import { regionBadges } from './region-badges';
import { rewstAutomate } from './rewst-automate';
import { roleAuditHint } from './role-audit-hint';
import { roleCheck } from './role-check';
import { sandboxConnections } from './sandbox-connections';
import { threatLockerReadiness } from './threatlocker-readiness';
import { watchguardEndpoints } from './watchguard-endpoints';
import { watchguardReadiness } from './watchguard-readiness';

/** The tour's scenarios, in the order the landing page lists them. */
export const scenarios: Scenario[] = [
  roleCheck,
  watchguardEndpoints,
  badPaste,
  popupQuickCopy,
  regionBadges,
  quickSync,
  sandboxConnections,
  roleAuditHint,
  threatLockerReadiness,
  watchguardReadiness,
  rewstAutomate,
  ninjaOneCustomize,
  apiMembers,
];
