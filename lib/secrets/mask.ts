/**
 * Below this length the last four characters would give away too much of the value (half of an
 * 8-character password), so short secrets show no characters at all.
 */
export const HINT_MIN_LENGTH = 12;
const HINT_LENGTH = 4;

/** What a form may show of a saved secret: its last four characters, or nothing. */
export function secretHint(value: string): string | null {
  return [...value].length >= HINT_MIN_LENGTH ? [...value].slice(-HINT_LENGTH).join('') : null;
}

/** "••••1a2b" or "••••••••" for display. */
export function maskedDisplay(hint: string | null): string {
  return hint ? `••••${hint}` : '••••••••';
}
