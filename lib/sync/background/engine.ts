import { finishCompletePass, type PageOutcome, type RemovalCount, writeEntityPage } from '../../db/entities';
import { MAX_ISSUES_PER_RUN, type SyncCounts, type SyncRun, syncRunSchema } from '../../db/records';
import type { CompanionDb } from '../../db/schema';
import { saveRun } from '../../db/sync-runs';
import { CANCELLED, describeSyncError, isIncompleteListing, SyncRunError } from './errors';
import { cleanPage, issueOfNote } from './issues';
import type { EntitySource, SourcePage } from './source';

export interface EngineContext {
  db: CompanionDb;
  now: () => Date;
  signal: AbortSignal;
  /** Called with the run as stored after every step (page, phase change, end). */
  onProgress: (run: SyncRun) => void;
  removalGuard?: RemovalGuard;
}

/**
 * A complete pass that would mark more than `share` of a connection's active entities removed,
 * and at least `minimum` of them, holds the removals for the admin to confirm: a listing that
 * ended early without saying so must not empty the mappings.
 */
export interface RemovalGuard {
  share: number;
  minimum: number;
}

export const DEFAULT_REMOVAL_GUARD: RemovalGuard = { share: 0.2, minimum: 20 };

export function holdsRemovals(guard: RemovalGuard, removals: RemovalCount): boolean {
  return removals.count >= guard.minimum && removals.count > removals.of * guard.share;
}

/**
 * Carries a run (new or resumed) to its end: reads each source from the run's resume point,
 * stores every page together with the cursor after it, and, only when every source was read to
 * the end, marks what was not seen as removed. A failure or cancel saves the run as failed or
 * cancelled with the reason and removes nothing. Returns the run as stored; never throws for a
 * vendor, source or store failure (only when even the failed run cannot be saved).
 */
export async function runSync(
  start: SyncRun,
  sources: readonly EntitySource[],
  context: EngineContext,
): Promise<SyncRun> {
  const { db, signal, onProgress } = context;
  const at = () => context.now().toISOString();
  let run = start;
  try {
    checkSources(run, sources);
    for (let index = run.resume.sourceIndex; index < sources.length; index++) {
      const source = sources[index]!;
      const from = index === run.resume.sourceIndex ? run.resume.cursor : undefined;
      run = await saveRun(db, { ...run, phase: 'fetching', updatedAt: at() });
      onProgress(run);
      for await (const page of source.pages(from, signal)) {
        signal.throwIfAborted();
        run = await storePage(db, run, source, index, page, at());
        onProgress(run);
      }
      signal.throwIfAborted();
      run = await saveRun(db, { ...run, resume: { sourceIndex: index + 1 }, updatedAt: at() });
    }
    run = await saveRun(db, { ...run, phase: 'removing', updatedAt: at() });
    onProgress(run);
    const finishedAt = at();
    run = await finishCompletePass(
      db,
      { connectionId: run.connectionId, runId: run.id, kinds: run.kinds, at: finishedAt },
      ({ removed, held }) => ({
        ...run,
        status: 'succeeded',
        phase: 'done',
        updatedAt: finishedAt,
        finishedAt,
        counts: { ...run.counts, removed },
        ...(held ? { heldRemovals: held } : {}),
      }),
      (removals) => holdsRemovals(context.removalGuard ?? DEFAULT_REMOVAL_GUARD, removals),
    );
  } catch (error) {
    const finishedAt = at();
    run = await saveRun(db, {
      ...run,
      status: signal.aborted ? 'cancelled' : isIncompleteListing(error) ? 'incomplete' : 'failed',
      updatedAt: finishedAt,
      finishedAt,
      error: signal.aborted ? CANCELLED : describeSyncError(error),
    });
  }
  onProgress(run);
  return run;
}

/** A resumed run must meet the sources it started with, or its cursors mean nothing. */
function checkSources(run: SyncRun, sources: readonly EntitySource[]): void {
  const kinds = sources.map((source) => source.kind);
  if (kinds.join() !== run.kinds.join()) {
    throw new SyncRunError(
      'The connection changed while this sync was stopped, so it cannot continue where it left off.',
      'Start the sync again.',
    );
  }
}

function storePage(
  db: CompanionDb,
  run: SyncRun,
  source: EntitySource,
  index: number,
  page: SourcePage,
  at: string,
): Promise<SyncRun> {
  const cleaned = cleanPage(page.entities, source);
  return writeEntityPage(
    db,
    { connectionId: run.connectionId, kind: source.kind, runId: run.id, at, entities: cleaned.entities },
    (outcome) => {
      const issues = [...cleaned.issues, ...outcome.notes.map((note) => issueOfNote(note, source))];
      return syncRunSchema.parse({
        ...run,
        phase: 'fetching',
        updatedAt: at,
        resume: { sourceIndex: index, cursor: page.cursor },
        counts: addCounts(run.counts, outcome, cleaned.duplicates),
        issues: [...run.issues, ...issues].slice(0, MAX_ISSUES_PER_RUN),
        issueCount: run.issueCount + issues.length,
      });
    },
  );
}

function addCounts(counts: SyncCounts, outcome: PageOutcome, droppedInPage: number): SyncCounts {
  return {
    ...counts,
    pages: counts.pages + 1,
    records: counts.records + outcome.written,
    added: counts.added + outcome.changes.added,
    renamed: counts.renamed + outcome.changes.renamed,
    moved: counts.moved + outcome.changes.moved,
    restored: counts.restored + outcome.changes.restored,
    unchanged: counts.unchanged + outcome.unchanged,
    duplicates: counts.duplicates + droppedInPage + outcome.seenEarlier,
    unnamed: counts.unnamed + outcome.notes.filter((note) => note.note === 'unnamed').length,
  };
}
