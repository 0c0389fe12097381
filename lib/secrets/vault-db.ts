import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import { z } from 'zod';
import type { Sealed } from './crypto';

/**
 * What the vault keeps in the extension's IndexedDB. IndexedDB is per origin: extension pages and
 * the background share it, content scripts (which run at the vendor page's origin) cannot open it.
 * Records are zod-checked when read, so a damaged database fails with a clear error.
 */
const sealedSchema = z.object({ iv: z.string().min(1), data: z.string().min(1) });

const kdfSchema = z.object({
  name: z.literal('PBKDF2'),
  hash: z.literal('SHA-256'),
  iterations: z.number().int().positive(),
  salt: z.string().min(1),
});

const cryptoKeySchema = z.custom<CryptoKey>((value) => value instanceof CryptoKey, 'not a CryptoKey');

export const vaultStateSchema = z.discriminatedUnion('mode', [
  z.object({
    version: z.literal(1),
    mode: z.literal('device'),
    /** Changes whenever the data key changes; every secret record names the key it was sealed with. */
    keyId: z.string().min(1),
    /** Non-extractable AES-GCM key, stored as a structured-cloned CryptoKey. */
    deviceKey: cryptoKeySchema,
    createdAt: z.string(),
  }),
  z.object({
    version: z.literal(1),
    mode: z.literal('passphrase'),
    keyId: z.string().min(1),
    kdf: kdfSchema,
    /** The data key, sealed with the passphrase-derived key. */
    wrappedKey: sealedSchema,
    createdAt: z.string(),
  }),
]);
export type VaultState = z.infer<typeof vaultStateSchema>;

export const secretRecordSchema = sealedSchema.extend({
  /** `<connection id>:<field>`; also part of the additional authenticated data of the ciphertext. */
  slot: z.string().min(1),
  keyId: z.string().min(1),
  /**
   * The last four characters of a long value, for the masked display, sealed with the same key
   * as the value (null for short values); absent in records written before hints were sealed.
   */
  sealedHint: sealedSchema.nullable().optional(),
  /** Older versions kept the hint in plain text; read only to remove it (`dropPlaintextHints`). */
  hint: z.string().max(4).nullable().optional(),
  updatedAt: z.string(),
});
export type SecretRecord = z.infer<typeof secretRecordSchema> & Sealed;

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
