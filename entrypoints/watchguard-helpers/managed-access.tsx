import { useEffect, useState } from 'preact/hooks';
import { type DraftState, ManagedAccessPanel } from '@/components/regions/ManagedAccessPanel';
import { copyText } from '@/lib/extension/clipboard';
import { callBackground } from '@/lib/extension/messaging';
import { commands } from '@/lib/messaging';
import {
  accessIdPairOf,
  type ManagedAccessKey,
  type ManagedAccessValues,
  managedAccessBlock,
  managedAccessDraft,
  managedAccessRows,
  regionWarning,
  WATCHGUARD_REGIONS,
  type WatchGuardRegion,
} from '@/lib/regions';

export interface ManagedAccessProps {
  region: WatchGuardRegion;
  values: ManagedAccessValues;
  masked: ManagedAccessKey[];
}

/** Managed Access: remembers which access ID is read-only, copies, and starts a connection. */
export function ManagedAccess({ region, values, masked }: ManagedAccessProps) {
  const [draft, setDraft] = useState<DraftState>({ status: 'idle' });
  const [remembered, setRemembered] = useState(false);
  const pair = accessIdPairOf(values, region);

  useEffect(() => {
    if (!pair) return;
    callBackground(commands.rememberAccessIds, pair).then((result) => setRemembered(result.ok));
  }, [pair?.readOnly, pair?.readWrite]);

  async function createConnection() {
    setDraft({ status: 'saving' });
    const result = await callBackground(
      commands.saveConnectionDraft,
      managedAccessDraft(values, region, location.href),
    );
    setDraft(result.ok ? { status: 'saved' } : { status: 'failed', message: result.error.message });
  }

  return (
    <ManagedAccessPanel
      regionLabel={WATCHGUARD_REGIONS[region].label}
      rows={managedAccessRows(values, masked, region)}
      warning={regionWarning(values, region) ?? undefined}
      footnote={
        remembered
          ? 'The read-only access ID is remembered on this computer: pasting it into a connection form gets flagged.'
          : undefined
      }
      block={managedAccessBlock(values, region)}
      draft={draft}
      onCopy={copyText}
      onCreateConnection={createConnection}
    />
  );
}
