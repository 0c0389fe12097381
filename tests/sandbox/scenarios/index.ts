import type { Scenario } from '../scenario';
import { overlayOnPortals } from './overlay-on-portals';

/** The tour's scenarios, in the order the landing page lists them. */
export const scenarios: Scenario[] = [overlayOnPortals];
