import { describe, expect, it } from 'vitest';
import { toCsv } from '@/lib/mapping/csv';
import { type ImportContext, previewImport } from '@/lib/mapping/import-preview';
import { CSV_COLUMNS, exportMappings, readMappingFile } from '@/lib/mapping/mapping-file';
import { left, mapping, PAIR, right } from './fixtures';

const NOW = new Date('2026-02-01T10:00:00.000Z');
const acme = left('a1', 'Acme Dental GmbH');
const formula = left('a2', '=HYPERLINK("http://evil")');
const summit = left('a3', 'Summit, "The" Dental');
const orion = left('a4', 'Orion Legal');
const gone = left('a5', 'Gone Away', { removedAt: '2026-01-06T09:00:00.000Z' });
const cAcme = right('c1', 'ACME DENTAL');
const cSummit = right('c3', 'Summit Dentistry');
const cOrion = right('c4', 'Orion Legal');
const cSpare = right('c5', '@Home Networks');

const data = {
  left: [acme, formula, summit, orion, gone],
  right: [cAcme, cSummit, cOrion, cSpare],
  mappings: [
    mapping(acme, cAcme, { origin: 'auto', confidence: 1, createdBy: 'auto-mapping', note: 'n, "q"' }),
    mapping(orion, cOrion),
  ],
};
const labels = { left: 'WatchGuard', right: 'RMM' };
const context = (extra: Partial<ImportContext> = {}): ImportContext => ({
  pair: PAIR,
  ...data,
  oneToOne: true,
  by: 'import test.csv',
  now: NOW,
  ...extra,
});
const header = CSV_COLUMNS.join(',');
const csv = (...lines: string[]) => [header, ...lines].join('\n');
const line = (leftId: string, rightId = '', note = '') =>
  `wg,account,${leftId},,rmm,${rightId ? 'company' : ''},${rightId},,,,,,${note}`;

describe('exportMappings', () => {
  it('writes every left entity with its mapping under the documented columns, formula-safe', () => {
    const file = exportMappings(PAIR, data, 'csv', labels, NOW);
    expect(file).toMatchObject({ fileName: 'mappings-wg-rmm-2026-02-01.csv', mimeType: 'text/csv' });
    const lines = file.content.split('\r\n');
    expect(lines[0]).toBe(`\uFEFF${header}`);
    expect(lines).toContain(
      `wg,account,a1,Acme Dental GmbH,rmm,company,c1,ACME DENTAL,auto,1,auto-mapping,${data.mappings[0]!.createdAt},"n, ""q"""`,
    );
    expect(lines).toContain(`wg,account,a2,"'=HYPERLINK(""http://evil"")",,,,,,,,,`);
    expect(lines.filter(Boolean)).toHaveLength(6);
  });

  it('writes JSON with the format tag, and both formats read back to the same rows', () => {
    const json = exportMappings(PAIR, data, 'json', labels, NOW);
    expect(JSON.parse(json.content)).toMatchObject({
      format: 'msp-portal-companion/mappings',
      version: 1,
      left: { connectionId: 'wg', label: 'WatchGuard' },
      rows: expect.arrayContaining([
        { left: { kind: 'account', vendorId: 'a3', name: summit.name }, right: null },
      ]),
    });
    const fromJson = readMappingFile(json.fileName, json.content);
    const fromCsv = readMappingFile('x.csv', exportMappings(PAIR, data, 'csv', labels, NOW).content);
    const strip = (result: typeof fromJson) =>
      result.ok
        ? result.rows.map(({ row: _row, left_connection_id, ...rest }) => ({ ...rest, left_connection_id }))
        : result;
    expect(fromJson.ok && fromJson.errors).toEqual([]);
    expect(strip(fromCsv)).toEqual(strip(fromJson));
  });

  it('imports its own export as all unchanged', () => {
    for (const format of ['csv', 'json'] as const) {
      const file = exportMappings(PAIR, data, format, labels, NOW);
      const preview = previewImport(file.fileName, file.content, context());
      expect(preview).toMatchObject({ ok: true, format, rowCount: 5 });
      if (!preview.ok) continue;
      // The removed entity's row is reported, everything else is unchanged.
      expect(preview.plan).toMatchObject({
        added: [],
        reassigned: [],
        removed: [],
        unchanged: 4,
        changes: [],
      });
      expect(preview.plan.errors).toEqual([
        expect.objectContaining({
          field: 'left_vendor_id',
          value: 'a5',
          message: 'Gone Away was removed in the last sync.',
        }),
      ]);
    }
  });
});

