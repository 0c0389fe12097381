import { formatSource, SOURCES } from '@/lib/permissions/sources';
import type { VendorErrorJson } from '@/lib/vendors/http/errors';
import { adminLoginDiagnosis, stepLabel } from '@/lib/vendors/watchguard/troubleshooting';

/**
 * Under a failed WatchGuard Cloud test: the steps of the RMM plug-in document's Administrator
 * Login troubleshooting list that match the answer, and the answer itself as evidence.
 */
export function AdminLoginTroubleshooting({ error }: { error: VendorErrorJson }) {
  const diagnosis = adminLoginDiagnosis(error);
  if (!diagnosis) return null;
  return (
    <div class="mpc-test__troubleshooting" data-testid="admin-login-troubleshooting">
      <p>
        <strong>Troubleshooting (Administrator Login):</strong> check, in this order:
      </p>
      <ul>
        {diagnosis.steps.map((step) => (
          <li key={step} data-step={step}>
            {stepLabel(step)}
          </li>
        ))}
      </ul>
      {diagnosis.evidence.length > 0 && (
        <p class="mpc-muted" data-testid="admin-login-evidence">
          What WatchGuard Cloud answered: {diagnosis.evidence.join(' · ')}.
        </p>
      )}
      <p class="mpc-muted">
        Steps from{' '}
        <a href={SOURCES.watchguardRmm.url} target="_blank" rel="noreferrer">
          {formatSource(SOURCES.watchguardRmm)}
        </a>
        , Connection Troubleshooting; which step fits which answer is our reading.
      </p>
    </div>
  );
}
