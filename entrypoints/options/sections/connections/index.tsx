import { useEffect, useState } from 'preact/hooks';
import {
  ConnectionForm,
  type ConnectionFormValues,
  type SaveProblem,
} from '@/components/connections/ConnectionForm';
import type { ConnectionSettingsView } from '@/components/connections/PreferencesPanel';
import type { TestOutcome } from '@/components/connections/TestResult';
import type { VaultStatusView } from '@/components/connections/VaultPanel';
import { kindOf } from '@/lib/connections/kinds';
import type { LastListingRun } from '@/lib/connections/kinds/records-per-request';
import { fromWatchGuardParameters } from '@/lib/connections/paste';
import type { MaskedConnection, SaveConnectionRequest } from '@/lib/connections/schemas';
import { callBackground } from '@/lib/extension/messaging';
import { commands } from '@/lib/messaging';
import type { KnownAccessIds } from '@/lib/regions/lint';
import type { StoredConnectionDraft } from '@/lib/regions/schemas';
import type { VendorId } from '@/lib/vendor-ids';
import { BackupAndRestore } from './backup';
import type { Banner } from './banner';
import { PendingDraft } from './draft';
import { saveFromForm, testFromForm } from './host-access-prompts';
import { InvitationSection } from './invitation';
import { lastRunOf } from './last-run';
import { ConnectionPreferences } from './preferences';
import { asOutcome, SavedConnections } from './saved-connections';
import { ThreatLockerSetupLint } from './setup-lint';
import { VaultSettings } from './vault';

interface Editor {
  vendor: VendorId;
  existing: MaskedConnection | null;
  initial: ConnectionFormValues;
  notice?: string;
  /** Opened from the WatchGuard Managed Access draft: cleared once saved. */
  fromDraft: boolean;
  /** The edited connection's last sync run (Records Per Request lint). */
  lastRun?: LastListingRun | null;
}

/** Options › Connections: the vault, saved connections, the add/edit form, preferences, backup. */
export function ConnectionsSection() {
  const [connections, setConnections] = useState<MaskedConnection[] | null>(null);
  const [damaged, setDamaged] = useState(0);
  const [vault, setVault] = useState<VaultStatusView | null>(null);
  const [settings, setSettings] = useState<ConnectionSettingsView | null>(null);
  const [draft, setDraft] = useState<StoredConnectionDraft | null>(null);
  const [knownAccessIds, setKnownAccessIds] = useState<KnownAccessIds[]>([]);
  const [editor, setEditor] = useState<Editor | null>(null);
  const [tests, setTests] = useState<Record<string, TestOutcome>>({});
  const [banner, setBanner] = useState<Banner | null>(null);

  async function reload() {
    const [list, status, prefs] = await Promise.all([
      callBackground(commands.listConnections, {}),
      callBackground(commands.getVaultStatus, {}),
      callBackground(commands.getConnectionSettings, {}),
    ]);
    if (list.ok) {
      setConnections(list.data.connections);
      setDamaged(list.data.damaged);
    } else setBanner({ ok: false, text: list.error.message });
    if (status.ok) setVault(status.data);
    if (prefs.ok) setSettings(prefs.data);
  }

  useEffect(() => {
    void reload();
    void callBackground(commands.getConnectionDraft, {}).then(
      (result) => result.ok && setDraft(result.data.draft),
    );
    void callBackground(commands.listKnownAccessIds, {}).then(
      (result) => result.ok && setKnownAccessIds(result.data.accessIds),
    );
  }, []);

  function openNew(vendor: VendorId, useDraft = vendor === 'watchguard' && Boolean(draft)) {
    const kind = kindOf(vendor);
    const region =
      settings?.effective.defaultRegions[
        vendor as keyof ConnectionSettingsView['effective']['defaultRegions']
      ];
    const defaults = kind.defaults(region, settings?.managed.roleCheckerIntegrations ?? []) as Record<
      string,
      unknown
    >;
    const fromDraft = useDraft && draft ? fromWatchGuardParameters(draft) : null;
    setTests({});
    setEditor({
      vendor,
      existing: null,
      initial: {
        name: '',
        settings: { ...defaults, ...fromDraft?.settings },
        secrets: { ...fromDraft?.secrets },
      },
      ...(fromDraft
        ? { notice: 'Prefilled from WatchGuard Cloud › Managed Access. Type the Access Password yourself.' }
        : {}),
      fromDraft: Boolean(fromDraft),
    });
  }

  function openEdit(id: string) {
    const existing = connections?.find((connection) => connection.id === id);
    if (!existing) return;
    setEditor({
      vendor: existing.vendor,
      existing,
      initial: { name: existing.name, settings: existing.settings as Record<string, unknown>, secrets: {} },
      fromDraft: false,
    });
    void lastRunOf(id).then((lastRun) =>
      setEditor((current) => (current?.existing?.id === id ? { ...current, lastRun } : current)),
    );
  }

  const requestOf = (current: Editor, values: ConnectionFormValues) =>
    ({
      ...(current.existing ? { id: current.existing.id } : {}),
      vendor: current.vendor,
      name: values.name,
      settings: values.settings,
      secrets: values.secrets,
    }) as SaveConnectionRequest;

  async function save(values: ConnectionFormValues): Promise<SaveProblem | null> {
    if (!editor) return null;
    const outcome = await saveFromForm(requestOf(editor, values));
    if (!outcome.ok)
      return { message: outcome.message, ...(outcome.fields ? { fields: outcome.fields } : {}) };
    if (editor.fromDraft) {
      await callBackground(commands.clearConnectionDraft, {});
      setDraft(null);
    }
    setEditor(null);
    setBanner(
      outcome.deniedOrigin
        ? {
            ok: false,
            text: `Saved “${outcome.connection.name}”, but access to ${outcome.deniedOrigin} was not allowed.`,
          }
        : { ok: true, text: `Saved “${outcome.connection.name}”.` },
    );
    await reload();
    return null;
  }

  if (editor) {
    return (
      <ConnectionForm
        key={editor.existing?.id ?? `new-${editor.vendor}`}
        vendor={editor.vendor}
        existing={editor.existing}
        initial={editor.initial}
        knownAccessIds={knownAccessIds}
        lastRun={editor.lastRun}
        notice={editor.notice}
        onSave={save}
        onTest={async (values) => asOutcome(await testFromForm(requestOf(editor, values)))}
        {...(editor.vendor === 'cw-manage'
          ? {
              settingsAside: (settings: Record<string, unknown>) => (
                <ThreatLockerSetupLint settings={settings} />
              ),
            }
          : {})}
        onCancel={() => setEditor(null)}
      />
    );
  }

  return (
    <div class="mpc-connections-section">
      {banner && (
        <p
          class={banner.ok ? 'mpc-status--ok' : 'mpc-status--error'}
          role="status"
          data-testid="connections-banner"
        >
          {banner.text}
        </p>
      )}
      {vault && settings && <VaultSettings vault={vault} settings={settings} reload={reload} />}
      {draft && (
        <PendingDraft
          draft={draft}
          onFinish={() => openNew('watchguard', true)}
          onDiscarded={() => setDraft(null)}
        />
      )}
      <SavedConnections
        connections={connections}
        damaged={damaged}
        tests={tests}
        setTests={setTests}
        onAdd={(vendor) => openNew(vendor)}
        onEdit={openEdit}
        showBanner={setBanner}
        reload={reload}
      />
      <InvitationSection connections={connections} />
      {settings && <ConnectionPreferences settings={settings} reload={reload} />}
      <BackupAndRestore connections={connections} settings={settings} reload={reload} />
    </div>
  );
}
