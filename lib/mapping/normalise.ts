/**
 * Company-name normalisation for account mapping. Runs anywhere (background, tests, bench).
 *
 * Two portals rarely spell a customer the same way: "Müller Dental GmbH" vs "MULLER DENTAL",
 * "Acme & Sons, Inc." vs "Acme and Sons". The normaliser folds those differences away so that
 * equal names compare equal, and yields tokens for the similarity matcher.
 */

/** Letters that Unicode decomposition does not split into base + mark, folded by hand. */
const LETTER_FOLDS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
  ħ: 'h',
  ŀ: 'l',
  ς: 'σ',
  ё: 'е',
};
const LETTER_FOLD_PATTERN = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'gu');

/** Words that join two names: "A & B", "A + B", "A und B", "A et B" all read "a and b". */
const CONJUNCTIONS = new Set(['&', '+', 'and', 'und', 'et']);

/**
 * Legal forms, as tokens after punctuation is folded ("S.A." → "sa", "Pty. Ltd." → "pty ltd",
 * "Sp. z o.o." → "sp z oo"). Stripped only from the end of a name, never its first word.
 */
const LEGAL_SUFFIXES: readonly string[] = [
  // English-speaking countries
  'inc, incorporated, llc, ltd, limited, corp, corporation, co, company, plc, llp, lp, pllc, pty, pty ltd',
  'pvt, pvt ltd, private limited, co ltd',
  // German-speaking countries
  'gmbh, ag, kg, ohg, ug, gbr, mbh, kgaa',
  // Romance languages
  'sa, sas, sasu, sarl, eurl, spa, srl, srls, sl, slu, sau, snc, ltda, sa de cv, sab de cv, lda, eireli',
  // Benelux, Nordics, Central and Eastern Europe
  'bv, nv, bvba, vof, ab, publ, as, asa, aps, oy, oyj, sro, kft, zrt, nyrt, doo, sp z oo, spzoo',
  'ooo, zao, oao, pao, ооо, зао, оао, пао, ао, тов',
  // Asia-Pacific
  'kk, gk, yk, sdn bhd, bhd, pte, pte ltd, tbk, jsc',
].flatMap((line) => line.split(', '));

/** Legal forms written before the name: "ООО «Ромашка»", "PT Maju Jaya". */
const LEGAL_PREFIXES = new Set(['ооо', 'зао', 'оао', 'пао', 'ао', 'тов', 'ип', 'ooo', 'pt']);

/** CJK legal forms are written without spaces, before or after the name (longest first). */
const CJK_LEGAL_FORMS = /股份有限公司|有限责任公司|有限公司|株式会社|有限会社|合同会社|\(株\)|\(有\)/g;
const HAS_CJK = /[\u3000-\u9fff\uff00-\uffef]/;
const ASCII_ONLY = /^[\x20-\x7e]*$/;

interface SuffixTrie {
  end: boolean;
  next: Map<string, SuffixTrie>;
}

/** Suffixes reversed into a trie, so the end of a token list is matched word by word. */
const SUFFIX_TRIE: SuffixTrie = buildSuffixTrie(LEGAL_SUFFIXES);

function buildSuffixTrie(suffixes: readonly string[]): SuffixTrie {
  const root: SuffixTrie = { end: false, next: new Map() };
  for (const suffix of suffixes) {
    let node = root;
    for (const word of suffix.split(' ').reverse()) {
      let child = node.next.get(word);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(word, child);
      }
      node = child;
    }
    node.end = true;
  }
  return root;
}

/** Folds case, diacritics, ligatures and width; keeps non-Latin scripts readable. */
export function foldCharacters(text: string): string {
  // Most names are plain ASCII: skip the Unicode passes (a large share of sync and matching time).
  if (ASCII_ONLY.test(text)) return text.toLowerCase();
  return (
    text
      .normalize('NFKD')
      // Marks are dropped only on Latin and Greek letters: on kana or Cyrillic they change the letter.
      .replace(/([\p{Script=Latin}\p{Script=Greek}])\p{M}+/gu, '$1')
      .normalize('NFC')
      .toLowerCase()
      .replace(LETTER_FOLD_PATTERN, (letter) => LETTER_FOLDS[letter] ?? letter)
  );
}