describe('previewImport', () => {
  it('sorts rows into added, reassigned, removed and unchanged, and builds one batch of imported mappings', () => {
    const preview = previewImport(
      'm.csv',
      csv(line('a1', 'c3', 'moved'), line('a3', 'c5'), line('a4'), line('a2')),
      context(),
    );
    if (!preview.ok) throw new Error(preview.message);
    const { plan } = preview;
    expect(plan.added).toEqual([
      { row: 3, left: { name: summit.name, vendorId: 'a3' }, to: { name: '@Home Networks', vendorId: 'c5' } },
    ]);
    expect(plan.reassigned).toEqual([
      {
        row: 2,
        left: { name: acme.name, vendorId: 'a1' },
        from: { name: 'ACME DENTAL', vendorId: 'c1' },
        to: { name: 'Summit Dentistry', vendorId: 'c3' },
      },
    ]);
    expect(plan.removed).toEqual([
      {
        row: 4,
        left: { name: 'Orion Legal', vendorId: 'a4' },
        from: { name: 'Orion Legal', vendorId: 'c4' },
      },
    ]);
    expect(plan.unchanged).toBe(1);
    expect(plan.changes.map((change) => change.kind)).toEqual(['unmap', 'unmap', 'map', 'map']);
    expect(plan.changes[2]).toMatchObject({
      mapping: {
        origin: 'imported',
        confidence: 1,
        createdBy: 'import test.csv',
        createdAt: NOW.toISOString(),
        note: 'moved',
      },
    });
  });

  it('reports each bad row with its line, field and value, and keeps the good ones', () => {
    const preview = previewImport(
      'm.csv',
      csv(
        line('a1', 'c3'),
        'wg,robot,a3,,,,,,,,,,',
        line('zz', 'c5'),
        line('a4', 'nope'),
        ',,,,,,,,,,,,',
        line('a1', 'c5'),
        `other,account,a4,,,,,,,,,,`,
      ),
      context(),
    );
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.plan.errors).toEqual([
      { row: 3, field: 'left_kind', value: 'robot', message: 'Must be account, company, client or site.' },
      {
        row: 4,
        field: 'left_vendor_id',
        value: 'zz',
        message: expect.stringMatching(/^No entity with the id zz in wg/),
      },
      {
        row: 5,
        field: 'right_vendor_id',
        value: 'nope',
        message: expect.stringMatching(/^No entity with the id nope in rmm/),
      },
      { row: 6, field: 'left_vendor_id', value: '', message: 'The left entity’s id is required.' },
      { row: 7, field: 'left_vendor_id', value: 'a1', message: 'Acme Dental GmbH already appears on row 2.' },
      {
        row: 8,
        field: 'left_connection_id',
        value: 'other',
        message: 'This row is for another connection, not wg.',
      },
    ]);
    expect(preview.plan.reassigned.map((change) => change.row)).toEqual([2]);
  });

  it('keeps one-to-one: a company goes to the first row claiming it, never to one kept outside the file', () => {
    const preview = previewImport(
      'm.csv',
      csv(line('a2', 'c5'), line('a3', 'c5'), line('a4', 'c1')),
      context(),
    );
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.plan.errors.map((error) => [error.row, error.message])).toEqual([
      [3, '@Home Networks is already given to row 2.'],
      [4, 'ACME DENTAL is mapped to Acme Dental GmbH, which this file does not change.'],
    ]);
    // Moving a company between two rows of the file is fine.
    const swap = previewImport('m.csv', csv(line('a1', 'c4'), line('a4', 'c1')), context());
    expect(swap.ok && swap.plan.errors).toEqual([]);
    expect(swap.ok && swap.plan.reassigned).toHaveLength(2);
    const shared = previewImport(
      'm.csv',
      csv(line('a2', 'c5'), line('a3', 'c5')),
      context({ oneToOne: false }),
    );
    expect(shared.ok && shared.plan.added).toHaveLength(2);
  });

  it('gives the same digest for the same edit and another once the data moved on', () => {
    const file = csv(line('a3', 'c5'));
    const first = previewImport('m.csv', file, context());
    const again = previewImport('m.csv', file, context({ now: new Date('2026-03-01T00:00:00.000Z') }));
    const moved = previewImport(
      'm.csv',
      file,
      context({ mappings: [...data.mappings, mapping(summit, cSummit)] }),
    );
    expect(first.ok && again.ok && first.plan.digest === again.plan.digest).toBe(true);
    expect(first.ok && moved.ok && first.plan.digest !== moved.plan.digest).toBe(true);
  });

  it.each([
    ['', 'The file is empty.'],
    ['   \n ', 'The file is empty.'],
    ['\u0000\u0001PK', 'This is not a text file: export mappings as CSV or JSON.'],
    [
      'name,id\nAcme,1',
      'This CSV is not a mapping file: its first line must name the columns, and left_vendor_id and right_vendor_id are missing.',
    ],
    [`${header}\n1,"broken`, 'The CSV file is damaged. Line 2: a quoted cell is never closed.'],
    ['{"rows": [', 'The file is not valid JSON: it may be cut short or edited by hand.'],
    ['{"hello": "world"}', 'This JSON file is not a mapping export from MSP Portal Companion'],
    [
      '{"format":"msp-portal-companion/mappings","version":9,"left":{"connectionId":"wg"},"right":{"connectionId":"rmm"},"rows":[]}',
      'newer version',
    ],
    [header, 'The file has its column names but no rows.'],
    [
      csv('rmm,company,c1,,wg,account,a1,,,,,,'),
      'This file is for rmm, not wg: pick the pair it was exported from.',
    ],
  ])('refuses a file that is not a mapping file for this pair: %j', (content, message) => {
    const preview = previewImport('upload', content, context());
    expect(preview.ok).toBe(false);
    expect(!preview.ok && preview.message).toContain(message);
  });

  it('reads JSON rows one by one, reporting the malformed ones', () => {
    const file = JSON.stringify({
      format: 'msp-portal-companion/mappings',
      version: 1,
      left: { connectionId: 'wg' },
      right: { connectionId: 'rmm' },
      rows: [
        {
          left: { kind: 'account', vendorId: 'a3', name: '' },
          right: { kind: 'company', vendorId: 'c5', name: '' },
        },
        { left: { kind: 'account', vendorId: 7, name: '' }, right: null },
        'not a row',
      ],
    });
    const preview = previewImport('m.json', file, context());
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.plan.added).toHaveLength(1);
    expect(preview.plan.errors).toEqual([
      {
        row: 2,
        field: 'left.vendorId',
        value: '7',
        message: 'This row does not have the shape of an exported mapping row.',
      },
      {
        row: 3,
        field: 'row',
        value: 'not a row',
        message: 'This row does not have the shape of an exported mapping row.',
      },
    ]);
  });

  it('round-trips names that look like formulas through a spreadsheet-safe CSV', () => {
    const file = toCsv([
      [...CSV_COLUMNS],
      ['wg', 'account', '-5', '=1+1', 'rmm', 'company', '@c', '+x', '', '', '', '', ''],
    ]);
    const read = readMappingFile('m.csv', file);
    expect(read.ok && read.rows[0]).toMatchObject({ left_vendor_id: '-5', right_vendor_id: '@c' });
  });
});
