import { describe, expect, it } from 'vitest';
import { buildPairModel, type PairData } from '@/lib/mapping/pair-view';
import { rejectionKey } from '@/lib/mapping/plan';
import { type ViewQuery, viewQuerySchema } from '@/lib/mapping/schemas';
import { left, mapping, right } from './fixtures';

const REMOVED = '2026-01-06T09:00:00.000Z';
const acme = left('a1', 'Acme Dental GmbH');
const muller = left('a2', 'Müller Logistik');
const summit = left('a3', 'Summit Dental', { externalIds: ['c3'] });
const orion = left('a4', 'Orion Legal');
const gone = left('a5', 'Gone Away Ltd', { removedAt: REMOVED });
const harborA = left('a6', 'Harbor Clinic Inc');
const harborB = left('a7', 'HARBOR CLINIC LLC');
const quiet = left('a8', 'Zeta Quiet');

const cAcme = right('c1', 'ACME DENTAL');
const cMuller = right('c2', 'Muller Logistik Services');
const cSummit = right('c3', 'Summit Dentistry');
const cOrion = right('c4', 'Orion Legal', { removedAt: REMOVED });
const cHarbor = right('c6', 'Harbor Clinic');

const data = (extra: Partial<PairData> = {}): PairData => ({
  left: [acme, muller, summit, orion, gone, harborA, harborB, quiet],
  right: [cAcme, cMuller, cSummit, cOrion, cHarbor],
  mappings: [mapping(orion, cOrion)],
  rejections: new Set(),
  ...extra,
});
const model = (extra: Partial<PairData> = {}) => buildPairModel(data(extra), { oneToOne: true });
const query = (partial: Partial<ViewQuery> = {}) => viewQuerySchema.parse(partial);
const names = (rows: { entity: { name: string } }[]) => rows.map((row) => row.entity.name);

