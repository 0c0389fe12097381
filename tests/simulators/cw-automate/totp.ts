import { createHmac } from 'node:crypto';

/**
 * The simulator's own TOTP check (RFC 6238 over RFC 4226, HMAC-SHA1, 6 digits, 30 s), written
 * with node:crypto on purpose: it is independent of the client's WebCrypto code, so a shared
 * mistake cannot make the two agree.
 */
export function totpMatches(secretBase32: string, code: string, nowMs: number, window = 1): boolean {
  const key = base32(secretBase32);
  const step = Math.floor(nowMs / 30_000);
  for (let offset = -window; offset <= window; offset++) {
    if (codeAt(key, step + offset) === code) return true;
  }
  return false;
}

/** The code an authenticator app shows at `nowMs` (used by tests that type a code by hand). */
export function totpCode(secretBase32: string, nowMs: number): string {
  return codeAt(base32(secretBase32), Math.floor(nowMs / 30_000));
}

function codeAt(key: Buffer, counter: number): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac('sha1', key).update(message).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const value = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(value % 1_000_000).padStart(6, '0');
}

function base32(text: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const char of text.replace(/[\s=-]/g, '').toUpperCase()) {
    bits += alphabet.indexOf(char).toString(2).padStart(5, '0');
  }
  const bytes: number[] = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(Number.parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}
