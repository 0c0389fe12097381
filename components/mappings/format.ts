/** Words and numbers as the Mappings screen shows them. */
import type { RowFilter, RowSort, RowState } from '@/lib/mapping/schemas';

export const FILTER_LABELS: Record<RowFilter, string> = {
  all: 'All',
  mapped: 'Mapped',
  unmapped: 'Unmapped',
  suggested: 'Suggested',
  conflicts: 'Conflicts',
  removed: 'Removed since last sync',
};

export const STATE_LABELS: Record<RowState, string> = {
  mapped: 'Mapped',
  suggested: 'Suggested',
  conflict: 'Conflict',
  unmapped: 'Unmapped',
};

export const SORT_LABELS: Record<RowSort, string> = {
  name: 'Name',
  state: 'Status',
  target: 'Maps to',
  score: 'Score',
};

export const ORIGIN_LABELS = { auto: 'auto', manual: 'by hand', imported: 'imported' } as const;

/** 0.8 → "80%". */
export function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

export function count(value: number): string {
  return value.toLocaleString('en-US');
}

export function plural(value: number, one: string, many = `${one}s`): string {
  return `${count(value)} ${value === 1 ? one : many}`;
}
