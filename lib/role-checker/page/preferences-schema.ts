import { z } from 'zod';
import { RECENT_LIMIT } from './preferences';

/**
 * The stored shape of a site's role-checker preferences, as a schema: the contract the page
 * script's hand-written reading (`asSitePreferences` in preferences.ts, which carries no zod) is
 * held to by tests/unit/role-checker/page/preferences-guard.test.ts.
 */
export const sitePreferencesSchema = z.object({
  profiles: z.array(z.string()).max(50),
  mode: z.enum(['minimum', 'least-privilege']),
  recent: z.array(z.string()).max(RECENT_LIMIT).optional(),
  features: z.array(z.string()).max(50).optional(),
});
