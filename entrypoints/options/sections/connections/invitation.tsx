import '@/components/regions/regions.css';
import { InvitationPaste } from '@/components/regions/InvitationPaste';
import type { MaskedConnection } from '@/lib/connections/schemas';
import { copyText } from '@/lib/extension/clipboard';
import { WATCHGUARD_REGIONS, type WatchGuardRegion } from '@/lib/regions/catalogue';

/** The regions of the saved WatchGuard connections, by account: the invitation's region lint. */
function knownAccountsOf(connections: readonly MaskedConnection[] | null) {
  const known: { accountId: string; region: WatchGuardRegion }[] = [];
  for (const connection of connections ?? []) {
    if (connection.vendor !== 'watchguard') continue;
    const { accountId, region } = connection.settings as { accountId?: string; region?: string };
    if (accountId && region && region in WATCHGUARD_REGIONS)
      known.push({ accountId, region: region as WatchGuardRegion });
  }
  return known;
}

/** Options › Connections: the device-user invitation reader for the WatchGuard RMM plug-in. */
export function InvitationSection({ connections }: { connections: readonly MaskedConnection[] | null }) {
  return <InvitationPaste knownAccounts={knownAccountsOf(connections)} onCopy={copyText} />;
}
