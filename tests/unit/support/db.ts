import { type CompanionDb, EMPTY_COUNTS, openCompanionDb, type SyncRun } from '@/lib/db';

/** A fresh companion database in fake-indexeddb; every call gets its own name. */
export function openTestDb(): Promise<CompanionDb> {
  return openCompanionDb({ name: `test-${crypto.randomUUID()}` });
}

/** A Manage company sync that has just started fetching: what a run record looks like mid-sync. */
export function runningRun(connectionId: string, id = `run-${connectionId}`): SyncRun {
  return {
    id,
    connectionId,
    vendor: 'cw-manage',
    trigger: 'manual',
    status: 'running',
    phase: 'fetching',
    kinds: ['company'],
    startedAt: '2025-03-01T06:00:00.000Z',
    updatedAt: '2025-03-01T06:00:00.000Z',
    resume: { sourceIndex: 0 },
    resumedTimes: 0,
    counts: EMPTY_COUNTS,
    issues: [],
    issueCount: 0,
  };
}
