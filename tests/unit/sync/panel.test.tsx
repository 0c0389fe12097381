import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SyncPanel } from '@/components/sync/SyncPanel';
import { EMPTY_COUNTS } from '@/lib/db/records';
import type { ConnectionSyncStatusView } from '@/lib/sync/commands';

let container: HTMLElement;
beforeEach(() => {
  const { document } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  Object.assign(globalThis, { document });
  container = document.getElementById('app') as unknown as HTMLElement;
});
afterEach(() => {
  Reflect.deleteProperty(globalThis, 'document');
});

const now = new Date('2025-03-10T12:00:00.000Z');
const base: ConnectionSyncStatusView = {
  connection: { id: 'm1', vendor: 'cw-manage', name: 'Manage (NA)' },
  running: false,
  activeRun: null,
  lastRun: null,
  lastSuccessAt: null,
  entities: { active: 1200, removed: 3, unmapped: 45 },
  intervalMinutes: 1440,
};
const run = {
  id: 'r1',
  connectionId: 'm1',
  vendor: 'cw-manage' as const,
  trigger: 'manual' as const,
  kinds: ['company' as const],
  startedAt: '2025-03-10T11:00:00.000Z',
  updatedAt: '2025-03-10T11:01:00.000Z',
  resumedTimes: 0,
  issueCount: 0,
};

const confirmed: string[] = [];

function show(connection: ConnectionSyncStatusView): string {
  render(
    <SyncPanel
      status={{ ok: true, data: { connections: [connection] } }}
      now={now}
      onSyncNow={() => undefined}
      onCancel={() => undefined}
      onConfirmRemovals={(connectionId, runId) => confirmed.push(`${connectionId}/${runId}`)}
      detailsHref={() => 'options.html#sync'}
    />,
    container,
  );
  return container.textContent ?? '';
}

describe('the popup sync panel', () => {
  it('shows the last sync, its counts, the unmapped count and the schedule', () => {
    const text = show({
      ...base,
      lastRun: {
        ...run,
        status: 'succeeded',
        phase: 'done',
        finishedAt: '2025-03-10T11:02:00.000Z',
        counts: { ...EMPTY_COUNTS, records: 1200, added: 4, removed: 1 },
      },
    });
    expect(text).toContain('Last sync 58 min ago: Succeeded · 1,200 companies · 4 added · 1 removed');
    expect(text).toContain('45 unmapped of 1,200 · Daily');
    expect(container.querySelector('button')?.textContent).toBe('Sync now');
  });

  it('shows live progress with a cancel button while a run goes on', () => {
    const text = show({
      ...base,
      running: true,
      activeRun: {
        ...run,
        status: 'running',
        phase: 'fetching',
        counts: { ...EMPTY_COUNTS, pages: 2, records: 2000 },
      },
    });
    expect(text).toContain('Reading companies: page 2, 2,000 so far');
    expect(container.querySelector('progress')).not.toBeNull();
    expect(container.querySelector('button')?.textContent).toBe('Cancel');
  });

  it('gives the last error in plain words with a link to the details', () => {
    show({
      ...base,
      lastRun: {
        ...run,
        status: 'failed',
        phase: 'fetching',
        finishedAt: '2025-03-10T11:02:00.000Z',
        counts: EMPTY_COUNTS,
        error: {
          kind: 'auth',
          message: 'ConnectWise Manage did not accept the API key pair.',
          nextStep: 'Check the keys.',
        },
      },
    });
    const alert = container.querySelector('[role="alert"]');
    expect(alert?.textContent).toBe('ConnectWise Manage did not accept the API key pair. Details');
    expect(alert?.querySelector('a')?.getAttribute('href')).toBe('options.html#sync');
  });

  it('says an incomplete run removed nothing, with what to try', () => {
    show({
      ...base,
      lastRun: {
        ...run,
        status: 'incomplete',
        phase: 'fetching',
        finishedAt: '2025-03-10T11:02:00.000Z',
        counts: { ...EMPTY_COUNTS, records: 500 },
        error: {
          kind: 'incomplete-listing',
          message: 'ConnectWise RMM returned the same 500 companies twice.',
          nextStep: 'Set Records Per Request to 500.',
        },
      },
    });
    expect(container.querySelector('[data-testid="sync-last-run"]')?.textContent).toContain('Incomplete');
    expect(container.querySelector('[data-testid="sync-incomplete"]')?.textContent).toBe(
      'ConnectWise RMM returned the same 500 companies twice. Set Records Per Request to 500. Details',
    );
  });

  it('holds a large removal for confirmation, with confirm and sync-again buttons', () => {
    confirmed.length = 0;
    show({
      ...base,
      lastRun: {
        ...run,
        id: 'run-held',
        status: 'succeeded',
        phase: 'done',
        finishedAt: '2025-03-10T11:02:00.000Z',
        counts: { ...EMPTY_COUNTS, records: 160 },
        heldRemovals: { count: 1640, of: 1800 },
      },
    });
    const held = container.querySelector('[data-testid="sync-held-removals"]');
    expect(held?.textContent).toContain('1,640 of 1,800 companies no longer listed');
    const buttons = [...(held?.querySelectorAll('button') ?? [])];
    expect(buttons.map((button) => button.textContent)).toEqual(['Confirm removal', 'Sync again']);
    buttons[0]?.click();
    expect(confirmed).toEqual(['m1/run-held']);
  });
});
