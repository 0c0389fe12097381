import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { callBackground } from '../lib/extension/messaging';
import { commands, type Result } from '../lib/messaging';
import type { ConnectionSyncStatusView } from '../lib/sync/commands';
import { parseSyncEvent, type RunSummary } from '../lib/sync/events';

type StatusData = { connections: ConnectionSyncStatusView[]; scheduledFailures: string[] };

/**
 * The sync status for an extension page (popup, options). It reads the whole state when the page
 * opens, so a page opened mid-sync is right at once, then follows the background's progress
 * events; when a run ends it reads again for the fresh counts.
 */
export function useSyncStatus() {
  const [status, setStatus] = useState<Result<StatusData> | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const reload = useCallback(async () => {
    setStatus(await callBackground(commands.getSyncStatus, {}));
  }, []);

  useEffect(() => {
    void reload();
    const onMessage = (message: unknown): undefined => {
      const event = parseSyncEvent(message);
      if (!event) return;
      if (event.run.status === 'running') setStatus((current) => withLiveRun(current, event.run));
      else void reload();
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [reload]);

  const act = async (result: Promise<Result<unknown>>) => {
    const answer = await result;
    setNotice(answer.ok ? null : answer.error.message);
    await reload();
  };

  return {
    status,
    notice,
    reload,
    syncNow: (connectionId: string | 'all') =>
      act(callBackground(commands.syncNow, connectionId === 'all' ? { all: true } : { connectionId })),
    cancel: (connectionId: string) => act(callBackground(commands.cancelSync, { connectionId })),
    confirmRemovals: (connectionId: string, runId: string) =>
      act(callBackground(commands.confirmRemovals, { connectionId, runId })),
  };
}

function withLiveRun(current: Result<StatusData> | null, run: RunSummary): Result<StatusData> | null {
  if (!current?.ok) return current;
  const connections = current.data.connections.map((status) =>
    status.connection.id === run.connectionId ? { ...status, running: true, activeRun: run } : status,
  );
  return { ok: true, data: { ...current.data, connections } };
}

/** The current time, refreshed every `ms` so "5 min ago" stays true while a page is open. */
export function useNow(ms = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), ms);
    return () => clearInterval(timer);
  }, [ms]);
  return now;
}
