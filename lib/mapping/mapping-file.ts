/**
 * The mapping file: what Export writes and Import reads, as CSV or JSON. One row per left entity
 * of the pair; the right columns say which entity it maps to, blank for none.
 *
 * CSV columns, in this order (the header line is required; extra columns are ignored):
 *   left_connection_id   connection of the left entity (must be the pair's left connection)
 *   left_kind            account | company | client | site (needed only if one id has two kinds)
 *   left_vendor_id       the left entity's id in its own system (required)
 *   left_name            for people reading the file; not used to match
 *   right_connection_id  connection of the right entity (must be the pair's right connection)
 *   right_kind           as left_kind
 *   right_vendor_id      the right entity's id; blank means "this left entity has no mapping"
 *   right_name           for people reading the file; not used to match
 *   origin               auto | manual | imported (exported for reference; imports become imported)
 *   confidence           0..1 (exported for reference)
 *   created_by           who made the mapping (exported for reference)
 *   created_at           when (ISO 8601, exported for reference)
 *   note                 free text, kept on import
 * JSON: `{ format, version, exportedAt, left, right, rows }`, each row
 *   `{ left: {kind, vendorId, name}, right: {kind, vendorId, name} | null, origin, confidence,
 *   createdBy, createdAt, note }` (see `mappingFileSchema`).
 */
import { z } from 'zod';
import { CsvSyntaxError, parseCsv, restoreFormula, toCsv } from './csv';
import { foldCharacters } from './normalise';
import { type ConnectionPair, type EntityRecord, entityKindSchema, type MappingRecord } from './store';

export const CSV_COLUMNS = [
  'left_connection_id',
  'left_kind',
  'left_vendor_id',
  'left_name',
  'right_connection_id',
  'right_kind',
  'right_vendor_id',
  'right_name',
  'origin',
  'confidence',
  'created_by',
  'created_at',
  'note',
] as const;
const REQUIRED_COLUMNS = ['left_vendor_id', 'right_vendor_id'] as const;

export const FILE_FORMAT = 'msp-portal-companion/mappings';
export const FILE_VERSION = 1;
/** Far above 10,000 rows of CSV (about 2 MB); larger files are refused before parsing. */
export const MAX_FILE_CHARS = 8_000_000;

export type FileFormat = 'csv' | 'json';

const sideSchema = z.object({ kind: entityKindSchema, vendorId: z.string(), name: z.string() });
const exportedRowSchema = z.object({
  left: sideSchema,
  right: sideSchema.nullable(),
  origin: z.string().optional(),
  confidence: z.number().optional(),
  createdBy: z.string().optional(),
  createdAt: z.string().optional(),
  note: z.string().optional(),
});

/** The JSON file's outer shape; rows are checked one by one so one bad row does not sink the rest. */
export const mappingFileSchema = z.object({
  format: z.literal(FILE_FORMAT),
  version: z.number().int(),
  exportedAt: z.string().optional(),
  left: z.object({ connectionId: z.string(), label: z.string().optional() }),
  right: z.object({ connectionId: z.string(), label: z.string().optional() }),
  rows: z.array(z.unknown()),
});

const optionalText = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional();

/** One row of either format, flattened to the CSV column names; what import validates. */
const fileRowSchema = z.object({
  left_connection_id: optionalText,
  left_kind: z.preprocess((value) => value || undefined, entityKindSchema.optional()),
  left_vendor_id: z.string().trim().min(1, 'The left entity’s id is required.'),
  right_connection_id: optionalText,
  right_kind: z.preprocess((value) => value || undefined, entityKindSchema.optional()),
  right_vendor_id: optionalText,
  note: z
    .string()
    .trim()
    .max(500, 'Notes are limited to 500 characters.')
    .transform((value) => value || undefined)
    .optional(),
});
export type FileRow = z.infer<typeof fileRowSchema> & { row: number };

export interface RowError {
  /** CSV: the line number; JSON: the position in `rows`, from 1. */
  row: number;
  field: string;
  value: string;
  message: string;
}

