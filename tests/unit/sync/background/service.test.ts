import { beforeEach, describe, expect, it } from 'vitest';
import { type CompanionDb, createIdbMappingStore, getRun, listEntities, recentRuns } from '@/lib/db';
import { rejectionKey } from '@/lib/mapping/plan';
import { ConnectionUnavailableError } from '@/lib/sync/background/errors';
import { openTestDb } from '../../support/db';
import { company, companyPages, deferred, fakeSource } from '../support/fake-source';
import { directoryOf, MANAGE, syncHarness } from '../support/harness';

let db: CompanionDb;
beforeEach(async () => {
  db = await openTestDb();
});

/**
 * A Manage sync whose background "stops" after the first of four pages: the second page never
 * comes, as when the service worker is killed mid-sync. Resolves once the first page is stored.
 */
async function runStoppedAfterFirstPage(db: CompanionDb) {
  const stopped = deferred();
  const first = syncHarness(db, () => [
    fakeSource({
      pages: companyPages(4, 2),
      beforePage: (index) => {
        if (index === 1) {
          stopped.resolve();
          return new Promise<never>(() => undefined);
        }
      },
    }),
  ]);
  const { runId } = await first.service.start(MANAGE.id, 'manual');
  await stopped.promise;
  return runId;
}

describe('one sync per connection', () => {
  it('a second start while running joins the first run instead of starting another', async () => {
    const gate = deferred();
    const source = fakeSource({ pages: [[company(1, 'Acme')]], beforePage: () => gate.promise });
    const { service } = syncHarness(db, () => [source]);
    const [a, b] = await Promise.all([
      service.start(MANAGE.id, 'manual'),
      service.start(MANAGE.id, 'scheduled'),
    ]);
    expect(b).toEqual({ connectionId: MANAGE.id, runId: a.runId, alreadyRunning: true });
    expect(service.isRunning(MANAGE.id)).toBe(true);
    gate.resolve();
    await service.idle();
    expect(source.requested).toEqual([0]);
    expect(await recentRuns(db, MANAGE.id, 10)).toHaveLength(1);
  });

  it('refuses an unknown connection with a clear message and stays usable', async () => {
    const { service } = syncHarness(db, () => [fakeSource({ pages: [] })]);
    await expect(service.start('nope', 'manual')).rejects.toThrow('There is no saved connection "nope".');
    expect(service.isRunning('nope')).toBe(false);
  });
});

describe('resuming after the background was stopped mid-run', () => {
  it('continues from the saved cursor without fetching or counting a page twice', async () => {
    const pages = companyPages(10, 2); // 5 pages
    const stoppedAt = deferred();
    // First background: page 3 never answers, as if the worker was killed while waiting for it.
    const first = syncHarness(db, () => [
      fakeSource({
        pages,
        beforePage: (index) => {
          if (index === 3) {
            stoppedAt.resolve();
            return new Promise<never>(() => undefined);
          }
        },
      }),
    ]);
    const { runId } = await first.service.start(MANAGE.id, 'scheduled');
    await stoppedAt.promise;
    const interrupted = await getRun(db, runId);
    expect(interrupted).toMatchObject({ status: 'running', resume: { sourceIndex: 0, cursor: { page: 3 } } });
    expect(interrupted?.counts.records).toBe(6);

    // The worker restarts: a new service over the same database, new source instances.
    const source = fakeSource({ pages });
    const second = syncHarness(db, () => [source]);
    const resumed = await second.service.resumeInterrupted();
    expect(resumed).toEqual([{ connectionId: MANAGE.id, runId, alreadyRunning: false }]);
    await second.service.idle();

    expect(source.requested).toEqual([3, 4]);
    const run = second.finished.at(-1)!;
    expect(run).toMatchObject({ id: runId, status: 'succeeded', trigger: 'scheduled', resumedTimes: 1 });
    expect(run.counts).toMatchObject({ pages: 5, records: 10, added: 10, duplicates: 0, removed: 0 });
    expect(await listEntities(db, MANAGE.id)).toHaveLength(10);
  });

  it('starts over when the interrupted run is too old, and says why in its history', async () => {
    const runId = await runStoppedAfterFirstPage(db);

    const second = syncHarness(db, () => [fakeSource({ pages: companyPages(4, 2) })], {
      maxResumeAgeMs: 60_000,
    });
    second.clock.advance(2 * 60 * 60 * 1000);
    await second.service.resumeInterrupted();
    await second.service.idle();

    const old = await getRun(db, runId);
    expect(old?.status).toBe('failed');
    expect(old?.error?.message).toMatch(/interrupted .* too long ago to continue/);
    expect(second.finished.at(-1)).toMatchObject({ status: 'succeeded', resumedTimes: 0 });
    expect(second.finished.at(-1)?.counts.pages).toBe(2);
  });

  it('fails a resumed run whose connection now has other kinds of entities, removing nothing', async () => {
    await runStoppedAfterFirstPage(db);
    const second = syncHarness(db, () => [fakeSource({ kind: 'client', pages: [] })]);
    await second.service.resumeInterrupted();
    await second.service.idle();
    expect(second.finished.at(-1)?.error?.message).toBe(
      'The connection changed while this sync was stopped, so it cannot continue where it left off.',
    );
    expect(await listEntities(db, MANAGE.id)).toHaveLength(2);
  });

  it('cancelling an interrupted run that was not picked up yet ends it', async () => {
    const runId = await runStoppedAfterFirstPage(db);
    const second = syncHarness(db, () => []);
    expect(await second.service.cancel(MANAGE.id)).toBe(true);
    expect((await getRun(db, runId))?.status).toBe('cancelled');
    expect(await second.service.cancel(MANAGE.id)).toBe(false);
  });
});

