import { describe, expect, it } from 'vitest';
import { maskedDisplay, secretHint } from '@/lib/secrets';

describe('secret hints', () => {
  it('shows the last four characters of a long secret only', () => {
    expect(secretHint('abcdefgh1234')).toBe('1234');
    expect(maskedDisplay(secretHint('abcdefgh1234'))).toBe('••••1234');
  });

  it('shows nothing of a short secret, counting characters rather than UTF-16 units', () => {
    expect(secretHint('abcdefgh123')).toBeNull();
    expect(secretHint('🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑')).toBeNull();
    expect(maskedDisplay(null)).toBe('••••••••');
  });
});