export type ReadResult =
  | { ok: true; format: FileFormat; rows: FileRow[]; errors: RowError[] }
  | { ok: false; message: string };

export interface ExportLabels {
  left: string;
  right: string;
}

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  content: string;
}

/** Every left entity of the pair with its mapping (or none), A to Z. */
export function exportMappings(
  pair: ConnectionPair,
  data: { left: readonly EntityRecord[]; right: readonly EntityRecord[]; mappings: readonly MappingRecord[] },
  format: FileFormat,
  labels: ExportLabels,
  now: Date,
): ExportedFile {
  const rightByKey = new Map(data.right.map((entity) => [entity.key, entity]));
  const mappingByLeft = new Map(data.mappings.map((mapping) => [mapping.leftKey, mapping]));
  const lefts = [...data.left].sort((a, b) => compareNames(a.name, b.name) || (a.key < b.key ? -1 : 1));
  const rows = lefts.map((entity) => {
    const mapping = mappingByLeft.get(entity.key);
    const target = mapping && rightByKey.get(mapping.rightKey);
    return { entity, mapping, target };
  });
  const base = `mappings-${slug(pair.leftConnectionId)}-${slug(pair.rightConnectionId)}-${now.toISOString().slice(0, 10)}`;

  if (format === 'json') {
    const file = {
      format: FILE_FORMAT,
      version: FILE_VERSION,
      exportedAt: now.toISOString(),
      left: { connectionId: pair.leftConnectionId, label: labels.left },
      right: { connectionId: pair.rightConnectionId, label: labels.right },
      rows: rows.map(({ entity, mapping, target }) => ({
        left: side(entity),
        right: mapping ? (target ? side(target) : sideOfKey(mapping.rightKey)) : null,
        ...(mapping && {
          origin: mapping.origin,
          confidence: mapping.confidence,
          createdBy: mapping.createdBy,
          createdAt: mapping.createdAt,
          ...(mapping.note ? { note: mapping.note } : {}),
        }),
      })),
    };
    return {
      fileName: `${base}.json`,
      mimeType: 'application/json',
      content: `${JSON.stringify(file, null, 2)}\n`,
    };
  }

  const lines = rows.map(({ entity, mapping, target }) => {
    const right = mapping ? (target ? side(target) : sideOfKey(mapping.rightKey)) : null;
    return [
      pair.leftConnectionId,
      entity.kind,
      entity.vendorId,
      entity.name,
      right ? pair.rightConnectionId : '',
      right?.kind ?? '',
      right?.vendorId ?? '',
      right?.name ?? '',
      mapping?.origin ?? '',
      mapping ? String(mapping.confidence) : '',
      mapping?.createdBy ?? '',
      mapping?.createdAt ?? '',
      mapping?.note ?? '',
    ];
  });
  // The byte-order mark makes Excel read the file as UTF-8 ("Müller", not "MÃ¼ller").
  return {
    fileName: `${base}.csv`,
    mimeType: 'text/csv',
    content: `\uFEFF${toCsv([[...CSV_COLUMNS], ...lines])}`,
  };
}

/**
 * Reads a mapping file of either format. A file that is not one (binary, wrong columns, another
 * JSON document, broken quoting) gives `ok: false` with one clear message; a mapping file with
 * bad rows gives the good rows plus an error per bad field.
 */
