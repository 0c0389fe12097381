import { useMemo, useRef, useState } from 'preact/hooks';
import type { IntegrationOption } from '@/lib/role-checker/integration-options';
import { pickerGroups } from '@/lib/role-checker/picker-groups';

export type { IntegrationOption };

export interface IntegrationPickerProps {
  options: readonly IntegrationOption[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  legend?: string;
  /** Pinned by the organization's policy: shown, not editable. */
  disabled?: boolean;
  /** The fieldset's class: the overlay's and the options page's styles differ. */
  fieldsetClass?: string;
  /** A sentence under the choices, e.g. what the choice is used for. */
  help?: string;
  /** The site's recent picks, most recent first: listed before the groups. */
  recent?: readonly string[];
}

/** Below this many choices a filter box is more clutter than help. */
const FILTER_FROM = 8;

/**
 * Which integrations the role is for; any number of them. Scales to the whole catalogue: a
 * filter box (name, vendor or kind), the site's recent picks first, one group per kind. Keyboard:
 * ↓ from the filter goes to the first choice, ↑/↓ move between choices, Enter in the filter
 * ticks the only match, Escape clears the filter.
 */
export function IntegrationPicker({
  options,
  selected,
  onChange,
  legend = 'Integrations this role is for',
  disabled = false,
  fieldsetClass = 'mpc-rc__fieldset',
  help,
  recent = [],
}: IntegrationPickerProps) {
  const [filter, setFilter] = useState('');
  const list = useRef<HTMLDivElement>(null);
  const groups = useMemo(() => pickerGroups(options, filter, recent), [options, filter, recent]);
  const shown = groups.flatMap((group) => group.options);
  const toggle = (id: string, on: boolean) =>
    // Kept in the catalogue's order, whatever order they were ticked in.
    onChange(
      options
        .map((option) => option.id)
        .filter((candidate) => (candidate === id ? on : selected.includes(candidate))),
    );
  const boxes = () =>
    Array.from(list.current?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? []);
  const moveFocus = (from: EventTarget | null, step: number) => {
    const all = boxes();
    const index = all.indexOf(from as HTMLInputElement);
    const next = all[Math.min(Math.max(index + step, 0), all.length - 1)];
    next?.focus();
  };
  const onFilterKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      boxes()[0]?.focus();
    } else if (event.key === 'Escape' && filter) {
      event.preventDefault();
      setFilter('');
    } else if (event.key === 'Enter') {
      // Enter would submit a surrounding form; here it ticks the one match.
      event.preventDefault();
      const only = shown.length === 1 ? shown[0] : undefined;
      if (only) toggle(only.id, !selected.includes(only.id));
    }
  };
  const onListKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      moveFocus(event.target, event.key === 'ArrowDown' ? 1 : -1);
    }
  };
  const count = selected.filter((id) => options.some((option) => option.id === id)).length;
  return (
    <fieldset class={fieldsetClass} disabled={disabled}>
      <legend class="mpc-rc__legend">
        {legend}
        {options.length >= FILTER_FROM && <span class="mpc-picker__count"> ({count} selected)</span>}
      </legend>
      {options.length >= FILTER_FROM && (
        <input
          type="search"
          class="mpc-picker__filter"
          placeholder="Filter by name, vendor or kind"
          aria-label="Filter integrations"
          value={filter}
          onInput={(event) => setFilter(event.currentTarget.value)}
          onKeyDown={onFilterKey}
        />
      )}
      <div class="mpc-picker__list" ref={list}>
        {groups.map((group) => (
          <fieldset key={group.id} class="mpc-picker__group">
            {options.length >= FILTER_FROM && <legend class="mpc-picker__heading">{group.label}</legend>}
            {group.options.map((option) => (
              <label key={option.id} class="mpc-rc__choice" title={option.note}>
                <input
                  type="checkbox"
                  checked={selected.includes(option.id)}
                  onChange={(event) => toggle(option.id, event.currentTarget.checked)}
                  onKeyDown={onListKey}
                />
                {option.name}
                {option.partial && (
                  <span class="mpc-picker__mark" title="The source's table is cut off: some rows are unknown">
                    {' '}
                    (partial)
                  </span>
                )}
                {option.adminRecommended && (
                  <span class="mpc-picker__mark" title="The vendor recommends the Admin role">
                    {' '}
                    (Admin advised)
                  </span>
                )}
              </label>
            ))}
          </fieldset>
        ))}
        {shown.length === 0 && (
          <p class="mpc-field__help" role="status">
            No integration matches “{filter}”.
          </p>
        )}
      </div>
      {help && <p class="mpc-field__help">{help}</p>}
    </fieldset>
  );
}
