import { useEffect, useState } from 'preact/hooks';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type CompanyIdOutcome, SetupLint } from '@/components/readiness/SetupLint';
import { callBackground } from '@/lib/extension/messaging';
import { portalReadinessCommands } from '@/lib/readiness/portal-commands';
import { companyIdVerdict } from '@/lib/readiness/threatlocker/company-verdict';
import {
  lintThreatLockerSetupForm,
  readThreatLockerSetupForm,
  type ThreatLockerSetupForm,
} from '@/lib/readiness/threatlocker/page/setup-form';

/** The form's changes come in bursts (typing): read once a burst settles. */
const SETTLE_MS = 200;

/**
 * Runs in: the ThreatLocker portal (content script). The lint beside the portal's ConnectWise
 * form: the server choice, and the Company ID checked by the background on a person's click
 * (the overlay takes only trusted events). Only the server choice, the on-premise address and
 * the Company ID leave the page; the key boxes are read only as "filled or not". The page can
 * fake its form: what it shows is advice, never a gate.
 */
export function PortalSetupLint({ ctx }: { ctx: ContentScriptContext }) {
  const [form, setForm] = useState<ThreatLockerSetupForm | null>(() => readThreatLockerSetupForm(document));
  const [outcome, setOutcome] = useState<CompanyIdOutcome>({ state: 'idle' });

  useEffect(() => {
    let pending: number | undefined;
    const read = () => {
      pending = undefined;
      setForm(readThreatLockerSetupForm(document));
    };
    const schedule = () => {
      if (pending === undefined) pending = ctx.setTimeout(read, SETTLE_MS);
    };
    const observer = new MutationObserver(schedule);
    observer.observe(document.body, { childList: true, subtree: true, attributes: true });
    ctx.addEventListener(document, 'input', schedule, { capture: true });
    ctx.addEventListener(document, 'change', schedule, { capture: true });
    return () => observer.disconnect();
  }, [ctx]);

  const formKey = form ? `${form.server}|${form.onPremUrl}|${form.companyId}` : '';
  // A changed server or ID makes the last answer stale.
  useEffect(() => setOutcome({ state: 'idle' }), [formKey]);

  if (!form) {
    return (
      <p data-testid="portal-setup-lint-gone">The ConnectWise setup form is not on this page any more.</p>
    );
  }
  const lint = lintThreatLockerSetupForm(form);
  const companyId = form.companyId.trim();

  async function check() {
    if (!form?.server) return;
    setOutcome({ state: 'checking' });
    const result = await callBackground(portalReadinessCommands.checkPortalCompanyId, {
      server: form.server,
      ...(form.server === 'on-premise' ? { onPremUrl: lint.siteUrl ?? form.onPremUrl } : {}),
      companyId,
    });
    if (!result.ok) return setOutcome({ state: 'failed', text: result.error.message });
    const verdict = companyIdVerdict({ ...result.data, companyId });
    setOutcome({ state: result.data.known ? 'known' : 'unknown', text: verdict.detail });
  }

  return (
    <div class="mpc-portal-lint" data-testid="portal-setup-lint">
      <SetupLint
        integration="ThreatLocker"
        server={lint.server}
        companyId={lint.companyId?.ok ? companyId : ''}
        outcome={outcome}
        onCheck={check}
      />
      {lint.companyId && (
        <p class={lint.companyId.ok ? '' : 'mpc-status--error'} data-testid="portal-setup-lint-company-id">
          {lint.companyId.text}
        </p>
      )}
      <p class="mpc-muted">Advice only: ThreatLocker's own “Validate and Save” decides.</p>
    </div>
  );
}
