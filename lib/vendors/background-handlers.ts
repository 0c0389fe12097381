import type { Commands, Handlers } from '../messaging';
import { testConnection } from './index';

/** The background side of vendor commands; the router has checked sender and schema. */
export function vendorHandlers(): Required<Pick<Handlers<Commands>, 'testVendorConnection'>> {
  return {
    testVendorConnection: (connection) => testConnection(connection),
  };
}
