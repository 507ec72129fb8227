/**
 * Reads CSV text into a header and rows with papaparse, numbering rows as a spreadsheet shows
 * them (the header is row 1) so that a problem names the row a person can find.
 *
 * papaparse is given decoded text, never a File: with a File it decodes chunk by chunk and
 * breaks multi-byte characters that straddle a chunk boundary (PapaParse#1132; Arabic notes
 * come out with U+FFFD in them). Its own `worker: true` mode is not used either: it fails in
 * Vite production builds (PapaParse#1122), and this module already runs in our worker.
 */
import Papa from 'papaparse';
import type { DataProblem, ProblemWording } from '../../domain/loaded-dataset';
import { normalizeColumn } from './detect-format';

export interface CsvTable {
  /** The header cells as written in the file. */
  header: string[];
  /** Normalized column name (see `normalizeColumn`) → index of its first column. */
  columns: Map<string, number>;
  /** Every row after the header, blank lines included (as `['']`), so that index + 2 is the row number. */
  rows: string[][];
  /** Rows the CSV reader could not split cleanly, by index into `rows`, with the reason. */
  brokenRows: Map<number, string>;
  /** Problems with the file as a whole that still leave rows to read (a quote that never closes). */
  warnings: DataProblem[];
}

/** The spreadsheet row number of `rows[index]`. */
export function rowNumber(index: number): number {
  return index + 2;
}

export function isBlankRow(row: readonly string[]): boolean {
  return row.length === 1 && row[0]!.trim() === '';
}

/**
 * The delimiter used in the header line: ACLED and Google Sheets write commas, but a file
 * re-saved by a spreadsheet in many European locales uses semicolons, and some tools tabs.
 * Counted here rather than left to papaparse's guess, which reports a spurious error when
 * rows differ in length.
 */
function headerDelimiter(text: string): string {
  const end = text.indexOf('\n');
  const line = end === -1 ? text : text.slice(0, end);
  let best = ',';
  let bestCount = 0;
  for (const candidate of [',', ';', '\t']) {
    const count = line.split(candidate).length - 1;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

/** Rows are parsed in pieces of this many characters, so that each piece's row arrays die young. */
const CHUNK_CHARS = 1 << 20;

/**
 * Calls `visit` for each row after the header, in order: the row's cells, its index (0 for the
 * first row after the header; see `rowNumber`) and, when the CSV reader could not split it
 * cleanly, why. Blank lines are passed as `['']` (see `isBlankRow`), so indexes match the file.
 * Returns the header and the problems with the file as a whole.
 *
 * Parsing in pieces rather than into one array of every row matters at 100 000 rows: the row
 * arrays are garbage once visited, and collecting them young is far cheaper than promoting
 * 100 000 arrays of 31 cells to the old generation first.
 */
const FIELD_COUNT = /^has (\d+) fields where the header has (\d+) \(a comma or quote out of place\?\)$/;

/** `${broken}; the row is left out`, for a row the CSV reader could not split (`broken`: see forEachCsvRow), with its code. */
export function brokenRowWording(broken: string): ProblemWording {
  const message = `${broken}; the row is left out`;
  if (broken === 'a quoted field never closes') return { message, code: 'rowQuoteUnclosed' };
  if (broken === 'a quote is out of place (a " inside a quoted field must be doubled: "")') return { message, code: 'rowQuoteMisplaced' };
  const counts = FIELD_COUNT.exec(broken);
  return counts ? { message, code: 'rowFieldCount', params: { fields: Number(counts[1]), columns: Number(counts[2]) } } : { message };
}

export function forEachCsvRow(
  text: string,
  visit: (row: string[], index: number, broken: string | undefined) => void,
): { header: string[]; warnings: DataProblem[] } {
  // The worker's decoder drops a byte-order mark; text handed over directly may still carry one.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let header: string[] | undefined;
  let seen = 0;
  const warnings: DataProblem[] = [];
  // papaparse's types allow `chunk` only for files, but its string reader honours it too, synchronously.
  const config: Papa.ParseConfig<string[]> & { chunkSize: number; chunk: (results: Papa.ParseResult<string[]>) => void } = {
    delimiter: headerDelimiter(body),
    skipEmptyLines: false,
    chunkSize: CHUNK_CHARS,
    chunk(results) {
      const { data } = results;
      // papaparse numbers a piece's errors from the piece's first row.
      const broken = new Map<number, string>();
      for (const error of results.errors) {
        const at = error.row ?? 0;
        if (error.code === 'MissingQuotes') {
          broken.set(at, 'a quoted field never closes');
          const index = seen + at - 1;
          warnings.push({
            path: `row ${rowNumber(index)}`,
            message:
              'a quoted field opens here and never closes (is the file cut short?): this row and everything after it ' +
              'were read as one field and left out',
            code: 'csvQuoteNeverCloses',
          });
        } else if (!broken.has(at)) {
          broken.set(at, 'a quote is out of place (a " inside a quoted field must be doubled: "")');
        }
      }
      for (let k = 0; k < data.length; k++) {
        const row = data[k]!;
        if (header === undefined) {
          header = row;
          seen += 1;
          continue;
        }
        const index = seen - 1;
        seen += 1;
        let reason = broken.get(k);
        if (reason === undefined && row.length !== header.length && !isBlankRow(row)) {
          reason = `has ${row.length} fields where the header has ${header.length} (a comma or quote out of place?)`;
        }
        visit(row, index, reason);
      }
    },
  };
  Papa.parse<string[]>(body, config);
  return { header: header ?? [], warnings };
}

/** Normalized column name (see `normalizeColumn`) → index of its first column. */
export function columnIndex(header: readonly string[]): Map<string, number> {
  const columns = new Map<string, number>();
  header.forEach((name, index) => {
    const key = normalizeColumn(name);
    if (key !== '' && !columns.has(key)) columns.set(key, index);
  });
  return columns;
}

/** The whole table at once, for files small enough to hold (TimelineJS sheets, tests). */
export function readCsv(text: string): CsvTable {
  const rows: string[][] = [];
  const brokenRows = new Map<number, string>();
  const { header, warnings } = forEachCsvRow(text, (row, index, broken) => {
    rows.push(row);
    if (broken !== undefined) brokenRows.set(index, broken);
  });
  return { header, columns: columnIndex(header), rows, brokenRows, warnings };
}

/** The header row alone, read without parsing the rest of the file (to tell the format first). */
export function readCsvHeader(text: string): string[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return Papa.parse<string[]>(body, { delimiter: headerDelimiter(body), preview: 1 }).data[0] ?? [];
}
