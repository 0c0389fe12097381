import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { KdfParams, Sealed } from './crypto';

/**
 * What the vault keeps in the extension's IndexedDB. IndexedDB is per origin: extension pages and
 * the background share it, content scripts (which run at the vendor page's origin) cannot open it.
 */
export type VaultState =
  | {
      version: 1;
      mode: 'device';
      /** Changes whenever the data key changes; every secret record names the key it was sealed with. */
      keyId: string;
      /** Non-extractable AES-GCM key, stored as a structured-cloned CryptoKey. */
      deviceKey: CryptoKey;
      createdAt: string;
    }
  | {
      version: 1;
      mode: 'passphrase';
      keyId: string;
      kdf: KdfParams;
      /** The data key, sealed with the passphrase-derived key. */
      wrappedKey: Sealed;
      createdAt: string;
    };

export interface SecretRecord extends Sealed {
  /** `<connection id>:<field>`; also the additional authenticated data of the ciphertext. */
  slot: string;
  keyId: string;
  /** The last four characters of a long value, for the masked display; null for short values. */
  hint: string | null;
  updatedAt: string;
}

export interface VaultSchema extends DBSchema {
  meta: { key: 'state'; value: VaultState };
  /** 'session': the key that seals the unlocked data key kept in session memory (see session.ts). */
  keys: { key: 'session'; value: CryptoKey };
  secrets: { key: string; value: SecretRecord };
}

export type VaultDb = IDBPDatabase<VaultSchema>;

export const VAULT_DB_NAME = 'mpc-vault';

export function openVaultDb(name: string = VAULT_DB_NAME): Promise<VaultDb> {
  return openDB<VaultSchema>(name, 1, {
    upgrade(db) {
      db.createObjectStore('meta');
      db.createObjectStore('keys');
      db.createObjectStore('secrets', { keyPath: 'slot' });
    },
  });
}
