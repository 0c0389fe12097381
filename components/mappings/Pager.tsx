import { count } from './format';

export interface PagerProps {
  offset: number;
  limit: number;
  total: number;
  onPage: (offset: number) => void;
  onLimit: (limit: number) => void;
}

const PAGE_SIZES = [25, 50, 100, 200];

/** Rows x–y of n with previous/next: the table holds one page, so 10,000 rows stay smooth. */
export function Pager({ offset, limit, total, onPage, onLimit }: PagerProps) {
  const first = total ? offset + 1 : 0;
  const last = Math.min(offset + limit, total);
  return (
    <nav class="mpc-pager" aria-label="Pages">
      <button type="button" disabled={offset === 0} onClick={() => onPage(Math.max(0, offset - limit))}>
        Previous
      </button>
      <span aria-live="polite" data-testid="pager-range">
        Rows {count(first)}–{count(last)} of {count(total)}
      </span>
      <button type="button" disabled={last >= total} onClick={() => onPage(offset + limit)}>
        Next
      </button>
      <label>
        Rows per page
        <select value={String(limit)} onChange={(event) => onLimit(Number(event.currentTarget.value))}>
          {PAGE_SIZES.map((size) => (
            <option key={size} value={String(size)}>
              {size}
            </option>
          ))}
        </select>
      </label>
    </nav>
  );
}
