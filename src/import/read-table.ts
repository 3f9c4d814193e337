import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

/** A ledger file given by path (CLI) or as an upload (console). */
export type ImportSource = string | { buffer: Buffer; filename: string };

export interface TableRow {
  /** The row's line in the file (CSV) or its row number (XLSX); the header is line 1. */
  line: number;
  cells: string[];
}

export type ReadFailure = 'FILE_NOT_FOUND' | 'UNSUPPORTED_FORMAT' | 'UNREADABLE' | 'EMPTY';

export type ReadTableResult =
  | { ok: true; headers: string[]; headerLine: number; rows: TableRow[] }
  | { ok: false; reason: ReadFailure; message: string };

const pad = (n: number) => String(n).padStart(2, '0');

/** UTF-8 (BOM or not); a file that is not valid UTF-8 is read as GB18030, what Excel on Chinese Windows writes. */
function decode(buffer: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buffer);
  } catch {
    return new TextDecoder('gb18030').decode(buffer);
  }
}

function readCsv(buffer: Buffer): TableRow[] {
  const text = decode(buffer);
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = !firstLine.includes(',') && firstLine.includes('\t') ? '\t' : ',';
  const records = parse(text, {
    bom: true,
    info: true,
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    trim: true,
  }) as unknown as { record: string[]; info: { lines: number } }[];
  return records.map((r) => ({ line: r.info.lines, cells: r.record }));
}

/** An Excel cell as text: numbers without float noise, dates as YYYY-MM-DD, formulas by their result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(6)));
  if (typeof value === 'string' || typeof value === 'boolean') return String(value);
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
  if ('text' in value) return String(value.text);
  return '';
}

async function readXlsx(buffer: Buffer): Promise<TableRow[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) return [];
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value).trim());
    rows.push({ line: rowNumber, cells });
  });
  return rows;
}

type Format = 'csv' | 'xlsx' | 'xls';

function formatOf(filename: string, buffer: Buffer): Format {
  const ext = path.extname(filename).toLowerCase();
  if (ext === '.xlsx') return 'xlsx';
  if (ext === '.csv' || ext === '.txt') return 'csv';
  if (buffer.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return 'xlsx';
  if (ext === '.xls' || buffer.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) return 'xls';
  return 'csv';
}

/** Reads the first sheet of a CSV or XLSX ledger into trimmed text cells; the first non-empty row is the header. */
export async function readTable(source: ImportSource): Promise<ReadTableResult> {
  let buffer: Buffer;
  let filename: string;
  if (typeof source === 'string') {
    filename = source;
    try {
      buffer = await fs.promises.readFile(source);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      return code === 'ENOENT'
        ? { ok: false, reason: 'FILE_NOT_FOUND', message: `file not found: ${source}` }
        : { ok: false, reason: 'UNREADABLE', message: `cannot read ${source}: ${code ?? String(err)}` };
    }
  } else {
    ({ buffer, filename } = source);
  }
  const format = formatOf(filename, buffer);
  if (format === 'xls') {
    return { ok: false, reason: 'UNSUPPORTED_FORMAT', message: `${path.basename(filename)}: old Excel .xls is not supported; save it as .xlsx or CSV (UTF-8)` };
  }
  let rows: TableRow[];
  try {
    rows = format === 'xlsx' ? await readXlsx(buffer) : readCsv(buffer);
  } catch (err) {
    const what = format === 'xlsx' ? 'an .xlsx workbook' : 'CSV';
    return { ok: false, reason: 'UNREADABLE', message: `${path.basename(filename)} cannot be read as ${what}: ${(err as Error).message}` };
  }
  rows = rows.filter((r) => r.cells.some((c) => c !== ''));
  if (!rows.length) return { ok: false, reason: 'EMPTY', message: `${path.basename(filename)} is empty: expected a header row` };
  const [header, ...data] = rows;
  return { ok: true, headers: header.cells, headerLine: header.line, rows: data };
}
