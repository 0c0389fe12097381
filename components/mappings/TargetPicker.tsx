import { useEffect, useState } from 'preact/hooks';

export interface TargetOption {
  key: string;
  vendorId: string;
  name: string;
  /** Left entities already mapped to it. */
  mappedTo: string[];
}

export interface TargetPickerProps {
  /** The row being mapped, for labels. */
  rowName: string;
  search: (text: string) => Promise<TargetOption[]>;
  onPick: (target: TargetOption) => void;
  onClose: () => void;
}

/** Search the other connection and pick what this row maps to. */
export function TargetPicker({ rowName, search, onPick, onClose }: TargetPickerProps) {
  const [text, setText] = useState('');
  const [options, setOptions] = useState<TargetOption[] | null>(null);
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      search(text).then((found) => current && setOptions(found));
    }, 200);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text, search]);
  return (
    <fieldset class="mpc-picker" onKeyDown={(event) => event.key === 'Escape' && onClose()}>
      <legend>Map {rowName} to</legend>
      <label>
        Find by name or id
        <input type="search" value={text} autoFocus onInput={(event) => setText(event.currentTarget.value)} />
      </label>
      {options === null ? (
        <p class="mpc-note">Searching…</p>
      ) : options.length === 0 ? (
        <p class="mpc-note">Nothing found.</p>
      ) : (
        <ul class="mpc-picker__list">
          {options.map((option) => (
            <li key={option.key}>
              <button type="button" onClick={() => onPick(option)}>
                Map to {option.name}
              </button>{' '}
              <span class="mpc-id">{option.vendorId}</span>
              {option.mappedTo.length > 0 && (
                <span class="mpc-note"> · now mapped to {option.mappedTo.join(', ')}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={onClose}>
        Cancel
      </button>
    </fieldset>
  );
}
