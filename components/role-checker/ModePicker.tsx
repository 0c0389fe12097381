import type { AuditMode } from '@/lib/permissions/types';

export interface ModePickerProps {
  mode: AuditMode;
  onChange: (mode: AuditMode) => void;
}

const MODES: { value: AuditMode; label: string; hint: string }[] = [
  { value: 'minimum', label: 'Minimum', hint: 'Only rights the integrations lack fail.' },
  {
    value: 'least-privilege',
    label: 'Least privilege',
    hint: 'Rights beyond what the integrations need fail too.',
  },
];

export function ModePicker({ mode, onChange }: ModePickerProps) {
  return (
    <fieldset class="mpc-rc__fieldset">
      <legend class="mpc-rc__legend">Mode</legend>
      {MODES.map((option) => (
        <label key={option.value} class="mpc-rc__choice" title={option.hint}>
          <input
            type="radio"
            name="mpc-rc-mode"
            value={option.value}
            checked={mode === option.value}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
