/**
 * Parses an RFC 8288 (formerly 5988) `Link` header into rel → URL. ConnectWise Manage sends
 * `first`/`prev`/`next`/`last` and leaves out `next` on the last page (developer guide,
 * "Pagination"; vendor-apis.md §1.5).
 */
export function parseLinkHeader(value: string | null | undefined): Record<string, string> {
  const links: Record<string, string> = {};
  if (!value) return links;
  for (const part of splitLinks(value)) {
    const match = /^\s*<([^>]*)>\s*(.*)$/.exec(part);
    if (!match) continue;
    const [, url = '', params = ''] = match;
    const rel = /(?:^|;)\s*rel\s*=\s*"?([^";]+)"?/i.exec(params)?.[1];
    if (!rel) continue;
    for (const name of rel.trim().split(/\s+/)) links[name.toLowerCase()] ??= url;
  }
  return links;
}

/** Splits on commas that are outside `<…>` (URLs may contain commas in `conditions`). */
function splitLinks(value: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const char = value[i];
    if (char === '<') depth++;
    else if (char === '>') depth = Math.max(0, depth - 1);
    else if (char === ',' && depth === 0) {
      parts.push(value.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(value.slice(start));
  return parts;
}

/**
 * The target of a forward-only `Link`: the text before the first `;`, without its `<>`, whatever
 * `rel` it carries (the guide shows none verbatim; public clients take `Link.Split(';')[0]` —
 * vendor-apis.md §1.5). Empty or absent → undefined.
 */
export function firstLinkTarget(value: string | null | undefined): string | undefined {
  const target = value?.split(';')[0]?.trim().replace(/^<|>$/g, '').trim();
  return target ? target : undefined;
}
