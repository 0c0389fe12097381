/**
 * The vault's cryptography, all WebCrypto: AES-256-GCM for every stored value (confidentiality
 * and integrity in one), PBKDF2-SHA-256 to turn a passphrase into a key-wrapping key.
 */
import { fromBase64, toBase64, utf8 } from './encoding';

/** 96-bit IVs, the size GCM is specified for; a fresh random one per encryption. */
const IV_BYTES = 12;
const DATA_KEY_BYTES = 32;
export const SALT_BYTES = 16;

/**
 * OWASP's Password Storage Cheat Sheet (2023) figure for PBKDF2-HMAC-SHA256. Stored with each
 * vault, so raising it later does not lock anyone out.
 */
export const DEFAULT_PBKDF2_ITERATIONS = 600_000;

/** A ciphertext as stored: base64 IV and base64 ciphertext (tag included). */
export interface Sealed {
  iv: string;
  data: string;
}

export interface KdfParams {
  name: 'PBKDF2';
  hash: 'SHA-256';
  iterations: number;
  salt: string;
}

const AES_GCM = { name: 'AES-GCM', length: 256 } as const;

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

/**
 * Encrypts with a fresh IV. `context` is bound as additional authenticated data, so a ciphertext
 * copied into another slot (or another role) fails to decrypt instead of decrypting wrongly.
 */
export async function seal(
  key: CryptoKey,
  plaintext: Uint8Array<ArrayBuffer>,
  context: string,
): Promise<Sealed> {
  const iv = randomBytes(IV_BYTES);
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: utf8.encode(context) },
    key,
    plaintext,
  );
  return { iv: toBase64(iv), data: toBase64(new Uint8Array(data)) };
}

/** Decrypts and authenticates; rejects (OperationError) on a wrong key, context or any changed byte. */
export async function open(
  key: CryptoKey,
  sealed: Sealed,
  context: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const plaintext = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: fromBase64(sealed.iv), additionalData: utf8.encode(context) },
    key,
    fromBase64(sealed.data),
  );
  return new Uint8Array(plaintext);
}

/** The device key: created inside WebCrypto, never exportable, stored as a CryptoKey object. */
export function generateDeviceKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey(AES_GCM, false, ['encrypt', 'decrypt']);
}

/** Fresh key material for a passphrase-protected data key (kept only wrapped, or in session memory). */
export function generateDataKeyBytes(): Uint8Array<ArrayBuffer> {
  return randomBytes(DATA_KEY_BYTES);
}

/** Turns raw key bytes into a working key that cannot be exported again. */
export function importDataKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw, AES_GCM, false, ['encrypt', 'decrypt']);
}

export function newKdfParams(iterations: number = DEFAULT_PBKDF2_ITERATIONS): KdfParams {
  return { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(randomBytes(SALT_BYTES)) };
}

/**
 * The key-wrapping key from a passphrase. NFC normalisation makes "é" typed as one or two code
 * points the same passphrase, whichever keyboard or OS typed it.
 */
export async function deriveWrappingKey(passphrase: string, kdf: KdfParams): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    utf8.encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: kdf.hash, iterations: kdf.iterations, salt: fromBase64(kdf.salt) },
    material,
    AES_GCM,
    false,
    ['encrypt', 'decrypt'],
  );
}
