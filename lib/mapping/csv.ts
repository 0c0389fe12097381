/**
 * CSV as spreadsheets write it (RFC 4180: quoted cells may hold commas, quotes and line breaks),
 * made safe to open: a cell that a spreadsheet would run as a formula gets a leading apostrophe
 * on export, which the importer removes again, so names round-trip unchanged.
 */

/** Cells starting with these are formulas (or become them) in Excel, LibreOffice and Sheets. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** Undoes `neutraliseFormula`: only an apostrophe before a formula character is ours. */
export function restoreFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Rows to CSV text with CRLF line ends (what spreadsheets expect), every cell formula-safe. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const lines = rows.map((row) => row.map((cell) => quote(neutraliseFormula(cell))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

export interface CsvRecord {
  /** The line the record starts on (1-based), as a spreadsheet numbers it. */
  line: number;
  cells: string[];
}

export class CsvSyntaxError extends Error {
  override readonly name = 'CsvSyntaxError';
}

/**
 * Parses CSV text. The delimiter is a comma, or a semicolon when the header line has semicolons
 * and no commas (spreadsheets in many European locales save that way). Blank lines are skipped.
 * Cells come back as written (formula apostrophes included); the caller decides what they mean.
 */
export function parseCsv(text: string): CsvRecord[] {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const firstLine = source.slice(0, source.search(/\r?\n|$/));
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const endRecord = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0] !== '') records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
  };
  while (i < source.length) {
    const char = source[i]!;
    if (char === '"' && cell === '') {
      const start = line;
      i++;
      for (;;) {
        if (i >= source.length) throw new CsvSyntaxError(`Line ${start}: a quoted cell is never closed.`);
        const inner = source[i]!;
        if (inner === '"') {
          if (source[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (inner === '\n') line++;
        cell += inner;
        i++;
      }
      const next = source[i];
      if (next !== undefined && next !== delimiter && next !== '\r' && next !== '\n') {
        throw new CsvSyntaxError(`Line ${line}: unexpected text after a closing quote.`);
      }
      continue;
    }
    if (char === delimiter) {
      cells.push(cell);
      cell = '';
      i++;
    } else if (char === '\r' || char === '\n') {
      endRecord();
      i += char === '\r' && source[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
    } else {
      cell += char;
      i++;
    }
  }
  if (cell !== '' || cells.length) endRecord();
  return records;
}
