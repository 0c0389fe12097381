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

export {
  type ConnectionsEnvironment,
  type ConnectionsFeature,
  createConnectionsFeature,
  type ResolveConnection,
} from './background/feature';
export { BACKUP_FORMAT, type Backup, parseBackup, previewImport } from './backup';
export { connectionCommands } from './commands';
export { ConnectionError, type ConnectionErrorCode } from './errors';
export { CONNECTION_KINDS, hostOriginOf, kindOf } from './kinds';
export { type ManagedPolicy, parseManagedPolicy } from './policy';
export type { ConnectionRecord, MaskedConnection, SaveConnectionRequest } from './schemas';
export { validateConnectionForm } from './validate';
