// IndexedDB for Node: the benchmark measures our sync over the same idb calls the worker makes.
import 'fake-indexeddb/auto';
import { listEntities, openCompanionDb, type SyncRun } from '../lib/db';
import { createSyncService } from '../lib/sync/service';
import { sourcesFor } from '../lib/sync/sources';
import { uniqueCompanyNames } from '../tests/simulators/core/names';
import { createRng } from '../tests/simulators/core/prng';
import { directoryOf, MANAGE } from '../tests/unit/sync/support/harness';
import {
  type FakeCompany,
  fakeManageCompanies,
  manageCompanies,
} from '../tests/unit/sync/support/manage-companies';
import { defineSuite, round } from './harness';

const SIZE = Number(process.env.MPC_BENCH_SYNC_SIZE ?? 20_000);

/** Peak heap and resident memory while `work` runs, sampled every 10 ms. */
async function withPeakMemory<T>(
  work: () => Promise<T>,
): Promise<{ value: T; heapMB: number; rssMB: number }> {
  let heap = 0;
  let rss = 0;
  const sample = () => {
    const usage = process.memoryUsage();
    heap = Math.max(heap, usage.heapUsed);
    rss = Math.max(rss, usage.rss);
  };
  sample();
  const timer = setInterval(sample, 10);
  try {
    const value = await work();
    sample();
    return { value, heapMB: round(heap / 2 ** 20, 1), rssMB: round(rss / 2 ** 20, 1) };
  } finally {
    clearInterval(timer);
  }
}

export default defineSuite({
  name: 'sync',
  cases: [
    {
      name: `sync ${SIZE} ConnectWise Manage companies into IndexedDB (full pass, then a pass with changes)`,
      measure: async () => {
        const names = uniqueCompanyNames(createRng('sync-bench'), SIZE);
        let companies: FakeCompany[] = manageCompanies(SIZE, (i) => names[i]!);
        const db = await openCompanionDb({ name: `bench-sync-${Date.now()}` });
        const finished: SyncRun[] = [];
        const service = createSyncService({
          db,
          directory: directoryOf([MANAGE]),
          sourcesFor: (connection) =>
            sourcesFor(connection, {
              fetch: fakeManageCompanies({ companies }).fetch,
              allowInsecureHttp: true,
            }),
          onRunFinished: (run) => void finished.push(run),
        });
        const pass = async () => {
          const start = performance.now();
          await service.start(MANAGE.id, 'manual');
          await service.idle();
          return { run: finished.at(-1)!, ms: performance.now() - start };
        };

        global.gc?.();
        const baselineHeapMB = round(process.memoryUsage().heapUsed / 2 ** 20, 1);
        const first = await withPeakMemory(pass);
        // Second pass: 1% renamed, 1% gone from Manage, the rest unchanged.
        const live = companies.filter((company) => !company.deletedFlag);
        const expectedRenamed = live.filter((company) => company.id % 100 === 3).length;
        const expectedRemoved = live.filter((company) => company.id % 100 === 7).length;
        companies = companies
          .filter((company) => company.id % 100 !== 7)
          .map((company) =>
            company.id % 100 === 3 ? { ...company, name: `${company.name} (renamed)` } : company,
          );
        const second = await withPeakMemory(pass);
        const stored = await listEntities(db, MANAGE.id);
        db.close();

        return {
          companies: SIZE,
          firstRecords: first.value.run.counts.records,
          firstMs: round(first.value.ms, 0),
          firstRecordsPerSec: round(first.value.run.counts.records / (first.value.ms / 1000), 0),
          secondMs: round(second.value.ms, 0),
          secondRecordsPerSec: round(second.value.run.counts.records / (second.value.ms / 1000), 0),
          secondRenamed: second.value.run.counts.renamed,
          secondRemoved: second.value.run.counts.removed,
          pages: first.value.run.counts.pages,
          storedEntities: stored.length,
          baselineHeapMB,
          peakHeapMB: Math.max(first.heapMB, second.heapMB),
          peakRssMB: Math.max(first.rssMB, second.rssMB),
          firstStatus: first.value.run.status,
          expectedFirst: live.length,
          expectedRenamed,
          expectedRemoved,
        };
      },
      target: {
        description:
          'every company stored on the first pass; the second pass records exactly the renames and removals',
        met: (m) =>
          m.firstStatus === 'succeeded' &&
          m.firstRecords === m.expectedFirst &&
          m.storedEntities === m.expectedFirst &&
          m.secondRenamed === m.expectedRenamed &&
          m.secondRemoved === m.expectedRemoved,
      },
    },
  ],
});