describe('connections that cannot be used', () => {
  it('records a failed run with the directory’s words when the settings are unavailable', async () => {
    const { service, finished } = syncHarness(db, () => [], {
      directory: {
        ...directoryOf(),
        resolve: async () => {
          throw new ConnectionUnavailableError('The secret vault is locked.', 'Unlock it in the settings.');
        },
      },
    });
    await service.start(MANAGE.id, 'scheduled');
    await service.idle();
    expect(finished.at(-1)).toMatchObject({
      status: 'failed',
      trigger: 'scheduled',
      error: {
        kind: 'connection',
        message: 'The secret vault is locked.',
        nextStep: 'Unlock it in the settings.',
      },
    });
  });

  it('never repeats the text of an unexpected error (it may hold data)', async () => {
    const { service, finished } = syncHarness(db, () => {
      throw new TypeError('secret-token-123 is not a function');
    });
    await service.start(MANAGE.id, 'manual');
    await service.idle();
    expect(finished.at(-1)?.error?.message).toBe(
      'The sync stopped on an unexpected error (TypeError). Nothing was marked removed.',
    );
  });
});

describe('status', () => {
  it('gives the last run, the live run and the unmapped count per connection', async () => {
    const { service, syncOnce } = syncHarness(db, () => [
      fakeSource({ pages: [[company(1, 'Acme'), company(2, 'Beta')]] }),
    ]);
    const run = await syncOnce();
    const mappings = createIdbMappingStore(db);
    const leftKey = 'wg-1/account/A';
    const rightKey = 'manage-1/company/1';
    await mappings.apply(
      { leftConnectionId: 'wg-1', rightConnectionId: MANAGE.id },
      [
        {
          kind: 'map',
          mapping: {
            id: rejectionKey(leftKey, rightKey),
            leftConnectionId: 'wg-1',
            rightConnectionId: MANAGE.id,
            leftKey,
            rightKey,
            origin: 'manual',
            confidence: 1,
            createdBy: 'you',
            createdAt: '2025-03-01T00:00:00.000Z',
          },
        },
      ],
      'accept',
      'you',
    );
    const [status] = await service.status();
    expect(status).toMatchObject({
      connection: MANAGE,
      running: false,
      activeRun: null,
      lastRun: { id: run.id, status: 'succeeded' },
      lastSuccessAt: run.finishedAt,
      entities: { active: 2, removed: 0, unmapped: 1 },
    });
    expect(status?.lastRun).not.toHaveProperty('resume');
  });

  it('keeps only the newest runs per connection', async () => {
    const { syncOnce } = syncHarness(db, () => [fakeSource({ pages: [[company(1, 'Acme')]] })], {
      keepRuns: 2,
    });
    for (let i = 0; i < 4; i++) await syncOnce();
    expect(await recentRuns(db, MANAGE.id, 10)).toHaveLength(2);
  });
});

describe('forgetting a removed connection', () => {
  it('cancels its sync, waits for the page in flight, then leaves nothing of it behind', async () => {
    const pageTwo = deferred();
    const reachedPageTwo = deferred();
    const source = fakeSource({
      pages: companyPages(6, 2),
      beforePage: (index) => {
        if (index !== 2) return;
        reachedPageTwo.resolve();
        return pageTwo.promise;
      },
    });
    const { service, finished } = syncHarness(db, () => [source]);
    await service.start(MANAGE.id, 'manual');
    await reachedPageTwo.promise;
    expect(await listEntities(db, MANAGE.id)).toHaveLength(4);

    const forgetting = service.forget(MANAGE.id);
    // The vendor answers page 2 after the cancel: the run must not store it after the purge.
    pageTwo.resolve();
    const counts = await forgetting;

    expect(counts).toMatchObject({ entities: 4, syncRuns: 1 });
    expect(finished.at(-1)?.status).toBe('cancelled');
    expect(service.isRunning(MANAGE.id)).toBe(false);
    expect(source.requested).toEqual([0, 1, 2]);
    expect(await listEntities(db, MANAGE.id)).toEqual([]);
    expect(await recentRuns(db, MANAGE.id, 10)).toEqual([]);
  });

  it('purges a run a stopped background left behind, so nothing resumes it', async () => {
    await runStoppedAfterFirstPage(db);

    const second = syncHarness(db, () => [fakeSource({ pages: companyPages(4, 2) })]);
    await second.service.forget(MANAGE.id);
    expect(await second.service.resumeInterrupted()).toEqual([]);
    expect(await recentRuns(db, MANAGE.id, 10)).toEqual([]);
    expect(await listEntities(db, MANAGE.id)).toEqual([]);
  });
});
