/** Why a vault operation failed; callers branch on `code`, people read `message`. */
export type VaultErrorCode =
  /** Passphrase mode and no key in memory: unlock first. */
  | 'vault-locked'
  /** The passphrase did not decrypt the vault key. Nothing was changed. */
  | 'wrong-passphrase'
  /** The managed policy forbids the passphrase-less device key: set a passphrase first. */
  | 'passphrase-required'
  | 'weak-passphrase'
  /** A stored record failed authentication (changed on disk, or bound to another slot). */
  | 'tampered'
  /** The vault has no key yet (only in passphrase-required setups). */
  | 'not-initialised';

/**
 * The one error type of the vault. Messages are our own words and name slots at most: never a
 * value, a key or a passphrase, so they are safe to log and to show.
 */
export class VaultError extends Error {
  override readonly name = 'VaultError';
  constructor(
    readonly code: VaultErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function isVaultError(error: unknown): error is VaultError {
  return error instanceof VaultError;
}

export const VAULT_MESSAGES = {
  locked: 'The credential vault is locked: unlock it with your passphrase in Settings › Connections.',
  wrongPassphrase: 'That passphrase is not the vault passphrase. Nothing was changed.',
  passphraseRequired:
    'Your organization requires a vault passphrase: set one in Settings › Connections before saving or using credentials.',
} as const;
