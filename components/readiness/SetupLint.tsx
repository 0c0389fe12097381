import type { ServerChoiceLint } from '@/lib/readiness/threatlocker/setup-lint';

export type CompanyIdOutcome =
  | { state: 'idle' }
  | { state: 'checking' }
  | { state: 'known'; text: string }
  | { state: 'unknown'; text: string }
  | { state: 'failed'; text: string };

export interface SetupLintProps {
  /** Whose setup form the values go to, e.g. "ThreatLocker". */
  integration: string;
  server: ServerChoiceLint;
  companyId: string;
  outcome: CompanyIdOutcome;
  onCheck: () => void;
}

/**
 * Before keys are pasted: the server to choose in the integration's own form, and whether that
 * server knows the login Company ID (checked live by the caller).
 */
export function SetupLint(props: SetupLintProps) {
  const { outcome } = props;
  return (
    <section class="mpc-readiness" aria-label={`${props.integration} setup`} data-testid="setup-lint">
      <p class={props.server.ok ? '' : 'mpc-status--error'} data-testid="setup-lint-server">
        {props.server.text}
      </p>
      <button
        type="button"
        onClick={props.onCheck}
        disabled={!props.companyId.trim() || !props.server.ok || outcome.state === 'checking'}
      >
        {outcome.state === 'checking' ? 'Checking…' : 'Check the Company ID'}
      </button>
      {(outcome.state === 'known' || outcome.state === 'unknown' || outcome.state === 'failed') && (
        <p
          class={outcome.state === 'known' ? 'mpc-status--ok' : 'mpc-status--error'}
          role="status"
          data-testid="setup-lint-company"
        >
          {outcome.text}
        </p>
      )}
    </section>
  );
}
