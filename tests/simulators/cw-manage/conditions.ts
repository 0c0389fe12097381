/**
 * A ConnectWise Manage `conditions` evaluator for the subset the product sends and tests need:
 * comparisons `= != < <= > >=`, `contains`, `like` (with `*`/`%` wildcards), `in (…)`, `not`
 * before in/like/contains, `AND`/`OR`, parentheses; values as "strings", numbers, True/False,
 * null and [datetimes] (developer guide, "Conditions" — reference/vendor-apis.md §1.4). A path
 * like `types/name` matches when any element of the `types` array matches. String comparison is
 * case-insensitive, like the SQL Server collation behind Manage.
 */
type Value = string | number | boolean | null;
export type ConditionNode = Node;
type Node =
  | { kind: 'and' | 'or'; left: Node; right: Node }
  | { kind: 'cmp'; path: string[]; op: string; negate: boolean; values: Value[] };

export class ConditionError extends Error {}

export function parseConditions(source: string): Node {
  const tokens = tokenize(source);
  let index = 0;
  const peek = () => tokens[index];
  const next = () => {
    const token = tokens[index++];
    if (!token) throw new ConditionError('unexpected end of conditions');
    return token;
  };
  const isWord = (word: string) => peek()?.toLowerCase() === word;

  const parseOr = (): Node => {
    let left = parseAnd();
    while (isWord('or')) {
      next();
      left = { kind: 'or', left, right: parseAnd() };
    }
    return left;
  };
  const parseAnd = (): Node => {
    let left = parseFactor();
    while (isWord('and')) {
      next();
      left = { kind: 'and', left, right: parseFactor() };
    }
    return left;
  };
  const parseFactor = (): Node => {
    if (peek() === '(') {
      next();
      const inner = parseOr();
      if (next() !== ')') throw new ConditionError('missing )');
      return inner;
    }
    const field = next();
    if (!/^[A-Za-z_][\w/]*$/.test(field)) throw new ConditionError(`unexpected "${field}"`);
    let negate = false;
    if (isWord('not')) {
      negate = true;
      next();
    }
    const op = next().toLowerCase();
    if (!['=', '!=', '<', '<=', '>', '>=', 'contains', 'like', 'in'].includes(op)) {
      throw new ConditionError(`unknown operator "${op}"`);
    }
    if (negate && !['in', 'like', 'contains'].includes(op))
      throw new ConditionError('not only works with in/like/contains');
    const values: Value[] = [];
    if (op === 'in') {
      if (next() !== '(') throw new ConditionError('in needs (…)');
      for (;;) {
        values.push(literal(next()));
        const separator = next();
        if (separator === ')') break;
        if (separator !== ',') throw new ConditionError('in list needs commas');
      }
    } else {
      values.push(literal(next()));
    }
    return { kind: 'cmp', path: field.split('/'), op, negate, values };
  };

  const tree = parseOr();
  if (index !== tokens.length) throw new ConditionError(`unexpected "${tokens[index]}"`);
  return tree;
}

/** Every field path a condition tree compares, e.g. `[['status', 'name'], ['types', 'name']]`. */
export function conditionPaths(node: Node): string[][] {
  return node.kind === 'cmp' ? [node.path] : [...conditionPaths(node.left), ...conditionPaths(node.right)];
}

export function matches(node: Node, record: unknown): boolean {
  if (node.kind !== 'cmp') {
    return node.kind === 'and'
      ? matches(node.left, record) && matches(node.right, record)
      : matches(node.left, record) || matches(node.right, record);
  }
  const found = valuesAt(record, node.path);
  const hit = found.some((value) => node.values.some((wanted) => compare(node.op, value, wanted)));
  // `!=` on a missing value is true, like SQL's IS DISTINCT FROM in the UI's searches.
  if (node.op === '!=')
    return found.length === 0 || found.every((value) => node.values.every((w) => compare('!=', value, w)));
  return node.negate ? !hit : hit;
}

function compare(op: string, actual: unknown, wanted: Value): boolean {
  if (wanted === null)
    return op === '=' ? actual === null || actual === undefined : actual !== null && actual !== undefined;
  const a = typeof actual === 'string' ? actual.toLowerCase() : actual;
  const w = typeof wanted === 'string' ? wanted.toLowerCase() : wanted;
  switch (op) {
    case '=':
    case 'in':
      return a === w;
    case '!=':
      return a !== w;
    case '<':
      return (a as number) < (w as number);
    case '<=':
      return (a as number) <= (w as number);
    case '>':
      return (a as number) > (w as number);
    case '>=':
      return (a as number) >= (w as number);
    case 'contains':
      return typeof a === 'string' && typeof w === 'string' && a.includes(w);
    case 'like': {
      if (typeof a !== 'string' || typeof w !== 'string') return false;
      const pattern = w.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/[*%]/g, '.*');
      return new RegExp(`^${pattern}$`, 's').test(a);
    }
    default:
      return false;
  }
}

function valuesAt(record: unknown, path: readonly string[]): unknown[] {
  let current: unknown[] = [record];
  for (const key of path) {
    const next: unknown[] = [];
    for (const item of current) {
      if (item === null || typeof item !== 'object') continue;
      const entry = Object.entries(item).find(([name]) => name.toLowerCase() === key.toLowerCase())?.[1];
      if (Array.isArray(entry)) next.push(...entry);
      else if (entry !== undefined) next.push(entry);
    }
    current = next;
  }
  return current;
}

function literal(token: string): Value {
  if (token.startsWith('"')) return token.slice(1, -1).replace(/\\(.)/g, '$1');
  if (token.startsWith('[')) return token.slice(1, -1);
  if (/^-?\d+(\.\d+)?$/.test(token)) return Number(token);
  const lower = token.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  if (lower === 'null') return null;
  throw new ConditionError(`"${token}" is not a value (strings need double quotes)`);
}

function tokenize(source: string): string[] {
  const tokens: string[] = [];
  const pattern = /\s*("(?:[^"\\]|\\.)*"|\[[^\]]*\]|<=|>=|!=|[=<>(),]|[^\s=<>!(),"]+)/y;
  let position = 0;
  while (position < source.length) {
    if (/^\s*$/.test(source.slice(position))) break;
    pattern.lastIndex = position;
    const match = pattern.exec(source);
    if (!match?.[1]) throw new ConditionError(`cannot read conditions at character ${position + 1}`);
    tokens.push(match[1]);
    position = pattern.lastIndex;
  }
  return tokens;
}
