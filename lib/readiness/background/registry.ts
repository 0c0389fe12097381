import type { ReadinessGroup } from './group';
import { rewstAutomateReadiness } from './rewst';
import { threatLockerManageReadiness } from './threatlocker';
import { rmmRecordsReadiness, watchGuardRmmReadiness } from './watchguard';

/**
 * Every readiness group, in the order the panel shows them. A vendor's checks are one file
 * (`defineReadinessGroup({...})`, its pure checks under lib/readiness/<vendor>/) and one line here.
 */
export const READINESS_GROUPS: readonly ReadinessGroup[] = [
  threatLockerManageReadiness,
  watchGuardRmmReadiness,
  rmmRecordsReadiness,
  rewstAutomateReadiness,
];
