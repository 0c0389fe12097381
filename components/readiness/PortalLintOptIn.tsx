export interface PortalLintOptInProps {
  /** Whether the browser grants the portal's host now; null while reading it. */
  enabled: boolean | null;
  /** The portal's host, shown so the admin knows what the browser will ask for. */
  host: string;
  busy: boolean;
  problem: string | null;
  onChange: (enabled: boolean) => void;
}

/**
 * The opt-in for an in-page lint on a vendor's own portal (ThreatLocker's ConnectWise form): the
 * browser asks for the portal's host when it is switched on, and gives it back when switched off.
 */
export function PortalLintOptIn(props: PortalLintOptInProps) {
  return (
    <div class="mpc-readiness" data-testid="portal-lint-opt-in">
      <label>
        <input
          type="checkbox"
          checked={props.enabled === true}
          disabled={props.enabled === null || props.busy}
          onChange={(event) => props.onChange((event.currentTarget as HTMLInputElement).checked)}
        />{' '}
        Also lint the ThreatLocker portal's ConnectWise form
      </label>
      <p class="mpc-muted">
        On {props.host}, beside the ConnectWise setup form: the server choice and the Company ID, checked
        before the keys are pasted. Your browser asks for access to {props.host} when you switch it on; the
        keys typed there are never read.
      </p>
      {props.problem && (
        <p class="mpc-status--error" role="status">
          {props.problem}
        </p>
      )}
    </div>
  );
}
