import { describe, expect, it } from 'vitest';
import { findInvisible, stripInvisibleAndWhitespace } from '@/lib/regions';

describe('invisible characters', () => {
  it.each([
    ['\u200B', 'zero-width space', 'U+200B'],
    ['\u00A0', 'non-breaking space', 'U+00A0'],
    ['\uFEFF', 'zero-width no-break space (byte-order mark)', 'U+FEFF'],
    ['\u202E', 'right-to-left override', 'U+202E'],
    ['\u3000', 'unusual space', 'U+3000'],
  ])('finds %j by name and position', (char, name, codePoint) => {
    expect(findInvisible(`ab${char}c`)).toEqual({ position: 3, name, codePoint });
  });

  it('ignores ordinary text and plain whitespace (other rules report those)', () => {
    expect(findInvisible('https://api.usa.cloud.watchguard.com/oauth/token')).toBeNull();
    expect(findInvisible(' a b\t\n')).toBeNull();
  });

  it('counts positions in characters, not UTF-16 units', () => {
    expect(findInvisible('😀\u200B')?.position).toBe(2);
  });

  it('strips invisible characters and every kind of whitespace', () => {
    expect(stripInvisibleAndWhitespace(' \u00A0rw_\u200B7f3c\n2a\uFEFF ')).toBe('rw_7f3c2a');
  });
});
