import type { Level } from '../levels';
import type { SourceRefInput } from '../schema';

/**
 * Shorthand for transcribing a vendor's Manage role table: the four cells Add/Edit/Delete/Inquire
 * written as "0/0/0/A" (A = All, M = My, 0 = None as the table states it, - = the table says
 * nothing about that action). Keeps each profile file one line per source row, comparable with
 * the page by eye.
 */
const CELL: Record<string, Level | undefined> = { A: 'All', M: 'My', '0': 'None', '-': undefined };

export interface RowExtras {
  feature?: string;
  inferred?: boolean;
  basis?: string;
  note?: string;
}

export function cells(levels: string): { add?: Level; edit?: Level; delete?: Level; inquire?: Level } {
  const parts = levels.split('/');
  if (parts.length !== 4 || parts.some((part) => !(part in CELL))) {
    throw new Error(`Bad cells "${levels}": expected four of A, M, 0 or - separated by "/".`);
  }
  const [add, edit, del, inquire] = parts.map((part) => CELL[part]);
  return {
    ...(add && { add }),
    ...(edit && { edit }),
    ...(del && { delete: del }),
    ...(inquire && { inquire }),
  };
}

/** One Manage requirement row. */
export function row(
  source: SourceRefInput,
  module: string,
  fn: string,
  levels: string,
  extras: RowExtras = {},
) {
  return { module, function: fn, ...cells(levels), source, ...extras };
}
