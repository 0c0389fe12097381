import type { Profile, SourceRefInput } from './schema';

/**
 * Runs in: the scripts in portal pages (the build inlines their catalogue in this form, see
 * scripts/precompiled-catalogue.ts). The profiles cite the same few vendor documents on almost
 * every row; written out, those citations were two fifths of the role checker's script. The
 * compact form lists each citation once and puts its index where it was cited.
 */
export interface CompactCatalogue {
  sources: SourceRefInput[];
  /** The profiles, with every `source` field holding an index into `sources`. */
  profiles: unknown[];
}

/** Every citation of a profile, at any depth, replaced through `swap`. */
function mapSources(value: unknown, swap: (source: unknown) => unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => mapSources(item, swap));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => [
      key,
      key === 'source' ? swap(field) : mapSources(field, swap),
    ]),
  );
}

/** At build time: the catalogue in compact form. */
export function compactCatalogue(profiles: readonly Profile[]): CompactCatalogue {
  const sources: SourceRefInput[] = [];
  const indexByText = new Map<string, number>();
  const compact = mapSources(profiles, (source) => {
    if (typeof source !== 'object' || source === null) return source;
    const text = JSON.stringify(source);
    let index = indexByText.get(text);
    if (index === undefined) {
      index = sources.push(source as SourceRefInput) - 1;
      indexByText.set(text, index);
    }
    return index;
  });
  return { sources, profiles: compact as unknown[] };
}

/** In the page: the catalogue back as the worker has it (each citation a fresh copy). */
export function expandCatalogue(compact: CompactCatalogue): Profile[] {
  return mapSources(compact.profiles, (index) =>
    typeof index === 'number' ? { ...compact.sources[index] } : index,
  ) as Profile[];
}
