import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { z } from 'zod';
import type {
  ConnectionSummary,
  ImportPreviewView,
  MappingAction,
  PairPage,
  RowSort,
  ViewQuery,
} from '@/lib/mapping/schemas';
import type { MappingSettings } from '@/lib/mapping/settings';
import type { ConnectionPair } from '@/lib/mapping/store';
import { type CommandDefinition, commands, type Result } from '@/lib/messaging';
import { ChangeBar } from '../../../../components/mappings/ChangeBar';
import { FilePanel } from '../../../../components/mappings/FilePanel';
import { FilterBar } from '../../../../components/mappings/FilterBar';
import { ImportPreview } from '../../../../components/mappings/ImportPreview';
import { MappingSettingsForm } from '../../../../components/mappings/MappingSettingsForm';
import { MappingTable } from '../../../../components/mappings/MappingTable';
import { Pager } from '../../../../components/mappings/Pager';
import { PairPicker } from '../../../../components/mappings/PairPicker';
import type { TargetOption } from '../../../../components/mappings/TargetPicker';

/** `callBackground` in the extension; tests pass a router in memory. */
export type BackgroundCall = <Req extends z.ZodType, Res extends z.ZodType>(
  command: CommandDefinition<string, Req, Res>,
  payload: z.input<Req>,
) => Promise<Result<z.infer<Res>>>;

export interface DownloadFile {
  fileName: string;
  mimeType: string;
  content: string;
}

export interface MappingsScreenProps {
  call: BackgroundCall;
  download: (file: DownloadFile) => void;
  /** Milliseconds between the last keystroke and the search; tests pass 0. */
  searchDelay?: number;
}

type Status = { kind: 'info' | 'error'; text: string };
type MoveAction = Extract<MappingAction, { kind: 'accept' | 'reassign' }>;
interface Importing {
  fileName: string;
  content: string;
  preview: ImportPreviewView;
}

const FIRST_PAGE: ViewQuery = {
  filter: 'all',
  search: '',
  sort: 'name',
  direction: 'asc',
  offset: 0,
  limit: 50,
};

/**
 * Options → Mappings: pick two connections, then review and edit how the left one's entities
 * map to the right one's. The background holds the table; this asks for one page at a time.
 */
