/**
 * Time-based one-time passwords (RFC 6238) over HOTP (RFC 4226), with WebCrypto's HMAC so the
 * same code runs in the service worker and in tests. Used for Automate's two-factor login when the
 * user stored the authenticator secret (the base32 key shown when 2FA was set up) — the way the
 * Rewst integration documents its optional "TOTP Secret" (seeds/004).
 */

export interface TotpOptions {
  /** Seconds per step (RFC 6238 default 30). */
  stepSeconds?: number;
  /** Code length (authenticator apps use 6). */
  digits?: number;
}

const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/**
 * Decodes RFC 4648 base32 as authenticator apps show it: case-insensitive, spaces and dashes
 * ignored, padding optional. Throws a TypeError naming the first bad character.
 */
export function decodeBase32(input: string): Uint8Array<ArrayBuffer> {
  const clean = input.replace(/[\s-]/g, '').replace(/=+$/, '').toUpperCase();
  if (!clean) throw new TypeError('The secret is empty.');
  const bytes = new Uint8Array(new ArrayBuffer(Math.floor((clean.length * 5) / 8)));
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const char of clean) {
    const value = BASE32_ALPHABET.indexOf(char);
    if (value < 0) throw new TypeError(`"${char}" is not a base32 character (A–Z, 2–7).`);
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes[index++] = (buffer >>> bits) & 0xff;
    }
  }
  return bytes;
}

/** RFC 4226 HOTP: HMAC-SHA1 of the 8-byte counter, dynamically truncated to `digits` digits. */
export async function hotp(key: Uint8Array<ArrayBuffer>, counter: number, digits = 6): Promise<string> {
  const message = new DataView(new ArrayBuffer(8));
  // Counters past 2^32 (RFC 6238's year-2603 vector) need both halves.
  message.setUint32(0, Math.floor(counter / 2 ** 32));
  message.setUint32(4, counter >>> 0);
  const cryptoKey = await crypto.subtle.importKey('raw', key, { name: 'HMAC', hash: 'SHA-1' }, false, [
    'sign',
  ]);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, message.buffer));
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary =
    ((mac[offset]! & 0x7f) << 24) | (mac[offset + 1]! << 16) | (mac[offset + 2]! << 8) | mac[offset + 3]!;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

/** RFC 6238 TOTP for the time `nowMs` with a base32 secret. */
export function totp(secretBase32: string, nowMs: number, options: TotpOptions = {}): Promise<string> {
  const step = options.stepSeconds ?? 30;
  return hotp(decodeBase32(secretBase32), Math.floor(nowMs / 1000 / step), options.digits ?? 6);
}
