import { describe, expect, it } from 'vitest';
import { catalogue } from '@/lib/permissions/catalogue';
import { compactCatalogue, expandCatalogue } from '@/lib/permissions/compact-catalogue';

// The page scripts' catalogue is this compact form, expanded at load: it must come back as the
// worker's catalogue, to the last field, or the page would audit against other data.
describe('the compact catalogue of the page scripts', () => {
  it('expands back to the catalogue, with each citation listed once', () => {
    const compact = compactCatalogue(catalogue);
    expect(expandCatalogue(JSON.parse(JSON.stringify(compact)))).toEqual(catalogue);
    const texts = compact.sources.map((source) => JSON.stringify(source));
    expect(new Set(texts).size).toBe(texts.length);
    expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(catalogue).length / 2);
  });

  it('gives each row its own copy of a shared citation', () => {
    const [first] = expandCatalogue(compactCatalogue(catalogue));
    const rows = first?.product === 'manage' ? first.requirements : [];
    expect(rows.length).toBeGreaterThan(1);
    expect(rows[0]?.source).toEqual(rows[1]?.source);
    expect(rows[0]?.source).not.toBe(rows[1]?.source);
  });
});
