/**
 * The benchmark harness behind `npm run bench`. A bench file exports a suite of cases; a case is
 * either timed (`fn`, run many times, median and p95 reported against an optional target) or
 * measured (`measure`, returns its own metrics, e.g. bytes or records per second).
 */
export interface TimedCase {
  name: string;
  fn: () => unknown | Promise<unknown>;
  /** Runs before timing, not counted. */
  setup?: () => unknown | Promise<unknown>;
  samples?: number;
  warmup?: number;
  /** Target for the median, in milliseconds. */
  targetMedianMs?: number;
}

export interface MeasuredCase {
  name: string;
  measure: () => Promise<Metrics> | Metrics;
  /** A readable goal, and whether the measured metrics meet it. */
  target?: { description: string; met: (metrics: Metrics) => boolean };
}

export type Metrics = Record<string, number | string>;
export type BenchCase = TimedCase | MeasuredCase;
export interface BenchSuite {
  name: string;
  cases: BenchCase[];
}

export interface BenchResult {
  suite: string;
  case: string;
  metrics: Metrics;
  target?: string;
  met?: boolean;
}

export function defineSuite(suite: BenchSuite): BenchSuite {
  return suite;
}

export async function runCase(suite: string, benchCase: BenchCase): Promise<BenchResult> {
  if ('measure' in benchCase) {
    const metrics = await benchCase.measure();
    const target = benchCase.target;
    return {
      suite,
      case: benchCase.name,
      metrics,
      ...(target ? { target: target.description, met: target.met(metrics) } : {}),
    };
  }
  await benchCase.setup?.();
  for (let i = 0; i < (benchCase.warmup ?? 20); i++) await benchCase.fn();
  const samples: number[] = [];
  for (let i = 0; i < (benchCase.samples ?? 200); i++) {
    const start = performance.now();
    await benchCase.fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const medianMs = quantile(samples, 0.5);
  const p95Ms = quantile(samples, 0.95);
  const target = benchCase.targetMedianMs;
  return {
    suite,
    case: benchCase.name,
    metrics: { medianMs: round(medianMs), p95Ms: round(p95Ms), samples: samples.length },
    ...(target !== undefined ? { target: `median < ${target} ms`, met: medianMs < target } : {}),
  };
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

/** The middle value (the upper one of an even count), for the measured cases' rounds. */
export function median(values: readonly number[]): number {
  return quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
}

export function round(value: number, digits = 4): number {
  return Number(value.toFixed(digits));
}
