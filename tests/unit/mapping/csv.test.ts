import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, neutraliseFormula, parseCsv, restoreFormula, toCsv } from '@/lib/mapping/csv';

describe('toCsv', () => {
  it('quotes cells with commas, quotes and line breaks, and ends lines with CRLF', () => {
    expect(toCsv([['a', 'b,c', 'say "hi"', 'two\nlines']])).toBe('a,"b,c","say ""hi""","two\nlines"\r\n');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    for (const cell of ['=HYPERLINK("x")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx']) {
      expect(neutraliseFormula(cell)).toBe(`'${cell}`);
    }
    expect(neutraliseFormula('Acme')).toBe('Acme');
    expect(neutraliseFormula("'quoted")).toBe("'quoted");
    expect(toCsv([['=1+1']])).toBe("'=1+1\r\n");
  });
});

describe('parseCsv', () => {
  it('reads what toCsv writes, cell for cell', () => {
    const rows = [
      ['left_vendor_id', 'left_name', 'note'],
      ['1', 'Acme, Inc.', 'says "hello"\r\nand goodbye'],
      ['2', '=cmd|calc', ''],
    ];
    const parsed = parseCsv(toCsv(rows)).map((record) => record.cells.map(restoreFormula));
    expect(parsed).toEqual(rows);
  });

  it('numbers records by the line they start on, skipping blank lines', () => {
    const records = parseCsv('\uFEFFa,b\n\n1,"x\ny"\n2,z\n');
    expect(records.map((record) => [record.line, record.cells])).toEqual([
      [1, ['a', 'b']],
      [3, ['1', 'x\ny']],
      [5, ['2', 'z']],
    ]);
  });

  it('reads semicolon files as European spreadsheets save them', () => {
    expect(parseCsv('a;b\r\n1;"x;y"').map((record) => record.cells)).toEqual([
      ['a', 'b'],
      ['1', 'x;y'],
    ]);
  });

  it('keeps empty cells, quoted or not', () => {
    expect(parseCsv('a,,""\n').map((record) => record.cells)).toEqual([['a', '', '']]);
  });

  it('reports broken quoting with its line', () => {
    expect(() => parseCsv('a,b\n1,"open\n2,3')).toThrow(
      new CsvSyntaxError('Line 2: a quoted cell is never closed.'),
    );
    expect(() => parseCsv('a\n"x"y')).toThrow(/Line 2: unexpected text after a closing quote/);
  });

  it('leaves an apostrophe alone unless it guards a formula', () => {
    expect(restoreFormula("'=1")).toBe('=1');
    expect(restoreFormula("'Brien")).toBe("'Brien");
  });
});
