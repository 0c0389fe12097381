import { describe, expect, it } from 'vitest';
import {
  type BackgroundCall,
  type DownloadFile,
  MappingsScreen,
} from '@/entrypoints/options/sections/mappings/MappingsScreen';
import { createBackgroundRouter } from '@/lib/background/router';
import { createMemoryStorageArea } from '@/lib/extension/storage-area';
import { MemoryMappingStore } from '@/lib/mapping/memory-store';
import { left, right } from '../mapping/fixtures';
import { mount } from '../mapping/render';

const entities = [
  left('a1', 'Acme Dental GmbH'),
  left('a2', 'Müller Logistik'),
  left('a3', 'Summit Dental', { externalIds: ['c3'] }),
  left('a4', 'Orion Legal'),
  left('a5', 'ORION LEGAL LLC'),
  right('c1', 'ACME DENTAL'),
  right('c2', 'Muller Logistik Services'),
  right('c3', 'Summit Dentistry'),
  right('c4', 'Orion Legal'),
];

function screen({ refuse }: { refuse?: string } = {}) {
  const route = createBackgroundRouter({
    version: '0.0.0',
    extensionId: 'ext',
    extensionOrigin: 'chrome-extension://ext',
    startedAt: new Date(),
    localStorage: createMemoryStorageArea(),
    mappingSource: {
      store: new MemoryMappingStore({ entities }),
      connections: async () => [
        { id: 'wg', label: 'Accounts', entityCount: 5 },
        { id: 'rmm', label: 'Companies', entityCount: 4 },
      ],
    },
  });
  const call = (async (command, payload) =>
    command.name === refuse
      ? { ok: false, error: { code: 'handler-failed', message: 'The database is busy.' } }
      : route(
          { command: command.name, payload },
          { id: 'ext', url: 'chrome-extension://ext/options.html' },
        )) as BackgroundCall;
  const downloads: DownloadFile[] = [];
  const ui = mount(<MappingsScreen call={call} download={(file) => downloads.push(file)} searchDelay={0} />);
  return { ...ui, downloads };
}

describe('MappingsScreen', () => {
  it('opens on the first two connections with progress, counts and a page of rows', async () => {
    const ui = screen();
    await ui.settle();
    expect(ui.text('[data-testid="mapping-progress"]')).toBe('0 of 5 mapped (0%)');
    expect(ui.texts('.mpc-filter')).toEqual([
      'All 5',
      'Mapped 0',
      'Unmapped 0',
      'Suggested 3',
      'Conflicts 2',
      'Removed since last sync 0',
    ]);
    expect(ui.texts('[data-testid="mapping-row"] .mpc-name').slice(0, 2)).toEqual([
      'Acme Dental GmbH',
      'ACME DENTAL',
    ]);
    expect(ui.text('[data-testid="pager-range"]')).toBe('Rows 1–5 of 5');
  });

  it('accepts a suggestion, says so, and offers to undo it', async () => {
    const ui = screen();
    await ui.settle();
    await ui.click('Accept Muller Logistik Services for Müller Logistik');
    expect(ui.text('[data-testid="mapping-status"]')).toBe(
      'Mapped Müller Logistik to Muller Logistik Services.',
    );
    expect(ui.text('[data-testid="mapping-progress"]')).toBe('1 of 5 mapped (20%)');
    await ui.click('Undo: Accept (1 mapped)');
    expect(ui.text('[data-testid="mapping-status"]')).toBe('Undone: Accept (1 mapped).');
    expect(ui.text('[data-testid="mapping-progress"]')).toBe('0 of 5 mapped (0%)');
    expect(ui.button('Undo').disabled).toBe(true);
  });

  it('bulk-accepts the confident suggestions in view', async () => {
    const ui = screen();
    await ui.settle();
    await ui.click('Accept 2 suggestions scoring 90% or more');
    expect(ui.text('[data-testid="mapping-status"]')).toBe('Accepted 2 suggestions.');
    expect(ui.text('[data-testid="mapping-progress"]')).toBe('2 of 5 mapped (40%)');
  });

  it('filters and searches', async () => {
    const ui = screen();
    await ui.settle();
    await ui.click(/^Conflicts/);
    expect(ui.texts('[data-testid="mapping-row"] td:first-child .mpc-name')).toEqual([
      'Orion Legal',
      'ORION LEGAL LLC',
    ]);
    await ui.click(/^All/);
    await ui.type('input[type="search"]', 'muller');
    expect(ui.texts('[data-testid="mapping-row"] td:first-child .mpc-name')).toEqual(['Müller Logistik']);
  });

  it('asks before moving a company from another account, then moves it', async () => {
    const ui = screen();
    await ui.settle();
    await ui.click('Accept Orion Legal for Orion Legal');
    await ui.click('Accept Orion Legal for ORION LEGAL LLC');
    expect(ui.text('.mpc-confirm legend')).toBe(
      'Orion Legal is already mapped to Orion Legal. Move it to this row?',
    );
    await ui.click('Move it here');
    expect(ui.text('[data-testid="mapping-status"]')).toBe(
      'Mapped ORION LEGAL LLC to Orion Legal (taken from another account).',
    );
    expect(ui.root.querySelector('.mpc-confirm')).toBeNull();
  });

  it('exports through the download callback', async () => {
    const ui = screen();
    await ui.settle();
    await ui.click('Export CSV');
    expect(ui.downloads).toHaveLength(1);
    expect(ui.downloads[0]).toMatchObject({
      mimeType: 'text/csv',
      fileName: expect.stringMatching(/\.csv$/),
    });
    expect(ui.text('[data-testid="mapping-status"]')).toMatch(/^Exported mappings-wg-rmm-/);
  });

  it('shows a refusal from the background in the alert line', async () => {
    const ui = screen({ refuse: 'mappingApplyAction' });
    await ui.settle();
    await ui.click('Reject ACME DENTAL for Acme Dental GmbH');
    expect(ui.text('[data-testid="mapping-error"]')).toBe('The database is busy.');
    expect(ui.text('[data-testid="mapping-status"]')).toBe('');
  });
});
