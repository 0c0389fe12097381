import type { IntegrationOption } from '@/lib/role-checker/integrations';

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
}

/** Which integrations the role is for; any number of them. */
export function IntegrationPicker({
  options,
  selected,
  onChange,
  legend = 'Integrations this role is for',
  disabled = false,
  fieldsetClass = 'mpc-rc__fieldset',
  help,
}: IntegrationPickerProps) {
  const toggle = (id: string, on: boolean) =>
    // Kept in the catalogue's order, whatever order they were ticked in.
    onChange(
      options
        .map((option) => option.id)
        .filter((candidate) => (candidate === id ? on : selected.includes(candidate))),
    );
  return (
    <fieldset class={fieldsetClass} disabled={disabled}>
      <legend class="mpc-rc__legend">{legend}</legend>
      {options.map((option) => (
        <label key={option.id} class="mpc-rc__choice" title={option.note}>
          <input
            type="checkbox"
            checked={selected.includes(option.id)}
            onChange={(event) => toggle(option.id, event.currentTarget.checked)}
          />
          {option.name}
        </label>
      ))}
      {help && <p class="mpc-field__help">{help}</p>}
    </fieldset>
  );
}