describe('PairModel', () => {
  it('gives each left entity a row with its state, mapping, candidates and reasons', () => {
    const m = model();
    expect(m.row(acme.key)).toMatchObject({
      state: 'suggested',
      candidates: [
        {
          target: { key: cAcme.key, name: 'ACME DENTAL' },
          score: 1,
          tier: 'exact-name',
          reason: expect.stringMatching(/^Same name/),
        },
      ],
    });
    expect(m.row(summit.key)!.candidates[0]).toMatchObject({
      tier: 'external-id',
      reason: 'Same external id (c3)',
    });
    expect(m.row(muller.key)!.candidates[0]).toMatchObject({
      tier: 'similar-name',
      reason: expect.stringContaining('shares “muller”, “logistik”'),
    });
    expect(m.row(orion.key)).toMatchObject({
      state: 'mapped',
      mapping: { target: { name: 'Orion Legal', removed: true }, origin: 'manual' },
    });
    expect(m.row(quiet.key)).toMatchObject({ state: 'unmapped', candidates: [] });
  });

  it('explains a conflict with the names involved', () => {
    const m = model();
    expect(m.row(harborA.key)).toMatchObject({
      state: 'conflict',
      conflict: 'Harbor Clinic is also the best match for HARBOR CLINIC LLC.',
    });
  });

  it('counts rows per filter, and mapped vs live total for progress', () => {
    const m = model();
    expect(m.counts).toEqual({ all: 8, mapped: 1, unmapped: 2, suggested: 3, conflicts: 2, removed: 2 });
    expect(m.progress).toEqual({ mapped: 1, total: 7 });
  });

  it('filters by state and by removal since the last sync', () => {
    const m = model();
    const rows = (filter: ViewQuery['filter']) => names(m.page(query({ filter }), 0.9).rows);
    expect(rows('mapped')).toEqual(['Orion Legal']);
    expect(rows('unmapped')).toEqual(['Gone Away Ltd', 'Zeta Quiet']);
    expect(rows('suggested')).toEqual(['Acme Dental GmbH', 'Müller Logistik', 'Summit Dental']);
    expect(rows('conflicts')).toEqual(['Harbor Clinic Inc', 'HARBOR CLINIC LLC']);
    expect(rows('removed')).toEqual(['Gone Away Ltd', 'Orion Legal']);
  });

  it('counts only removals after the last complete sync when that time is known', () => {
    const later = model({
      removedSince: { left: '2026-01-07T00:00:00.000Z', right: '2026-01-01T00:00:00.000Z' },
    });
    expect(names(later.page(query({ filter: 'removed' }), 0.9).rows)).toEqual(['Orion Legal']);
  });

  it('searches names, vendor ids and the company on the right, ignoring case and accents', () => {
    const m = model();
    const search = (text: string) => names(m.page(query({ search: text }), 0.9).rows);
    expect(search('muller')).toEqual(['Müller Logistik']);
    expect(search('MÜLLER services')).toEqual(['Müller Logistik']);
    expect(search('a3')).toEqual(['Summit Dental']);
    expect(search('dentistry')).toEqual(['Summit Dental']);
    expect(search('nothing like this')).toEqual([]);
  });

  it('sorts by name, state, score and target, both ways', () => {
    const m = model();
    const sorted = (sort: ViewQuery['sort'], direction: ViewQuery['direction'] = 'asc') =>
      names(m.page(query({ sort, direction }), 0.9).rows);
    expect(sorted('name')[0]).toBe('Acme Dental GmbH');
    expect(sorted('name', 'desc')[0]).toBe('Zeta Quiet');
    expect(sorted('state').slice(0, 2)).toEqual(['Harbor Clinic Inc', 'HARBOR CLINIC LLC']);
    expect(sorted('state').at(-1)).toBe('Orion Legal');
    expect(sorted('score', 'desc').slice(0, 2)).toEqual(['Acme Dental GmbH', 'Harbor Clinic Inc']);
    expect(sorted('target').slice(-2)).toEqual(['Gone Away Ltd', 'Zeta Quiet']);
  });

  it('pages, and shows the last page when the offset ran past the end', () => {
    const m = model();
    const second = m.page(query({ limit: 3, offset: 3 }), 0.9);
    expect(second).toMatchObject({ total: 8, offset: 3 });
    expect(second.rows).toHaveLength(3);
    const past = m.page(query({ limit: 3, offset: 30 }), 0.9);
    expect(past.offset).toBe(6);
    expect(past.rows).toHaveLength(2);
    expect(m.page(query({ search: 'zzz', offset: 50 }), 0.9)).toMatchObject({
      total: 0,
      offset: 0,
      rows: [],
    });
  });

  it('counts the suggestions "Accept all" would take in the current view', () => {
    const m = model();
    expect(m.page(query(), 0.9).bulkEligible).toBe(2);
    expect(m.page(query({ search: 'acme' }), 0.9).bulkEligible).toBe(1);
    expect(m.page(query(), 0.5).bulkEligible).toBe(3);
    expect(m.bulkCandidates('all', '', 0.9).map((row) => row.entity.name)).toEqual([
      'Acme Dental GmbH',
      'Summit Dental',
    ]);
  });

  it('leaves rejected pairs out of the candidates', () => {
    const m = model({ rejections: new Set([rejectionKey(acme.key, cAcme.key)]) });
    expect(m.row(acme.key)).toMatchObject({ state: 'unmapped', candidates: [] });
  });

  it('keeps a mapping whose company is missing from the store visible', () => {
    const m = model({ right: [cAcme] });
    expect(m.row(orion.key)!.mapping!.target).toMatchObject({
      key: cOrion.key,
      vendorId: 'c4',
      removed: true,
    });
  });

  it('serves one small page out of 10,000 rows', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => left(`x${i}`, `Customer ${i}`));
    const m = buildPairModel({ left: many, right: [], mappings: [], rejections: new Set() }, {});
    const page = m.page(query({ limit: 50, offset: 9_980 }), 0.9);
    expect(page.rows).toHaveLength(20);
    expect(page.total).toBe(10_000);
    expect(m.page(query({ search: 'customer 9999' }), 0.9).rows.map((row) => row.entity.name)).toEqual([
      'Customer 9999',
    ]);
  });
});
