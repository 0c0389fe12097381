import type { ManagedAccessRow } from '@/lib/regions';
import { CopyButton } from './CopyButton';
import { CopyRow } from './CopyRow';

export type DraftState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved' }
  | { status: 'failed'; message: string };

export interface ManagedAccessPanelProps {
  regionLabel: string;
  rows: ManagedAccessRow[];
  /** Worth reading before copying: the page's URLs are of another region. */
  warning?: string;
  /** A quiet line at the end (the read-only access ID is remembered). */
  footnote?: string;
  /** The whole parameter set as one readable block. */
  block: string;
  draft: DraftState;
  onCopy: (text: string) => Promise<boolean>;
  onCreateConnection: () => void;
}

/** Managed Access: the detected region, a copy button per parameter, Copy all and Create connection. */
export function ManagedAccessPanel({
  regionLabel,
  rows,
  warning,
  footnote,
  block,
  draft,
  onCopy,
  onCreateConnection,
}: ManagedAccessPanelProps) {
  return (
    <div class="mpc-region" data-testid="managed-access">
      <p class="mpc-region__title">
        <span class="mpc-region__vendor">WatchGuard Cloud API parameters</span>
        <span class="mpc-region__chip">Region: {regionLabel}</span>
      </p>
      {warning && <p class="mpc-region__notice">{warning}</p>}
      {rows.map(({ key, ...row }) => (
        <CopyRow key={key} {...row} onCopy={onCopy} />
      ))}
      <div class="mpc-region__actions">
        <CopyButton label="all parameters" caption="Copy all" text={block} onCopy={onCopy} />
        <button
          type="button"
          class="mpc-region__primary"
          disabled={draft.status === 'saving'}
          onClick={onCreateConnection}
        >
          Create connection
        </button>
      </div>
      <DraftStatus draft={draft} />
      {footnote && <p class="mpc-region__note">{footnote}</p>}
    </div>
  );
}

function DraftStatus({ draft }: { draft: DraftState }) {
  if (draft.status === 'saved')
    return (
      <p class="mpc-region__ok" role="status">
        Connection started. Finish it in MSP Portal Companion’s settings, where you type the access password
        (it is never read from this page).
      </p>
    );
  if (draft.status === 'failed')
    return (
      <p class="mpc-region__error" role="alert">
        Could not start the connection: {draft.message}
      </p>
    );
  return null;
}
