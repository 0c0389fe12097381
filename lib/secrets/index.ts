export { AUTO_LOCK_ALARM } from './auto-lock';

export { VaultError, type VaultErrorCode } from './errors';
export { maskedDisplay, secretHint } from './mask';
export {
  memorySessionArea,
  type SessionArea,
} from './session';
export { createVault } from './vault';
export { openVaultDb, type VaultDb } from './vault-db';
