import type { VendorConnection } from '../../vendors';
import { type CwClientOptions, createCwManageClient } from '../../vendors/cw-manage';
import type { EntitySource } from '../source';
import { manageCompanySource } from './cw-manage';

export { type AutomateClient, type AutomateClientLister, automateClientSource } from './cw-automate';
export { manageCompanySource } from './cw-manage';
export { type RmmLister, rmmCompanySource, rmmSiteSource } from './cw-rmm';
export { type WatchGuardAccountLister, watchGuardAccountSource } from './watchguard';

/** Client options for tests and local simulators (insecure http, injected fetch); none in the extension. */
export type SourceClientOptions = Pick<CwClientOptions, 'allowInsecureHttp' | 'fetch' | 'clock' | 'retry'>;

/**
 * The entity lists a connection syncs, in order. Each vendor's connection settings gain a case
 * here when its client lands in lib/vendors. TODO(lead), once `vendorConnectionSchema` has them:
 *   case 'watchguard':  return [watchGuardAccountSource(<WatchGuard client>)];
 *   case 'cw-rmm':      return [rmmCompanySource(rmm), rmmSiteSource(rmm)];
 *   case 'cw-automate': return [automateClientSource(<Automate client>)];
 */
export function sourcesFor(connection: VendorConnection, options: SourceClientOptions = {}): EntitySource[] {
  switch (connection.vendor) {
    case 'cw-manage':
      return [manageCompanySource(createCwManageClient(connection.config, options))];
  }
}
