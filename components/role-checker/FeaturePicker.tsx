export interface FeatureChoice {
  /** "<profile id>/<feature id>". */
  key: string;
  /** "Integration: feature". */
  label: string;
  detail: string;
}

export interface FeaturePickerProps {
  features: readonly FeatureChoice[];
  on: readonly string[];
  onChange: (on: string[]) => void;
  fieldsetClass?: string;
}

/** Optional features of the picked integrations: off until switched on, listed so nobody forgets one. */
export function FeaturePicker({
  features,
  on,
  onChange,
  fieldsetClass = 'mpc-rc__fieldset',
}: FeaturePickerProps) {
  if (features.length === 0) return null;
  const toggle = (key: string, checked: boolean) =>
    onChange(features.map((item) => item.key).filter((k) => (k === key ? checked : on.includes(k))));
  return (
    <fieldset class={fieldsetClass}>
      <legend class="mpc-rc__legend">Optional features (off by default)</legend>
      {features.map((item) => (
        <label key={item.key} class="mpc-rc__choice" title={item.detail}>
          <input
            type="checkbox"
            checked={on.includes(item.key)}
            onChange={(event) => toggle(item.key, event.currentTarget.checked)}
          />
          {item.label}
        </label>
      ))}
    </fieldset>
  );
}
