import { useState } from 'preact/hooks';
import type { z } from 'zod';
import type { connectionSettingsSchema } from '@/lib/connections/commands';
import type { Preferences } from '@/lib/connections/preferences';
import { regions } from '@/lib/regions/endpoints';
import { VENDOR_LABELS } from '@/lib/vendor-ids';
import { ManagedBadge } from './fields';

export type ConnectionSettingsView = z.infer<typeof connectionSettingsSchema>;

const REGION_VENDORS = ['watchguard', 'cw-rmm', 'cw-manage'] as const;

export interface PreferencesPanelProps {
  settings: ConnectionSettingsView;
  onSave: (preferences: Preferences) => Promise<string | null>;
}

/** Default regions for new connections; the ones the organization's policy sets are locked. */
export function PreferencesPanel({ settings, onSave }: PreferencesPanelProps) {
  const [regionsByVendor, setRegions] = useState(settings.preferences.defaultRegions);
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const managedRegions = new Set(settings.managed.defaultRegions);

  async function save(event: Event) {
    event.preventDefault();
    const problem = await onSave({ ...settings.preferences, defaultRegions: regionsByVendor });
    setNote(problem ? { ok: false, text: problem } : { ok: true, text: 'Saved.' });
  }

  return (
    <section class="mpc-panel" aria-labelledby="preferences-title">
      <h3 id="preferences-title">Default regions</h3>
      <form class="mpc-inline-form" onSubmit={save}>
        {REGION_VENDORS.map((vendor) => {
          const managed = managedRegions.has(vendor);
          const value = (managed ? settings.effective.defaultRegions[vendor] : regionsByVendor[vendor]) ?? '';
          return (
            <div class="mpc-field" key={vendor}>
              <label class="mpc-field__label" for={`default-region-${vendor}`}>
                {VENDOR_LABELS[vendor]}
                {managed && <ManagedBadge />}
              </label>
              <select
                id={`default-region-${vendor}`}
                class="mpc-field__input"
                value={value}
                disabled={managed}
                onChange={(event) => {
                  const chosen = event.currentTarget.value;
                  const { [vendor]: _old, ...others } = regionsByVendor;
                  setRegions(chosen ? { ...others, [vendor]: chosen } : others);
                }}
              >
                <option value="">First listed region</option>
                {regions(vendor).map((option) => (
                  <option key={option.region} value={option.region}>
                    {option.label}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
        <button type="submit">Save default regions</button>
        {note && <p class={note.ok ? 'mpc-status--ok' : 'mpc-status--error'}>{note.text}</p>}
      </form>
    </section>
  );
}
