/**
 * Vendor connections: settings in `storage.local`, secrets in the encrypted vault (lib/secrets).
 *
 * Background only — the sync and role-audit features get a connection with its secrets through
 * `resolveConnection`, from the feature the router builds:
 *
 *   const connection = await connections.resolveConnection(id);   // VendorConnection
 *   const result = await testConnection(connection);               // lib/vendors
 *
 * It throws `ConnectionError` (not-found, missing-secret, host-permission-missing,
 * invalid) or `VaultError` (vault-locked, passphrase-required): show their messages
 * as they are, never the connection itself.
 */

export type { ConnectionsFeature } from './background/feature';

export { ConnectionError } from './errors';

export type { MaskedConnection } from './schemas';