export function readMappingFile(fileName: string, content: string): ReadResult {
  if (content.length > MAX_FILE_CHARS) {
    return {
      ok: false,
      message: `The file is too large (over ${MAX_FILE_CHARS / 1_000_000} million characters).`,
    };
  }
  if (!content.trim()) return { ok: false, message: 'The file is empty.' };
  if (content.includes('\u0000'))
    return { ok: false, message: 'This is not a text file: export mappings as CSV or JSON.' };
  const looksJson = /^\uFEFF?\s*[[{]/.test(content) || /\.json$/i.test(fileName);
  return looksJson ? readJson(content) : readCsv(content);
}

function readJson(content: string): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, message: 'The file is not valid JSON: it may be cut short or edited by hand.' };
  }
  const file = mappingFileSchema.safeParse(data);
  if (!file.success) {
    return {
      ok: false,
      message:
        'This JSON file is not a mapping export from MSP Portal Companion (its "format" or "rows" is missing).',
    };
  }
  if (file.data.version > FILE_VERSION) {
    return {
      ok: false,
      message: `This file was made by a newer version (format ${file.data.version}); update the extension.`,
    };
  }
  const rows: FileRow[] = [];
  const errors: RowError[] = [];
  file.data.rows.forEach((raw, index) => {
    const parsed = exportedRowSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      errors.push({
        row: index + 1,
        field: issue.path.join('.') || 'row',
        value: preview(valueAt(raw, issue.path)),
        message: 'This row does not have the shape of an exported mapping row.',
      });
      return;
    }
    const { left, right, note } = parsed.data;
    collect(
      index + 1,
      {
        left_connection_id: file.data.left.connectionId,
        left_kind: left.kind,
        left_vendor_id: left.vendorId,
        right_connection_id: right ? file.data.right.connectionId : undefined,
        right_kind: right?.kind,
        right_vendor_id: right?.vendorId,
        note,
      },
      rows,
      errors,
    );
  });
  return { ok: true, format: 'json', rows, errors };
}

function readCsv(content: string): ReadResult {
  let records: ReturnType<typeof parseCsv>;
  try {
    records = parseCsv(content);
  } catch (error) {
    if (error instanceof CsvSyntaxError)
      return { ok: false, message: `The CSV file is damaged. ${error.message}` };
    throw error;
  }
  const header = (records[0]?.cells ?? []).map((cell) => cell.trim().toLowerCase());
  const missing = REQUIRED_COLUMNS.filter((column) => !header.includes(column));
  if (missing.length) {
    return {
      ok: false,
      message: `This CSV is not a mapping file: its first line must name the columns, and ${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} missing. Export a file to see the expected columns.`,
    };
  }
  const rows: FileRow[] = [];
  const errors: RowError[] = [];
  for (const record of records.slice(1)) {
    const raw: Record<string, string> = {};
    header.forEach((column, index) => {
      if ((CSV_COLUMNS as readonly string[]).includes(column))
        raw[column] = restoreFormula(record.cells[index] ?? '');
    });
    collect(record.line, raw, rows, errors);
  }
  return { ok: true, format: 'csv', rows, errors };
}

function collect(row: number, raw: Record<string, unknown>, rows: FileRow[], errors: RowError[]): void {
  const parsed = fileRowSchema.safeParse(raw);
  if (parsed.success) {
    rows.push({ ...parsed.data, row });
    return;
  }
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'row');
    errors.push({ row, field, value: preview(raw[field]), message: friendlyMessage(field, issue.message) });
  }
}

function friendlyMessage(field: string, message: string): string {
  if (field.endsWith('_kind')) return 'Must be account, company, client or site.';
  return message;
}

function side(entity: EntityRecord) {
  return { kind: entity.kind, vendorId: entity.vendorId, name: entity.name };
}

/** A mapped entity missing from the store still exports its id, read back from its key. */
function sideOfKey(key: string) {
  const [, kind = 'company', ...rest] = key.split('/');
  const parsedKind = entityKindSchema.safeParse(kind);
  return { kind: parsedKind.success ? parsedKind.data : 'company', vendorId: rest.join('/'), name: '' };
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let value = raw;
  for (const key of path)
    value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

/** A value as an error line shows it: short, one line. */
function preview(value: unknown): string {
  const text = value === undefined ? '' : typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
  const line = text.replace(/\s+/g, ' ');
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}

function compareNames(a: string, b: string): number {
  const x = foldCharacters(a);
  const y = foldCharacters(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function slug(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 40) || 'connection';
}
