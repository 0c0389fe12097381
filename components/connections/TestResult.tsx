import type { ConnectionTestResult } from '@/lib/connections/schemas';
import { AdminLoginTroubleshooting } from './AdminLoginTroubleshooting';
import { MemberAuditView } from './MemberAuditView';

/** A Test connection outcome: the vendor's typed result, or why the test could not run. */
export type TestOutcome =
  | { state: 'running' }
  | { state: 'done'; result: ConnectionTestResult }
  | { state: 'refused'; message: string; nextStep: string };

/** Every outcome ends with what to do next, in the same words and place. */
function NextStep({ text }: { text: string }) {
  return (
    <p class="mpc-test__next">
      <strong>Next step:</strong> {text}
    </p>
  );
}

export function TestResult({ outcome }: { outcome: TestOutcome | null }) {
  if (!outcome) return null;
  if (outcome.state === 'running') {
    return (
      <p class="mpc-test mpc-test--running" role="status">
        Testing the connection…
      </p>
    );
  }
  if (outcome.state === 'refused') {
    return (
      <div class="mpc-test mpc-test--error" role="alert" data-testid="test-result">
        <p class="mpc-test__message">{outcome.message}</p>
        <NextStep text={outcome.nextStep} />
      </div>
    );
  }
  const { result } = outcome;
  if (result.ok) {
    return (
      <div class="mpc-test mpc-test--ok" role="status" data-testid="test-result">
        <p>{result.summary}</p>
        {result.facts.length > 0 && (
          <dl class="mpc-test__facts">
            {result.facts.map(({ label, value }) => (
              <div key={label} data-fact={label}>
                <dt>{label}:</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        )}
        {result.memberAudit && <MemberAuditView audit={result.memberAudit} />}
        <NextStep text={result.nextStep} />
      </div>
    );
  }
  const { error } = result;
  return (
    <div class="mpc-test mpc-test--error" role="alert" data-testid="test-result">
      <p class="mpc-test__message">{error.message}</p>
      {error.grantingFunction && (
        <p>
          Granted by {error.grantingFunction.module} › {error.grantingFunction.function}
          {error.grantingFunction.level ? ` (${error.grantingFunction.level})` : ''}
          {error.grantingFunction.inferred ? ' — inferred, no vendor document states it' : ''}.
        </p>
      )}
      {error.retryAt && <p>Try again after {new Date(error.retryAt).toLocaleTimeString()}.</p>}
      <NextStep text={error.nextStep} />
      <AdminLoginTroubleshooting error={error} />
      {error.helpUrl && (
        <p>
          <a href={error.helpUrl} target="_blank" rel="noreferrer">
            How to fix it
          </a>
        </p>
      )}
    </div>
  );
}
