import type { VendorConnection } from '../../../vendors';
import { createCwAutomateClient } from '../../../vendors/cw-automate';
import { createCwManageClient } from '../../../vendors/cw-manage';
import { createCwRmmClient } from '../../../vendors/cw-rmm';
import type { VendorClientOptions } from '../../../vendors/http';
import { createWatchGuardClient } from '../../../vendors/watchguard';
import type { EntitySource } from '../source';
import { automateClientSource } from './cw-automate';
import { manageCompanySource } from './cw-manage';
import { rmmCompanySource, rmmSiteSource } from './cw-rmm';
import { watchGuardAccountSource } from './watchguard';

export { automateClientSource } from './cw-automate';
export { manageCompanySource } from './cw-manage';
export { rmmCompanySource, rmmSiteSource } from './cw-rmm';
export { fromStartSource } from './from-start';
export { watchGuardAccountSource } from './watchguard';

/** Client options for tests and local simulators (insecure http, injected fetch); none in the extension. */
export type SourceClientOptions = Pick<
  VendorClientOptions,
  'allowInsecureHttp' | 'fetch' | 'clock' | 'retry'
>;

/** The entity lists a connection syncs, in order (a resumed run expects the same list). */
export function sourcesFor(connection: VendorConnection, options: SourceClientOptions = {}): EntitySource[] {
  switch (connection.vendor) {
    case 'cw-manage':
      return [manageCompanySource(createCwManageClient(connection.config, options))];
    case 'watchguard':
      return [watchGuardAccountSource(createWatchGuardClient(connection.config, options))];
    case 'cw-rmm': {
      const rmm = createCwRmmClient(connection.config, options);
      return [rmmCompanySource(rmm), rmmSiteSource(rmm)];
    }
    case 'cw-automate':
      return [automateClientSource(createCwAutomateClient(connection.config, options))];
  }
}