/** Splits a folded name into words; dotted abbreviations ("s.p.a.", "a/s") become one word. */
function splitWords(folded: string): string[] {
  const ascii = ASCII_ONLY.test(folded);
  const patterns = ascii ? ASCII_PATTERNS : UNICODE_PATTERNS;
  let text = !ascii && HAS_CJK.test(folded) ? folded.replace(CJK_LEGAL_FORMS, ' ') : folded;
  text = text
    // "s.p.a." → "spa", "k.k." → "kk", "o.o." → "oo" (single letters joined by dots).
    .replace(patterns.dotted, (match) => ` ${match.replace(/\./g, '')} `)
    // "a/s" → "as".
    .replace(patterns.slashed, '$1$2')
    // Apostrophes join ("O'Brien" → "obrien"); "&" and "+" are words; anything else separates.
    .replace(patterns.apostrophes, '')
    .replace(/[&+]/g, ' & ')
    .replace(patterns.separators, ' ');
  return text.split(' ').filter(Boolean);
}

// The same rules twice: plain-ASCII regexes are several times faster than Unicode-aware ones.
const ASCII_PATTERNS = {
  dotted: /(?<![a-z0-9])[a-z](?:\.[a-z])+\.?(?![a-z0-9])/g,
  slashed: /(?<![a-z0-9])([a-z])\/([a-z])(?![a-z0-9])/g,
  apostrophes: /['`]/g,
  separators: /[^a-z0-9&]+/g,
};
const UNICODE_PATTERNS = {
  dotted: /(?<![\p{L}\p{N}])\p{L}(?:\.\p{L})+\.?(?![\p{L}\p{N}])/gu,
  slashed: /(?<![\p{L}\p{N}])(\p{L})\/(\p{L})(?![\p{L}\p{N}])/gu,
  apostrophes: /['’`´]/gu,
  separators: /[^\p{L}\p{N}\p{M}&]+/gu,
};

/**
 * The words of a name after folding, with conjunctions unified, a leading "the" and legal forms
 * (trailing, or leading where a language puts them first) removed. The first word always survives, so "Limited" alone stays "limited".
 */
export function nameWords(name: string): string[] {
  const words = splitWords(foldCharacters(name)).map((word) => (CONJUNCTIONS.has(word) ? 'and' : word));
  while (words.length > 1 && (words[0] === 'the' || LEGAL_PREFIXES.has(words[0]!))) words.shift();
  let stripped = true;
  while (stripped && words.length > 1) {
    stripped = false;
    const length = longestSuffixAt(words);
    if (length > 0) {
      words.splice(words.length - length, length);
      stripped = true;
    }
    // "Smith & Co" → "smith and" after the suffix goes: the dangling conjunction goes too.
    while (stripped && words.length > 1 && words[words.length - 1] === 'and') words.pop();
  }
  return words;
}

/** How many words at the end of `words` form a legal suffix (0 if none), never the first word. */
function longestSuffixAt(words: readonly string[]): number {
  let node: SuffixTrie | undefined = SUFFIX_TRIE;
  let best = 0;
  for (let i = words.length - 1, depth = 1; i >= 1 && node; i--, depth++) {
    node = node.next.get(words[i]!);
    if (node?.end) best = depth;
  }
  return best;
}

/** The stored, searchable form of a name: its words separated by single spaces ('' when empty). */
export function normaliseName(name: string): string {
  return nameWords(name).join(' ');
}

/**
 * The key for exact matching: the normalised words without spaces, so "Net Works" and
 * "NetWorks" are the same company. Empty for a name with no letters or digits.
 */
export function exactNameKey(name: string): string {
  return nameWords(name).join('');
}

/**
 * Light stemming for similarity: "Services" and "Service", "Technologies" and "Technology" share a
 * stem. Only plural endings of Latin words are touched; other scripts are left as written.
 */
export function stemWord(word: string): string {
  if (word.length <= 3 || !/^[a-z0-9]+$/.test(word)) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** The distinct stemmed tokens of a name used by the similarity matcher ("and" carries no meaning). */
export function similarityTokens(name: string): string[] {
  const tokens = new Set<string>();
  for (const word of nameWords(name)) if (word !== 'and') tokens.add(stemWord(word));
  return [...tokens];
}

/** True when a name has nothing to match on (empty, whitespace or punctuation only). */
export function isBlankName(name: string | null | undefined): boolean {
  return !name || exactNameKey(name) === '';
}
