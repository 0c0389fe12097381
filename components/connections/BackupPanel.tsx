import { useState } from 'preact/hooks';
import type { Backup, ImportPreview } from '@/lib/connections/backup';
import { VENDOR_LABELS } from '@/lib/vendor-ids';

export type PreviewResult =
  | { ok: true; backup: Backup; preview: ImportPreview; ignoredSecrets: string[] }
  | { ok: false; errors: string[] };

export interface BackupPanelProps {
  /** Downloads the backup; resolves to an error message or null. */
  onExport: () => Promise<string | null>;
  onPreview: (text: string) => PreviewResult;
  onImport: (backup: Backup) => Promise<string>;
}

/** Export and import of connection settings and preferences; never secrets. */
export function BackupPanel({ onExport, onPreview, onImport }: BackupPanelProps) {
  const [preview, setPreview] = useState<PreviewResult | null>(null);
  const [note, setNote] = useState<string | null>(null);

  async function choose(event: Event) {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    setNote(null);
    setPreview(file ? onPreview(await file.text()) : null);
  }

  return (
    <section class="mpc-panel" aria-labelledby="backup-title">
      <h3 id="backup-title">Backup</h3>
      <p>
        Connection settings and preferences as a JSON file. Secrets are never exported: enter them again after
        a restore.
      </p>
      <button type="button" onClick={async () => setNote(await onExport())}>
        Export settings
      </button>
      <div class="mpc-field">
        <label class="mpc-field__label" for="backup-file">
          Import a backup file
        </label>
        <input id="backup-file" type="file" accept="application/json,.json" onChange={choose} />
      </div>
      {preview && !preview.ok && (
        <div class="mpc-status--error" role="alert">
          <p>This file cannot be imported; nothing was changed:</p>
          <ul>
            {preview.errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      )}
      {preview?.ok && (
        <div class="mpc-preview" data-testid="import-preview">
          <p>Importing will:</p>
          <ul>
            {preview.preview.add.map((item) => (
              <li key={`add-${item.id}`}>
                add {VENDOR_LABELS[item.vendor]} “{item.name}” (without secrets)
              </li>
            ))}
            {preview.preview.replace.map((item) =>
              item.hostChange ? (
                <li key={`replace-${item.id}`} data-testid="import-host-change">
                  replace the settings of “{item.previousName}” with “{item.name}”, which points elsewhere:{' '}
                  {item.hostChange.from.join(', ')} → {item.hostChange.to.join(', ')}. Its saved secrets will
                  be deleted; enter them again after checking the new address.
                </li>
              ) : (
                <li key={`replace-${item.id}`}>
                  replace the settings of “{item.previousName}” with “{item.name}” (same address; its saved
                  secrets stay)
                </li>
              ),
            )}
            {preview.preview.skip.map((item) => (
              <li key={`skip-${item.id}`}>
                skip “{item.name}”: {item.reason}
              </li>
            ))}
            {preview.preview.preferenceChanges.length ? (
              <li>
                change your preferences:
                <ul data-testid="import-preference-changes">
                  {preview.preview.preferenceChanges.map((change) => (
                    <li key={change.name}>
                      {change.name}: {change.from} → {change.to}
                    </li>
                  ))}
                </ul>
              </li>
            ) : (
              <li>keep your preferences (unchanged)</li>
            )}
            <li>leave {preview.preview.untouched} other saved connection(s) as they are</li>
          </ul>
          {preview.ignoredSecrets.length > 0 && (
            <p>The file contains secrets ({preview.ignoredSecrets.join(', ')}); they will not be imported.</p>
          )}
          <button
            type="button"
            class="mpc-button--primary"
            onClick={async () => {
              setNote(await onImport(preview.backup));
              setPreview(null);
            }}
          >
            Import
          </button>
          <button type="button" onClick={() => setPreview(null)}>
            Cancel
          </button>
        </div>
      )}
      {note && <p role="status">{note}</p>}
    </section>
  );
}
