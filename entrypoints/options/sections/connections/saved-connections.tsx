import type { StateUpdater } from 'preact/hooks';
import { ConnectionList } from '@/components/connections/ConnectionList';
import type { TestOutcome } from '@/components/connections/TestResult';
import { connectionExport } from '@/lib/connections/backup';
import { CONNECTION_KINDS, kindOf } from '@/lib/connections/kinds';
import type { ConnectionTestResult, MaskedConnection } from '@/lib/connections/schemas';
import { refusedTestNextStep } from '@/lib/connections/test-refusal';
import { copyText } from '@/lib/extension/clipboard';
import { callBackground } from '@/lib/extension/messaging';
import { commands, type Result } from '@/lib/messaging';
import type { VendorId } from '@/lib/vendor-ids';
import { removalBanner, type ShowBanner } from './banner';
import { askHostAccess, problemOf, testSaved } from './host-access-prompts';
import { ConnectionReadiness } from './readiness';

export const asOutcome = (result: Result<ConnectionTestResult>): TestOutcome =>
  result.ok
    ? { state: 'done', result: result.data }
    : { state: 'refused', message: result.error.message, nextStep: refusedTestNextStep(result.error) };

/** The Connections panel: add buttons, the saved connections and what each row can do. */
export function SavedConnections({
  connections,
  damaged,
  tests,
  setTests,
  onAdd,
  onEdit,
  showBanner,
  reload,
}: {
  connections: MaskedConnection[] | null;
  damaged: number;
  tests: Record<string, TestOutcome>;
  setTests: (update: StateUpdater<Record<string, TestOutcome>>) => void;
  onAdd: (vendor: VendorId) => void;
  onEdit: (id: string) => void;
  showBanner: ShowBanner;
  reload: () => Promise<void>;
}) {
  return (
    <section class="mpc-panel" aria-labelledby="connections-title">
      <h3 id="connections-title">Connections</h3>
      <div class="mpc-add">
        {(Object.keys(CONNECTION_KINDS) as VendorId[]).map((vendor) => (
          <button key={vendor} type="button" onClick={() => onAdd(vendor)}>
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
          readiness={(connection) => <ConnectionReadiness connection={connection} />}
          onEdit={onEdit}
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
            showBanner(removalBanner(result));
            await reload();
          }}
          onAskAccess={async (connection) => {
            if (connection.hostOrigin) await askHostAccess(connection.hostOrigin);
            await reload();
          }}
          onCopyJson={async (connection) => {
            const json = JSON.stringify(connectionExport(connection), null, 2);
            const copied = await copyText(json);
            showBanner(
              copied
                ? { ok: true, text: `Copied “${connection.name}” as JSON (no secrets).` }
                : { ok: false, text: 'The browser refused to copy; try again after clicking the page.' },
            );
          }}
        />
      )}
    </section>
  );
}
