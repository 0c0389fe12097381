import { useEffect, useState } from 'preact/hooks';
import { BackupPanel, type PreviewResult } from '@/components/connections/BackupPanel';
import {
  ConnectionForm,
  type ConnectionFormValues,
  type SaveProblem,
} from '@/components/connections/ConnectionForm';
import { ConnectionList } from '@/components/connections/ConnectionList';
import { type ConnectionSettingsView, PreferencesPanel } from '@/components/connections/PreferencesPanel';
import type { TestOutcome } from '@/components/connections/TestResult';
import { VaultPanel, type VaultStatusView } from '@/components/connections/VaultPanel';
import { connectionExport, parseBackup, previewImport } from '@/lib/connections/backup';
import { CONNECTION_KINDS, kindOf } from '@/lib/connections/kinds';
import { fromWatchGuardParameters } from '@/lib/connections/paste';
import type {
  ConnectionTestResult,
  MaskedConnection,
  SaveConnectionRequest,
} from '@/lib/connections/schemas';
import { copyText } from '@/lib/extension/clipboard';
import {
  askHostAccess,
  problemOf,
  saveFromForm,
  testFromForm,
  testSaved,
} from '@/lib/extension/connections-page';
import { callBackground } from '@/lib/extension/messaging';
import { commands, type Result } from '@/lib/messaging';
import type { KnownAccessIds } from '@/lib/regions/lint';
import type { StoredConnectionDraft } from '@/lib/regions/schemas';
import type { VendorId } from '@/lib/vendors/http';

interface Editor {
  vendor: VendorId;
  existing: MaskedConnection | null;
  initial: ConnectionFormValues;
  notice?: string;
  /** Opened from the WatchGuard Managed Access draft: cleared once saved. */
  fromDraft: boolean;
}

const asOutcome = (result: Result<ConnectionTestResult>): TestOutcome =>
  result.ok ? { state: 'done', result: result.data } : { state: 'refused', message: result.error.message };