export function MappingsScreen({ call, download, searchDelay = 250 }: MappingsScreenProps) {
  const [connections, setConnections] = useState<ConnectionSummary[] | null>(null);
  const [pair, setPair] = useState<ConnectionPair | null>(null);
  const [query, setQuery] = useState<ViewQuery>(FIRST_PAGE);
  const [searchText, setSearchText] = useState('');
  const [view, setView] = useState<{ page: PairPage; settings: MappingSettings } | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);
  const [pendingMove, setPendingMove] = useState<{ action: MoveAction; message: string } | null>(null);
  const [pickerFor, setPickerFor] = useState<string | null>(null);
  const [importing, setImporting] = useState<Importing | null>(null);
  const [reloads, setReloads] = useState(0);
  const refreshNext = useRef(false);
  const latestView = useRef(0);

  const fail = (error: { message: string }) => setStatus({ kind: 'error', text: error.message });
  const reload = (refresh = false) => {
    refreshNext.current ||= refresh;
    setReloads((n) => n + 1);
  };

  useEffect(() => {
    call(commands.mappingConnections, {}).then((result) => {
      if (!result.ok) return fail(result.error);
      setConnections(result.data.connections);
      const [first, second] = result.data.connections;
      if (first && second) setPair({ leftConnectionId: first.id, rightConnectionId: second.id });
    });
  }, [call]);

  useEffect(() => {
    const timer = setTimeout(
      () =>
        setQuery((current) =>
          current.search === searchText ? current : { ...current, search: searchText, offset: 0 },
        ),
      searchDelay,
    );
    return () => clearTimeout(timer);
  }, [searchText, searchDelay]);

  // `reloads` is a dependency so that reload() asks for the same page again.
  useEffect(() => {
    if (!pair) return;
    // Only the newest request may fill the table: answers can overtake each other while typing.
    const id = ++latestView.current;
    const refresh = refreshNext.current;
    refreshNext.current = false;
    call(commands.mappingPairView, { pair, query, refresh }).then((result) => {
      if (id !== latestView.current) return;
      if (result.ok) setView(result.data);
      else fail(result.error);
    });
  }, [call, pair, query, reloads]);

  /** Runs one edit with the controls disabled; the table reloads after a success. */
  async function edit<T>(work: () => Promise<Result<T>>, done: (data: T) => string | undefined) {
    setBusy(true);
    try {
      const result = await work();
      if (!result.ok) return result;
      const text = done(result.data);
      if (text) setStatus({ kind: 'info', text });
      reload();
      return result;
    } finally {
      setBusy(false);
    }
  }

  async function act(action: MappingAction) {
    if (!pair) return;
    setPendingMove(null);
    const result = await edit(
      () => call(commands.mappingApplyAction, { pair, action }),
      (data) => {
        setPickerFor(null);
        return data.summary;
      },
    );
    if (result.ok) return;
    if (result.error.detail?.needsMove && (action.kind === 'accept' || action.kind === 'reassign')) {
      setPendingMove({ action: { ...action, moveFromOthers: true }, message: result.error.message });
    } else fail(result.error);
  }

  async function undo() {
    if (!pair) return;
    const result = await edit(
      () => call(commands.mappingUndo, { pair }),
      (data) => data.summary,
    );
    if (!result.ok) fail(result.error);
  }

  async function exportFile(format: 'csv' | 'json') {
    if (!pair) return;
    setBusy(true);
    const result = await call(commands.mappingExport, { pair, format });
    setBusy(false);
    if (!result.ok) return fail(result.error);
    download(result.data);
    setStatus({ kind: 'info', text: `Exported ${result.data.fileName}.` });
  }

  async function previewImport(fileName: string, content: string, note?: string) {
    if (!pair) return;
    setBusy(true);
    const result = await call(commands.mappingImportPreview, { pair, fileName, content });
    setBusy(false);
    if (!result.ok) {
      setImporting(null);
      return fail({ message: `${fileName}: ${result.error.message}` });
    }
    setImporting({ fileName, content, preview: result.data });
    setStatus(note ? { kind: 'error', text: note } : null);
  }

  async function confirmImport() {
    if (!pair || !importing) return;
    const { fileName, content, preview } = importing;
    const result = await edit(
      () => call(commands.mappingImportApply, { pair, fileName, content, digest: preview.digest }),
      (data) => {
        setImporting(null);
        return data.summary;
      },
    );
    if (result.ok) return;
    if (result.error.detail?.stale) await previewImport(fileName, content, result.error.message);
    else fail(result.error);
  }

  async function saveSettings(settings: MappingSettings) {
    if (!pair) return;
    const result = await edit(
      () => call(commands.mappingSaveSettings, { pair, settings }),
      () => 'Settings saved.',
    );
    if (!result.ok) fail(result.error);
  }

  const searchTargets = useCallback(
    async (text: string): Promise<TargetOption[]> => {
      if (!pair) return [];
      const result = await call(commands.mappingTargets, { pair, search: text, limit: 20 });
      return result.ok ? result.data.targets : [];
    },
    [call, pair],
  );

  const choosePair = (next: ConnectionPair) => {
    setPair(next);
    setView(null);
    setImporting(null);
    setPickerFor(null);
    setPendingMove(null);
    setSearchText('');
    setQuery(FIRST_PAGE);
  };
  const sortBy = (sort: RowSort) =>
    setQuery((current) => ({
      ...current,
      sort,
      direction:
        current.sort === sort
          ? current.direction === 'asc'
            ? 'desc'
            : 'asc'
          : sort === 'score'
            ? 'desc'
            : 'asc',
      offset: 0,
    }));
  const label = (id: string | undefined) =>
    connections?.find((connection) => connection.id === id)?.label ?? id ?? '';

  if (!connections) {
    return status ? <StatusLine status={status} /> : <p class="mpc-note">Loading connections…</p>;
  }
  if (connections.length < 2) {
    return (
      <p class="mpc-note">
        Mapping needs two connections with synced entities. Sync a second connection first.
      </p>
    );
  }
  return (
    <div class="mpc-mappings">
      <PairPicker connections={connections} pair={pair} onChange={choosePair} />
      <StatusLine status={status} />
      {pendingMove && (
        <fieldset class="mpc-confirm">
          <legend>{pendingMove.message} Move it to this row?</legend>
          <button type="button" class="mpc-primary" disabled={busy} onClick={() => act(pendingMove.action)}>
            Move it here
          </button>
          <button type="button" disabled={busy} onClick={() => setPendingMove(null)}>
            Cancel
          </button>
        </fieldset>
      )}
      {pair && !view && <p class="mpc-note">Loading the table…</p>}
      {pair && view && (
        <>
          <FilterBar
            counts={view.page.counts}
            progress={view.page.progress}
            filter={query.filter}
            search={searchText}
            onFilter={(filter) => setQuery((current) => ({ ...current, filter, offset: 0 }))}
            onSearch={setSearchText}
          />
          <ChangeBar
            bulkEligible={view.page.bulkEligible}
            bulkThreshold={view.settings.bulkThreshold}
            lastChange={view.page.lastChange}
            busy={busy}
            onBulkAccept={() =>
              act({
                kind: 'bulk-accept',
                threshold: view.settings.bulkThreshold,
                filter: query.filter,
                search: query.search,
              })
            }
            onUndo={undo}
          />
          <MappingTable
            rows={view.page.rows}
            leftLabel={label(pair.leftConnectionId)}
            rightLabel={label(pair.rightConnectionId)}
            sort={query.sort}
            direction={query.direction}
            busy={busy}
            pickerFor={pickerFor}
            onSort={sortBy}
            onAction={act}
            onPicker={setPickerFor}
            searchTargets={searchTargets}
          />
          <Pager
            offset={view.page.offset}
            limit={query.limit}
            total={view.page.total}
            onPage={(offset) => setQuery((current) => ({ ...current, offset }))}
            onLimit={(limit) => setQuery((current) => ({ ...current, limit, offset: 0 }))}
          />
          <div class="mpc-changes">
            <button type="button" disabled={busy} onClick={() => reload(true)}>
              Reload after a sync
            </button>
          </div>
          <FilePanel
            busy={busy}
            onExport={exportFile}
            onImportFile={(file) => file.text().then((content) => previewImport(file.name, content))}
          />
          {importing && (
            <ImportPreview
              preview={importing.preview}
              busy={busy}
              onConfirm={confirmImport}
              onCancel={() => setImporting(null)}
            />
          )}
          <MappingSettingsForm settings={view.settings} busy={busy} onSave={saveSettings} />
        </>
      )}
    </div>
  );
}

function StatusLine({ status }: { status: Status | null }) {
  // Both regions stay in the page, so screen readers announce what appears in them.
  return (
    <>
      <p class="mpc-status mpc-status--ok" role="status" data-testid="mapping-status">
        {status?.kind === 'info' ? status.text : ''}
      </p>
      <p class="mpc-status mpc-status--error" role="alert" data-testid="mapping-error">
        {status?.kind === 'error' ? status.text : ''}
      </p>
    </>
  );
}
