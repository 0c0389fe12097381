import type { PairPage, RowFilter } from '@/lib/mapping/schemas';
import { count, FILTER_LABELS, percent } from './format';

export interface FilterBarProps {
  counts: PairPage['counts'];
  progress: PairPage['progress'];
  filter: RowFilter;
  search: string;
  onFilter: (filter: RowFilter) => void;
  onSearch: (text: string) => void;
}

const FILTER_COUNTS: Record<RowFilter, keyof PairPage['counts']> = {
  all: 'all',
  mapped: 'mapped',
  unmapped: 'unmapped',
  suggested: 'suggested',
  conflicts: 'conflicts',
  removed: 'removed',
};

/** Progress of the pair, the filters with their counts, and the search box. */
export function FilterBar({ counts, progress, filter, search, onFilter, onSearch }: FilterBarProps) {
  const share = progress.total ? progress.mapped / progress.total : 0;
  return (
    <div class="mpc-filters">
      <div class="mpc-progress">
        <progress id="mpc-mapping-progress" max={progress.total || 1} value={progress.mapped} />
        <label for="mpc-mapping-progress" data-testid="mapping-progress">
          {count(progress.mapped)} of {count(progress.total)} mapped ({percent(share)})
        </label>
      </div>
      <fieldset class="mpc-filters__group">
        <legend class="mpc-visually-hidden">Show rows</legend>
        {(Object.keys(FILTER_LABELS) as RowFilter[]).map((key) => (
          <button
            key={key}
            type="button"
            aria-pressed={filter === key}
            class="mpc-filter"
            onClick={() => onFilter(key)}
          >
            {FILTER_LABELS[key]} <span class="mpc-filter__count">{count(counts[FILTER_COUNTS[key]])}</span>
          </button>
        ))}
      </fieldset>
      <label class="mpc-search">
        Search
        <input
          type="search"
          value={search}
          placeholder="Name or id, on either side"
          onInput={(event) => onSearch(event.currentTarget.value)}
        />
      </label>
    </div>
  );
}
