import type { LastListingRun } from '@/lib/connections/kinds/records-per-request';
import { callBackground } from '@/lib/extension/messaging';
import { commands } from '@/lib/messaging';

/** A saved connection's last sync run, or null when it has none or the background cannot say. */
export async function lastRunOf(connectionId: string): Promise<LastListingRun | null> {
  const status = await callBackground(commands.getSyncStatus, {});
  if (!status.ok) return null;
  return status.data.connections.find((entry) => entry.connection.id === connectionId)?.lastRun ?? null;
}
