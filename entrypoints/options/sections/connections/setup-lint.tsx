import { useEffect, useState } from 'preact/hooks';
import { type CompanyIdOutcome, SetupLint } from '@/components/readiness/SetupLint';
import { manageSiteUrl } from '@/lib/connections/kinds/cw-manage';
import { callBackground } from '@/lib/extension/messaging';
import { commands } from '@/lib/messaging';
import { companyIdVerdict } from '@/lib/readiness/threatlocker/company-verdict';
import { threatLockerServerChoice } from '@/lib/readiness/threatlocker/setup-lint';

/** In the Manage connection form, when it serves ThreatLocker: the server choice and a live Company ID check. */
export function ThreatLockerSetupLint({ settings }: { settings: Record<string, unknown> }) {
  const [outcome, setOutcome] = useState<CompanyIdOutcome>({ state: 'idle' });
  const companyId = typeof settings.companyId === 'string' ? settings.companyId : '';
  const server = threatLockerServerChoice(settings);
  const siteKey = `${String(settings.hosting)}|${String(settings.region)}|${String(settings.onPremUrl)}|${companyId}`;
  // A changed server or ID makes the last answer stale.
  useEffect(() => setOutcome({ state: 'idle' }), [siteKey]);
  const integrations = Array.isArray(settings.integrations) ? settings.integrations : [];
  if (!integrations.includes('threatlocker-psa')) return null;

  async function check() {
    setOutcome({ state: 'checking' });
    let siteUrl: string;
    try {
      siteUrl = manageSiteUrl(settings as Parameters<typeof manageSiteUrl>[0]);
    } catch {
      return setOutcome({ state: 'failed', text: 'Enter a valid server address first.' });
    }
    const result = await callBackground(commands.checkManageCompanyId, {
      siteUrl,
      companyId: companyId.trim(),
    });
    if (!result.ok) return setOutcome({ state: 'failed', text: result.error.message });
    const verdict = companyIdVerdict({ ...result.data, companyId: companyId.trim() });
    setOutcome({ state: result.data.known ? 'known' : 'unknown', text: verdict.detail });
  }

  return (
    <SetupLint
      integration="ThreatLocker"
      server={server}
      companyId={companyId}
      outcome={outcome}
      onCheck={check}
    />
  );
}
