export interface FilePanelProps {
  busy: boolean;
  onExport: (format: 'csv' | 'json') => void;
  onImportFile: (file: File) => void;
}

/** Export as CSV or JSON, and the file picker that starts an import preview. */
export function FilePanel({ busy, onExport, onImportFile }: FilePanelProps) {
  return (
    <div class="mpc-files">
      <button type="button" disabled={busy} onClick={() => onExport('csv')}>
        Export CSV
      </button>
      <button type="button" disabled={busy} onClick={() => onExport('json')}>
        Export JSON
      </button>
      <label class="mpc-file">
        Import CSV or JSON
        <input
          type="file"
          accept=".csv,.json,text/csv,application/json"
          disabled={busy}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            // Cleared so choosing the same file again (after fixing it) still reads it.
            event.currentTarget.value = '';
            if (file) onImportFile(file);
          }}
        />
      </label>
    </div>
  );
}
