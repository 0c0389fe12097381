import type { SyncCounts } from '@/lib/db/records';
import type { EntityKind } from '@/lib/mapping/store';
import type { RunSummary } from '@/lib/sync/events';

const PLURAL: Record<EntityKind, string> = {
  account: 'accounts',
  company: 'companies',
  client: 'clients',
  site: 'sites',
};

const number = new Intl.NumberFormat('en');

/** "companies", "accounts and sites": what a run reads, from its kinds. */
export function nounOf(kinds: readonly EntityKind[]): string {
  const names = kinds.map((kind) => PLURAL[kind]);
  return names.length ? names.join(' and ') : 'records';
}

/** "just now", "5 min ago", "3 h ago", "yesterday", or the date for anything older. */
export function formatWhen(iso: string, now: Date): string {
  const then = new Date(iso);
  const minutes = Math.round((now.getTime() - then.getTime()) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  if (hours < 48) return 'yesterday';
  return then.toLocaleDateString('en', { day: 'numeric', month: 'short', year: 'numeric' });
}

/** "1,204 companies · 3 added · 1 renamed · 2 removed": only the changes that happened. */
export function describeCounts(counts: SyncCounts, kinds: readonly EntityKind[]): string {
  const parts = [`${number.format(counts.records)} ${nounOf(kinds)}`];
  for (const [key, label] of [
    ['added', 'added'],
    ['renamed', 'renamed'],
    ['moved', 'moved'],
    ['restored', 'back'],
    ['removed', 'removed'],
  ] as const) {
    if (counts[key]) parts.push(`${number.format(counts[key])} ${label}`);
  }
  return parts.join(' · ');
}

export const STATUS_LABELS: Record<RunSummary['status'], string> = {
  running: 'Running',
  succeeded: 'Succeeded',
  failed: 'Failed',
  cancelled: 'Cancelled',
  incomplete: 'Incomplete',
};

/** "1,640 of 1,800 companies no longer listed": a held removal, for the confirm prompt. */
export function describeHeldRemovals(
  held: { count: number; of: number },
  kinds: readonly EntityKind[],
): string {
  return `${number.format(held.count)} of ${number.format(held.of)} ${nounOf(kinds)} no longer listed`;
}

/** What a live run is doing, e.g. "Reading companies: page 3, 2,000 so far". */
export function describeProgress(run: RunSummary): string {
  const noun = nounOf(run.kinds);
  switch (run.phase) {
    case 'starting':
      return 'Starting…';
    case 'fetching':
      return run.counts.pages
        ? `Reading ${noun}: page ${number.format(run.counts.pages)}, ${number.format(run.counts.records)} so far`
        : `Reading ${noun}…`;
    case 'removing':
      return `Checking for removed ${noun}…`;
    case 'done':
      return 'Finishing…';
  }
}

/** "Daily", "Every 6 hours", "Not scheduled". */
export function describeInterval(minutes: number | null): string {
  if (minutes === null) return 'Not scheduled';
  if (minutes === 1440) return 'Daily';
  if (minutes === 10080) return 'Weekly';
  if (minutes % 60 === 0) return minutes === 60 ? 'Every hour' : `Every ${minutes / 60} hours`;
  return `Every ${minutes} minutes`;
}

export function formatNumber(value: number): string {
  return number.format(value);
}
