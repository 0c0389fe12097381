import { VENDOR_LABELS } from '@/lib/vendor-ids';
import { ManagedBadge } from './fields';
import type { ConnectionSettingsView } from './PreferencesPanel';

export interface PolicyReportProps {
  settings: ConnectionSettingsView | null;
  /** Why the settings could not be read, if they could not. */
  error?: string | undefined;
}

/** Status page: what the organization's policy sets here, and which of its settings were ignored. */
export function PolicyReport({ settings, error }: PolicyReportProps) {
  return (
    <section class="mpc-panel" aria-labelledby="policy-title" data-testid="policy-report">
      <h3 id="policy-title">Organization policy</h3>
      {error ? (
        <p class="mpc-status--error" role="alert">
          The policy could not be read: {error}
        </p>
      ) : !settings ? (
        <p>Reading the policy…</p>
      ) : (
        <PolicyDetails settings={settings} />
      )}
      <p class="mpc-field__help">
        Your browser checks the policy before the extension sees it: a setting of the wrong type (text where a
        number or true/false belongs, say) never reaches the extension, so it is neither applied nor listed
        here. If a setting your administrator pinned is missing, check its type.
      </p>
    </section>
  );
}

function PolicyDetails({ settings }: { settings: ConnectionSettingsView }) {
  const { managed, policy, policyProblems } = settings;
  const lines: string[] = [];
  if (managed.requirePassphrase) lines.push('A vault passphrase is required.');
  if (managed.autoLockMinutes) lines.push(`The vault locks after ${policy.autoLockMinutes} idle minutes.`);
  for (const vendor of managed.defaultRegions) {
    const region = policy.defaultRegions[vendor as keyof typeof policy.defaultRegions];
    lines.push(`New ${VENDOR_LABELS[vendor as never] ?? vendor} connections start in region ${region}.`);
  }
  for (const pinned of policy.pinnedConnections) {
    lines.push(`Pinned connection “${pinned.name}”: you only enter its secrets.`);
  }
  if (managed.roleCheckerIntegrations) {
    lines.push(
      `The role checker preselects: ${managed.roleCheckerIntegrations.join(', ') || 'nothing'} (on a site you have not chosen for yet; you can change it).`,
    );
  }
  return (
    <>
      {lines.length > 0 ? (
        <div class="mpc-policy" data-testid="policy-in-effect">
          <p>
            <ManagedBadge />
          </p>
          <ul>
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p data-testid="policy-in-effect">No setting is set by your organization.</p>
      )}
      {policyProblems.length > 0 && (
        <div class="mpc-policy mpc-policy--problems" role="alert" data-testid="policy-problems">
          <p>These settings of your organization’s policy were ignored (tell your administrator):</p>
          <ul>
            {policyProblems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
