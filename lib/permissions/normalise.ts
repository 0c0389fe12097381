/**
 * Name matching between vendor documents, our catalogue and what ConnectWise returns. People and
 * documents write the same module differently ("Time & Expense" / "time and expense",
 * "Companies → Configurations" / "Companies > Configurations"), so case, spacing, separators and
 * "&" are normalised. Spelling is not: a typo must fail a test rather than match by luck.
 */

/** Arrow, chevron or dash separators, with any spacing, become one canonical " > ". */
const SEPARATORS = /\s*(?:→|->|=>|>|›|»|–|—|-)\s*/g;
const SLASH = /\s*\/\s*/g;
const AMPERSAND = /\s*&\s*/g;
const SPACES = /\s+/g;
const NON_ASCII = /[^ -~\s]/;

// Audits normalise the same few hundred names over and over; remembering them keeps an audit
// well under its time budget. Bounded so a hostile page cannot grow it without limit.
const cache = new Map<string, string>();
const CACHE_LIMIT = 5000;

export function normaliseName(name: string): string {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  // NFKC leaves plain ASCII as it is: most names skip it (the role reader normalises every row's).
  const normalised = (NON_ASCII.test(name) ? name.normalize('NFKC') : name)
    .toLowerCase()
    .replace(AMPERSAND, ' and ')
    .replace(SEPARATORS, ' > ')
    .replace(SLASH, '/')
    .replace(SPACES, ' ')
    .trim();
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(name, normalised);
  return normalised;
}

/** One key per (module, function) pair, insensitive to the differences above. */
export function functionKey(moduleName: string, functionName: string): string {
  return `${normaliseName(moduleName)}\u0001${normaliseName(functionName)}`;
}

/**
 * Splits "Module > Function" (or "Module → Function", "Module - Function") at the first
 * separator. Module names never contain one, function names may ("Configuration - Display
 * Passwords"), so everything after the first separator is the function.
 */
export function parseFunctionPath(path: string): { module: string; function: string } | undefined {
  const match = /^(.*?)\s*(?:→|->|=>|>|›|»|–|—|-)\s*(.+)$/.exec(path.trim());
  if (!match?.[1] || !match[2]) return undefined;
  return { module: match[1].trim(), function: match[2].trim() };
}
