import { useEffect, useState } from 'preact/hooks';
import { type MappingSettings, mappingSettingsSchema } from '@/lib/mapping/settings';

export interface MappingSettingsFormProps {
  settings: MappingSettings;
  busy: boolean;
  onSave: (settings: MappingSettings) => void;
}

/** Auto-mapping settings of the pair shown. */
export function MappingSettingsForm({ settings, busy, onSave }: MappingSettingsFormProps) {
  const [draft, setDraft] = useState(settings);
  useEffect(() => setDraft(settings), [settings]);
  const set = <K extends keyof MappingSettings>(key: K, value: MappingSettings[K]) =>
    setDraft({ ...draft, [key]: value });
  const changed = JSON.stringify(draft) !== JSON.stringify(settings);
  const check = mappingSettingsSchema.safeParse(draft);
  return (
    <details class="mpc-settings">
      <summary>Auto-mapping settings</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (check.success) onSave(check.data);
        }}
      >
        <label>
          <input
            type="checkbox"
            checked={draft.autoApplyExact}
            onChange={(event) => set('autoApplyExact', event.currentTarget.checked)}
          />
          Map exact matches (same external id or same name) automatically; similar names are only suggested
        </label>
        <label>
          <input
            type="checkbox"
            checked={draft.oneToOne}
            onChange={(event) => set('oneToOne', event.currentTarget.checked)}
          />
          One to one: each entity on the right belongs to one entity on the left
        </label>
        <ScoreField
          label="Suggest similar names scoring at least"
          min={0.3}
          max={0.95}
          value={draft.minScore}
          onValue={(value) => set('minScore', value)}
        />
        <ScoreField
          label="“Accept all” takes suggestions scoring at least"
          min={0.5}
          max={1}
          value={draft.bulkThreshold}
          onValue={(value) => set('bulkThreshold', value)}
        />
        {!check.success && (
          <p class="mpc-status--error" role="alert">
            Scores go from 0.3 to 0.95 for suggestions and from 0.5 to 1 for “Accept all”.
          </p>
        )}
        <button type="submit" disabled={busy || !changed || !check.success}>
          Save settings
        </button>
      </form>
    </details>
  );
}

function ScoreField(props: {
  label: string;
  min: number;
  max: number;
  value: number;
  onValue: (value: number) => void;
}) {
  return (
    <label>
      {props.label}
      <input
        type="number"
        min={props.min}
        max={props.max}
        step={0.05}
        value={props.value}
        onInput={(event) => props.onValue(event.currentTarget.valueAsNumber)}
      />
    </label>
  );
}
