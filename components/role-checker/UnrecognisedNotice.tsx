export interface UnrecognisedNoticeProps {
  reason: string | null;
  onSaveSnapshot: () => void;
}

/** The adapter could not read this page: say so, and offer a scrubbed copy for a support report. */
export function UnrecognisedNotice({ reason, onSaveSnapshot }: UnrecognisedNoticeProps) {
  return (
    <div class="mpc-rc__notice" role="status">
      <p class="mpc-rc__headline">This page's layout is not recognised.</p>
      {reason && <p class="mpc-rc__muted">{reason}</p>}
      <p class="mpc-rc__muted">
        No verdict is shown. A snapshot of the page (field values removed) helps us support this layout.
      </p>
      <button type="button" class="mpc-panel__button" onClick={onSaveSnapshot}>
        Save page snapshot
      </button>
    </div>
  );
}