/** The connection is gone either way; data that could not be deleted is said plainly. */
const removalBanner = (result: Result<{ syncedDataCleared: boolean }>): { ok: boolean; text: string } =>
  !result.ok
    ? { ok: false, text: result.error.message }
    : result.data.syncedDataCleared
      ? { ok: true, text: 'Connection removed with its secrets and synced data.' }
      : {
          ok: false,
          text: 'Connection removed with its secrets, but its synced data could not be deleted from this browser.',
        };

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
  const [banner, setBanner] = useState<{ ok: boolean; text: string } | null>(null);

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

  async function vaultAction(run: () => Promise<Result<VaultStatusView>>): Promise<string | null> {
    const result = await run();
    await reload();
    return problemOf(result);
  }

  const previewBackup = (text: string): PreviewResult => {
    const parsed = parseBackup(text);
    if (!parsed.ok) return parsed;
    const current = { connections: connections ?? [], preferences: settings?.preferences };
    return { ...parsed, preview: previewImport(parsed.backup, current) };
  };

  if (editor) {
    return (
      <ConnectionForm
        key={editor.existing?.id ?? `new-${editor.vendor}`}
        vendor={editor.vendor}
        existing={editor.existing}
        initial={editor.initial}
        knownAccessIds={knownAccessIds}
        notice={editor.notice}
        onSave={save}
        onTest={async (values) => asOutcome(await testFromForm(requestOf(editor, values)))}
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
      {vault && settings && (
        <VaultPanel
          status={vault}
          managed={{
            requirePassphrase: settings.managed.requirePassphrase,
            autoLockMinutes: settings.managed.autoLockMinutes,
          }}
          onUnlock={(passphrase) => vaultAction(() => callBackground(commands.unlockVault, { passphrase }))}
          onLock={() => vaultAction(() => callBackground(commands.lockVault, {}))}
          onSetPassphrase={(next, current) =>
            vaultAction(() =>
              callBackground(
                commands.setVaultPassphrase,
                current === undefined ? { next } : { next, current },
              ),
            )
          }
          onRemovePassphrase={(current) =>
            vaultAction(() => callBackground(commands.removeVaultPassphrase, { current }))
          }
          onAutoLockMinutes={async (autoLockMinutes) => {
            const result = await callBackground(commands.savePreferences, {
              ...settings.preferences,
              autoLockMinutes,
            });
            await reload();
            return problemOf(result);
          }}
        />
      )}

      {draft && (
        <div class="mpc-notice" data-testid="connection-draft">
          <p>
            A WatchGuard Cloud connection started on Managed Access ({draft.region.toUpperCase()}) is waiting
            to be finished.
          </p>
          <button type="button" class="mpc-button--primary" onClick={() => openNew('watchguard', true)}>
            Finish it
          </button>
          <button
            type="button"
            onClick={async () => {
              await callBackground(commands.clearConnectionDraft, {});
              setDraft(null);
            }}
          >
            Discard
          </button>
        </div>
      )}

      <section class="mpc-panel" aria-labelledby="connections-title">
        <h3 id="connections-title">Connections</h3>
        <div class="mpc-add">
          {(Object.keys(CONNECTION_KINDS) as VendorId[]).map((vendor) => (
            <button key={vendor} type="button" onClick={() => openNew(vendor)}>
              Add {kindOf(vendor).label}
            </button>
          ))}
        </div>
        {damaged > 0 && (
          <p class="mpc-status--error">
            {damaged} saved connection(s) could not be read and were left untouched on disk.
          </p>
        )}
        {connections && (
          <ConnectionList
            connections={connections}
            tests={tests}
            onEdit={openEdit}
            onTest={async (connection) => {
              setTests((previous) => ({ ...previous, [connection.id]: { state: 'running' } }));
              const outcome = asOutcome(await testSaved(connection));
              setTests((previous) => ({ ...previous, [connection.id]: outcome }));
              await reload();
            }}
            onRename={async (id, name) => {
              const result = await callBackground(commands.renameConnection, { id, name });
              await reload();
              return problemOf(result);
            }}
            onRemove={async (id) => {
              const result = await callBackground(commands.removeConnection, { id });
              setBanner(removalBanner(result));
              await reload();
            }}
            onAskAccess={async (connection) => {
              if (connection.hostOrigin) await askHostAccess(connection.hostOrigin);
              await reload();
            }}
            onCopyJson={async (connection) => {
              const json = JSON.stringify(connectionExport(connection), null, 2);
              const copied = await copyText(json);
              setBanner(
                copied
                  ? { ok: true, text: `Copied “${connection.name}” as JSON (no secrets).` }
                  : { ok: false, text: 'The browser refused to copy; try again after clicking the page.' },
              );
            }}
          />
        )}
      </section>

      {settings && (
        <PreferencesPanel
          settings={settings}
          onSave={async (preferences) => {
            const result = await callBackground(commands.savePreferences, preferences);
            await reload();
            return problemOf(result);
          }}
        />
      )}

      <BackupPanel
        onExport={async () => {
          const result = await callBackground(commands.exportBackup, {});
          if (!result.ok) return result.error.message;
          downloadJson(
            result.data.backup,
            `msp-portal-companion-backup-${new Date().toISOString().slice(0, 10)}.json`,
          );
          return `Exported ${result.data.backup.connections.length} connection(s), without secrets.`;
        }}
        onPreview={previewBackup}
        onImport={async (backup) => {
          const result = await callBackground(commands.importBackup, { backup });
          await reload();
          return result.ok
            ? `Imported: ${result.data.added} added, ${result.data.replaced} replaced, ${result.data.skipped} skipped. Enter the secrets of added connections${result.data.secretsDropped ? ` and of the ${result.data.secretsDropped} whose address changed` : ''}.`
            : result.error.message;
        }}
      />
    </div>
  );
}

function downloadJson(value: unknown, fileName: string): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
