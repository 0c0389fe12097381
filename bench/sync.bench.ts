import 'fake-indexeddb/auto';
import { listEntities, openCompanionDb, type SyncRun } from '../lib/db';
import { createSyncService } from '../lib/sync/background/service';
import { sourcesFor } from '../lib/sync/background/sources';
import type { VendorConnection } from '../lib/vendors';
import { listen } from '../tests/simulators/core';
import { createManageSimulator } from '../tests/simulators/cw-manage';
import { directoryOf, MANAGE } from '../tests/unit/sync/support/harness';
import { defineSuite, round } from './harness';

// fake-indexeddb above gives Node the IndexedDB API: the same idb calls the worker makes. Its
// database lives in this process's heap, as does the simulator with its 20,000 companies, so the
// heap figures here are the whole process's: the worker's own heap is measured in Chromium
// (sync-chromium.bench.ts), where the database lives in the browser process.
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
      name: `sync ${SIZE} companies from the Manage simulator into IndexedDB (full pass, then a pass with changes)`,
      measure: async () => {
        const sim = createManageSimulator({ companies: SIZE });
        const server = await listen(sim.handler);
        const { data } = sim.state;
        const connection: VendorConnection = {
          vendor: 'cw-manage',
          config: {
            site: server.url,
            companyId: data.companyId,
            publicKey: data.apiMembers.integration.publicKey,
            privateKey: data.apiMembers.integration.privateKey,
            clientId: data.clientIds[0]!,
          },
        };
        const db = await openCompanionDb({ name: `bench-sync-${Date.now()}` });
        const finished: SyncRun[] = [];
        const service = createSyncService({
          db,
          directory: directoryOf([MANAGE]),
          sourcesFor: () => sourcesFor(connection, { allowInsecureHttp: true }),
          onRunFinished: (run) => void finished.push(run),
        });
        const pass = async () => {
          const start = performance.now();
          await service.start(MANAGE.id, 'manual');
          await service.idle();
          return { run: finished.at(-1)!, ms: performance.now() - start };
        };

        const baselineHeapMB = round(process.memoryUsage().heapUsed / 2 ** 20, 1);
        const first = await withPeakMemory(pass);
        // Second pass: 1% renamed, 1% deleted in Manage, the rest unchanged.
        const renamed = data.companies.filter((company) => company.id % 100 === 3);
        for (const company of renamed) company.name = `${company.name} (renamed)`;
        const deleted = data.companies.filter((company) => company.id % 100 === 7);
        for (const company of deleted) company.deletedFlag = true;
        const second = await withPeakMemory(pass);
        const stored = await listEntities(db, MANAGE.id);
        db.close();
        await server.close();

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
          // Earlier suites of the same `npm run bench` leave garbage behind: the rise is comparable.
          peakAboveBaselineMB: round(Math.max(first.heapMB, second.heapMB) - baselineHeapMB, 1),
          peakRssMB: Math.max(first.rssMB, second.rssMB),
          firstStatus: first.value.run.status,
          expectedRenamed: renamed.length,
          expectedRemoved: deleted.length,
        };
      },
      target: {
        description:
          'every company stored on the first pass; the second records exactly the renames and removals',
        met: (m) =>
          m.firstStatus === 'succeeded' &&
          m.firstRecords === m.companies &&
          m.storedEntities === m.companies &&
          m.secondRenamed === m.expectedRenamed &&
          m.secondRemoved === m.expectedRemoved,
      },
    },
  ],
});
