import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PortalLintOptIn } from '@/components/readiness/PortalLintOptIn';
import { callBackground } from '@/lib/extension/messaging';
import { THREATLOCKER_PORTAL_MATCHES } from '@/lib/hosts';
import { commands } from '@/lib/messaging';
import { requestHostAccess } from './host-access-prompts';

const PORTAL_ORIGIN = 'https://portal.threatlocker.com';
const origins = [...THREATLOCKER_PORTAL_MATCHES];

/**
 * Options › Connections › Readiness (ThreatLocker): the opt-in for the portal form lint. The
 * grant is the switch: the background registers the portal's script while the host is granted
 * (and unregisters it when the grant goes, here or in the browser's settings).
 */
export function ThreatLockerPortalOptIn() {
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    void browser.permissions.contains({ origins }).then(setEnabled, () => setEnabled(false));
  }, []);

  async function change(wanted: boolean) {
    setBusy(true);
    setProblem(null);
    // The prompt first: browsers show it only during the click.
    const granted = wanted
      ? await requestHostAccess(PORTAL_ORIGIN)
      : !(await browser.permissions.remove({ origins }).catch(() => false));
    const refreshed = await callBackground(commands.refreshHostAccess, {});
    const now = await browser.permissions.contains({ origins }).catch(() => granted);
    setEnabled(now);
    if (wanted && !now) setProblem(`Your browser did not allow access to ${new URL(PORTAL_ORIGIN).host}.`);
    else if (!refreshed.ok) setProblem(refreshed.error.message);
    setBusy(false);
  }

  return (
    <PortalLintOptIn
      enabled={enabled}
      host={new URL(PORTAL_ORIGIN).host}
      busy={busy}
      problem={problem}
      onChange={(wanted) => void change(wanted)}
    />
  );
}
