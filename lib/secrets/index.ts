export { type AlarmsLike, AUTO_LOCK_ALARM, alarmScheduler } from './auto-lock';
export { DEFAULT_PBKDF2_ITERATIONS } from './crypto';
export { isVaultError, VAULT_MESSAGES, VaultError, type VaultErrorCode } from './errors';
export { HINT_MIN_LENGTH, maskedDisplay, secretHint } from './mask';
export {
  type AutoLockScheduler,
  memorySessionArea,
  type SessionArea,
  type SessionStorageLike,
  storageSessionArea,
} from './session';
export {
  createVault,
  DEFAULT_AUTO_LOCK_MINUTES,
  MIN_PASSPHRASE_LENGTH,
  type Vault,
  type VaultDeps,
  type VaultMode,
  type VaultStatus,
} from './vault';
export { openVaultDb, VAULT_DB_NAME, type VaultDb } from './vault-db';
