import type { ChangeLineView, ImportPreviewView } from '@/lib/mapping/schemas';
import { count, plural } from './format';

export interface ImportPreviewProps {
  preview: ImportPreviewView;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** What an import would change, row by row, and its errors; nothing is written before Confirm. */
export function ImportPreview({ preview, busy, onConfirm, onCancel }: ImportPreviewProps) {
  const { counts } = preview;
  const changes = counts.added + counts.reassigned + counts.removed;
  return (
    <section class="mpc-import" aria-labelledby="mpc-import-title">
      <h3 id="mpc-import-title">Import preview: {preview.fileName}</h3>
      <p data-testid="import-summary">
        {plural(preview.rowCount, 'row')} read: {count(counts.added)} added, {count(counts.reassigned)}{' '}
        reassigned, {count(counts.removed)} removed, {count(counts.unchanged)} unchanged,{' '}
        {plural(counts.errors, 'error')}.
      </p>
      <ChangeList title="Added" lines={preview.added} total={counts.added} />
      <ChangeList title="Reassigned" lines={preview.reassigned} total={counts.reassigned} />
      <ChangeList title="Removed" lines={preview.removed} total={counts.removed} />
      {counts.errors > 0 && (
        <table class="mpc-table mpc-import__errors">
          <caption>Rows that will be skipped</caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Field</th>
              <th scope="col">Value</th>
              <th scope="col">Problem</th>
            </tr>
          </thead>
          <tbody>
            {preview.errors.map((error) => (
              <tr key={`${error.row} ${error.field}`} data-testid="import-error">
                <td>{error.row}</td>
                <td>{error.field}</td>
                <td>{error.value}</td>
                <td>{error.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {counts.errors > preview.errors.length && (
        <p class="mpc-note">Showing the first {count(preview.errors.length)} errors.</p>
      )}
      <div class="mpc-changes">
        <button type="button" class="mpc-primary" disabled={busy || changes === 0} onClick={onConfirm}>
          {changes === 0 ? 'Nothing to apply' : `Apply ${plural(changes, 'change')}`}
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}

function ChangeList({ title, lines, total }: { title: string; lines: ChangeLineView[]; total: number }) {
  if (total === 0) return null;
  return (
    <details class="mpc-more" open={total <= 20}>
      <summary>
        {title} ({count(total)})
      </summary>
      <ul>
        {lines.map((line) => (
          <li key={line.row}>
            Row {line.row}: {line.left.name || line.left.vendorId}
            {line.from && ` — was ${line.from.name || line.from.vendorId}`}
            {line.to ? ` → ${line.to.name || line.to.vendorId}` : ' → no mapping'}
          </li>
        ))}
      </ul>
      {total > lines.length && <p class="mpc-note">…and {count(total - lines.length)} more.</p>}
    </details>
  );
}
