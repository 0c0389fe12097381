/**
 * Characters that ride along when text is copied from web pages, chat and documents: invisible
 * ones (zero-width, direction marks) and look-alike spaces (non-breaking). A server compares them
 * byte for byte, so they break a URL or an ID while looking fine on screen.
 */
const NAMED_CHARACTERS: Readonly<Record<string, string>> = {
  '\u00A0': 'non-breaking space',
  '\u00AD': 'soft hyphen',
  '\u180E': 'Mongolian vowel separator',
  '\u2007': 'figure space',
  '\u200B': 'zero-width space',
  '\u200C': 'zero-width non-joiner',
  '\u200D': 'zero-width joiner',
  '\u200E': 'left-to-right mark',
  '\u200F': 'right-to-left mark',
  '\u202A': 'left-to-right embedding',
  '\u202B': 'right-to-left embedding',
  '\u202C': 'pop directional formatting',
  '\u202D': 'left-to-right override',
  '\u202E': 'right-to-left override',
  '\u202F': 'narrow non-breaking space',
  '\u2060': 'word joiner',
  '\u2066': 'left-to-right isolate',
  '\u2067': 'right-to-left isolate',
  '\u2068': 'first strong isolate',
  '\u2069': 'pop directional isolate',
  '\uFEFF': 'zero-width no-break space (byte-order mark)',
};

/** Ordinary whitespace people can see and delete: space, tab, line breaks. */
const PLAIN_WHITESPACE = /[ \t\r\n\f\v]/;

export interface FoundCharacter {
  /** 1-based position, as a person counts. */
  position: number;
  name: string;
  codePoint: string;
}

/** The first invisible or look-alike character in the text, or `null`. */
export function findInvisible(text: string): FoundCharacter | null {
  let position = 0;
  for (const char of text) {
    position += 1;
    const name =
      NAMED_CHARACTERS[char] ?? (/\s/u.test(char) && !PLAIN_WHITESPACE.test(char) ? 'unusual space' : null);
    if (name) return { position, name, codePoint: codePointOf(char) };
  }
  return null;
}

/** Removes invisible characters and every kind of whitespace: the value as the person meant it. */
export function stripInvisibleAndWhitespace(text: string): string {
  let out = '';
  for (const char of text) {
    if (NAMED_CHARACTERS[char] || /\s/u.test(char)) continue;
    out += char;
  }
  return out;
}

export function hasSurroundingWhitespace(text: string): boolean {
  return text !== text.replace(/^[ \t\r\n\f\v]+|[ \t\r\n\f\v]+$/g, '');
}

export function hasInnerWhitespace(text: string): boolean {
  return /\S[ \t\r\n\f\v]+\S/.test(text);
}

function codePointOf(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
