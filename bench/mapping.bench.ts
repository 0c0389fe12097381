import { findMatches, findMatchesNaive, type MatchEntity } from '../lib/mapping/matcher';
import { normaliseName } from '../lib/mapping/normalise';
import { planPair } from '../lib/mapping/plan';
import { companyName, uniqueCompanyNames } from '../tests/simulators/core/names';
import { createRng } from '../tests/simulators/core/prng';
import { defineSuite, round } from './harness';

const SIZE = 10_000;
/** Left entities compared all-pairs; the naive time is scaled up to SIZE (the full run takes minutes). */
const NAIVE_SAMPLE = Number(process.env.MPC_BENCH_NAIVE_SAMPLE ?? 1_000);

/**
 * Two portals' views of one customer base: the right side spells 70% of the left side's customers
 * differently (case, legal form, punctuation) and has 30% customers of its own.
 */
function dataSet(): { left: MatchEntity[]; right: MatchEntity[] } {
  const rng = createRng('mapping-bench');
  const names = uniqueCompanyNames(rng.fork('left'), SIZE);
  const left: MatchEntity[] = names.map((name, i) => ({ key: `wg:${i}`, vendorId: `WGC-${i}`, name }));
  const variants = rng.fork('variants');
  const right = names.map((name, i) => {
    const respelt = variants.chance(0.5)
      ? name.toUpperCase()
      : `${name.replace(/,? (Inc|LLC|Ltd|GmbH)\.?$/, '')} Ltd`;
    return {
      key: `rmm:${i}`,
      vendorId: `c-${i}`,
      name: variants.chance(0.7) ? respelt : companyName(variants),
    };
  });
  return { left, right };
}

/** The same entities as the store hands them over: normalised once, when they were synced. */
function asStored(entities: MatchEntity[]): MatchEntity[] {
  return entities.map((entity) => ({ ...entity, normalisedName: normaliseName(entity.name) }));
}

function timed<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

export default defineSuite({
  name: 'mapping',
  cases: [
    {
      name: `auto-map ${SIZE} × ${SIZE} names (index vs naive all-pairs)`,
      measure: () => {
        const raw = dataSet();
        const normalise = timed(() => ({ left: asStored(raw.left), right: asStored(raw.right) }));
        const { left, right } = normalise.value;
        findMatches(left.slice(0, 500), right.slice(0, 500)); // warm up the JIT
        const indexed = timed(() => findMatches(left, right));
        const plan = timed(() => planPair({ left, right, mappings: [], rejected: new Set() }));
        const cold = timed(() =>
          planPair({ left: raw.left, right: raw.right, mappings: [], rejected: new Set() }),
        );
        const naive = timed(() => findMatchesNaive(left, right, { leftLimit: NAIVE_SAMPLE }));
        const naiveFullMs = (naive.ms * left.length) / NAIVE_SAMPLE;
        // The index must be a speed-up, not an approximation: same candidates on the sample.
        const same = left
          .slice(0, NAIVE_SAMPLE)
          .every(
            (entity) =>
              JSON.stringify(indexed.value.get(entity.key)) === JSON.stringify(naive.value.get(entity.key)),
          );
        return {
          matchMs: round(indexed.ms, 1),
          planMs: round(plan.ms, 1),
          planFromRawNamesMs: round(cold.ms, 1),
          normalise20kMs: round(normalise.ms, 1),
          suggestedRows: plan.value.rows.filter((row) => row.state === 'suggested').length,
          conflictRows: plan.value.rows.filter((row) => row.state === 'conflict').length,
          naiveSampleLeft: NAIVE_SAMPLE,
          naiveEstimatedFullMs: round(naiveFullMs, 0),
          speedupVsNaive: round(naiveFullMs / indexed.ms, 1),
          sameAsNaive: same ? 'yes' : 'NO',
        };
      },
      target: {
        description: 'auto-map plan of stored entities < 1000 ms, same result as naive on the sample',
        met: (metrics) => Number(metrics.planMs) < 1000 && metrics.sameAsNaive === 'yes',
      },
    },
  ],
});
