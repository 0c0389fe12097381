import { describe, expect, it } from 'vitest';
import { decodeBase32, hotp, totp } from '../../../../lib/vendors/cw-automate/totp';

// The shared secret of RFC 4226 Appendix D and RFC 6238 Appendix B (SHA-1): ASCII "12345678901234567890".
const SECRET_ASCII = '12345678901234567890';
const SECRET_BASE32 = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const key = () => new Uint8Array(new TextEncoder().encode(SECRET_ASCII));

describe('decodeBase32', () => {
  it('decodes RFC 4648 base32, forgiving case, spaces, dashes and padding', () => {
    expect(new TextDecoder().decode(decodeBase32(SECRET_BASE32))).toBe(SECRET_ASCII);
    expect(new TextDecoder().decode(decodeBase32('gezd gnbv-gy3t qojq gezd gnbv gy3t qojq'))).toBe(
      SECRET_ASCII,
    );
    // RFC 4648 §10 test vectors.
    expect(new TextDecoder().decode(decodeBase32('MZXW6YTBOI======'))).toBe('foobar');
    expect(new TextDecoder().decode(decodeBase32('MZXW6'))).toBe('foo');
  });

  it('names the character that is not base32', () => {
    expect(() => decodeBase32('ABC1')).toThrow('"1" is not a base32 character');
    expect(() => decodeBase32('  ')).toThrow('empty');
  });
});

describe('hotp (RFC 4226 Appendix D)', () => {
  it.each([
    [0, '755224'],
    [1, '287082'],
    [2, '359152'],
    [3, '969429'],
    [4, '338314'],
    [5, '254676'],
    [6, '287922'],
    [7, '162583'],
    [8, '399871'],
    [9, '520489'],
  ])('counter %i → %s', async (counter, code) => {
    expect(await hotp(key(), counter)).toBe(code);
  });
});

describe('totp (RFC 6238 Appendix B, SHA-1, 8 digits)', () => {
  it.each([
    [59, '94287082'],
    [1_111_111_109, '07081804'],
    [1_111_111_111, '14050471'],
    [1_234_567_890, '89005924'],
    [2_000_000_000, '69279037'],
    [20_000_000_000, '65353130'],
  ])('T = %i s → %s', async (seconds, code) => {
    expect(await totp(SECRET_BASE32, seconds * 1000, { digits: 8 })).toBe(code);
  });

  it('gives authenticator-app codes (6 digits) that change every 30 s', async () => {
    expect(await totp(SECRET_BASE32, 59_000)).toBe('287082');
    expect(await totp(SECRET_BASE32, 60_000)).not.toBe(await totp(SECRET_BASE32, 59_999));
  });
});
