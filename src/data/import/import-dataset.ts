/**
 * The importers' one entry: text in any format the app reads → its format and a dataset v1
 * value (with warnings), or the problems that stop it. Our own format is passed through as
 * parsed, for `loadDataset` to judge; the others are converted (see docs/importing.md).
 * Pure TypeScript without the DOM: it runs in the dataset worker and under Node (the CLI).
 * A file refused as a whole (empty, binary, broken JSON, no known format) gets one problem
 * with a code for the interface's language (see ProblemCode); the converters' problems are
 * English only, for now.
 */
import type { DataProblem, ProblemWording } from '../../domain/loaded-dataset';
import { MAX_LISTED_PROBLEMS, moreProblems } from '../load-dataset';
import { parseJsonText } from '../parse-json-text';
import { problemAt, shortenText } from '../problem-wording';
import {
  detectJsonFormat,
  detectTableFormat,
  formatHintFromName,
  KNOWN_FORMATS,
  normalizeColumn,
  sniffText,
  type FormatName,
} from './detect-format';
import { ACLED_REQUIRED_COLUMNS, importAcledCsv } from './import-acled-csv';
import { importGeoJson } from './import-geojson';
import type { ConvertResult, ImportOptions, ImportResult } from './import-result';
import { importTimelineJson, importTimelineSheet, TIMELINE_SHEET_REQUIRED_COLUMNS } from './import-timelinejs';
import { readCsv, readCsvHeader } from './read-csv';

export type { ImportOptions, ImportResult } from './import-result';

/** At most MAX_LISTED_PROBLEMS problems, then one line that counts the rest (as the loader does). */
function capped(problems: DataProblem[]): DataProblem[] {
  if (problems.length <= MAX_LISTED_PROBLEMS) return problems;
  return [...problems.slice(0, MAX_LISTED_PROBLEMS), moreProblems(problems.length - MAX_LISTED_PROBLEMS)];
}

function withFormat(format: Exclude<FormatName, 'dataset-v1'>, result: ConvertResult): ImportResult {
  return result.ok
    ? { ok: true, format, value: result.value, warnings: capped(result.warnings) }
    : { ok: false, format, problems: capped(result.problems) };
}

function refuse(wording: ProblemWording, format: FormatName | null = null): ImportResult {
  return { ok: false, format, problems: [problemAt('$', wording)] };
}

/** The TimelineJS sheet's other columns, as "not a known format" names them. */
const SHEET_EXTRAS = 'Month, Day, Text, Media, …';

/** An object's members as a message shows them (`"a", "b", …`), and how many it has. */
function listMembers(value: Record<string, unknown>): { text: string; members: string; count: number } {
  const keys = Object.keys(value);
  if (keys.length === 0) return { text: 'an empty object { }', members: '', count: 0 };
  const members = keys.slice(0, 8).map((k) => `"${shortenText(k, 30)}"`).join(', ') + (keys.length > 8 ? ', …' : '');
  return { text: `an object with the member${keys.length === 1 ? '' : 's'} ${members}`, members, count: keys.length };
}

/** Imports an already parsed JSON value (the worker parses once and routes by what it finds). */
export function importJsonValue(value: unknown, fileName: string | undefined, options: ImportOptions = {}): ImportResult {
  const format = detectJsonFormat(value);
  if (format === 'dataset-v1') return { ok: true, format, value, warnings: [] };
  const object = value as Record<string, unknown>;
  if (format === 'geojson') return withFormat(format, importGeoJson(object, fileName, options));
  if (format === 'timelinejs-json') return withFormat(format, importTimelineJson(object, fileName, options));

  if (Array.isArray(value)) return refuse({ message: `is a JSON list, not an object; ${KNOWN_FORMATS}`, code: 'jsonList' });
  if (typeof value !== 'object' || value === null) {
    const shown = String(JSON.stringify(value));
    return refuse({ message: `is a single JSON value (${shown}), not an object; ${KNOWN_FORMATS}`, code: 'jsonSingleValue', params: { value: shown } });
  }
  if (object['type'] === 'Topology') {
    return refuse(
      { message: 'is TopoJSON, not GeoJSON: convert it to GeoJSON first (for example with topojson-client\'s topo2geo)', code: 'topoJson' },
      'geojson',
    );
  }
  if (typeof object['type'] === 'string') {
    const type = shortenText(object['type'], 40);
    return refuse(
      {
        message: `has "type": "${type}", which is no GeoJSON type (FeatureCollection, Feature, Point, …); ${KNOWN_FORMATS}`,
        code: 'unknownType',
        params: { type },
      },
      formatHintFromName(fileName) === 'geojson' ? 'geojson' : null,
    );
  }
  const nameSaysGeoJson = formatHintFromName(fileName) === 'geojson';
  const hint = nameSaysGeoJson
    ? 'the file name says GeoJSON, but it has no "type" member'
    : 'none of them tells its format (a dataset has "version", GeoJSON a "type", TimelineJS "events")';
  const { text, members, count } = listMembers(object);
  return refuse({
    message: `is ${text}: ${hint}; ${KNOWN_FORMATS}`,
    code: 'unknownObject',
    params: { count, members, hint: nameSaysGeoJson ? 'geoJsonName' : 'noFormat' },
  });
}

/** A CSV that is neither ACLED nor TimelineJS: say what was found and what each needs. */
function describeUnknownTable(header: readonly string[]): ProblemWording {
  const found = header.map((h) => h.trim()).filter((h) => h !== '');
  const columns = found.slice(0, 12).join(', ') + (found.length > 12 ? ', …' : '');
  const acledColumns = ACLED_REQUIRED_COLUMNS.join(', ');
  const sheetColumns = TIMELINE_SHEET_REQUIRED_COLUMNS.join(', ');
  return {
    message:
      `is a table whose columns (${columns}) are neither an ACLED export's (it needs ${acledColumns}) ` +
      `nor a TimelineJS sheet's (it needs ${sheetColumns}, and has ${SHEET_EXTRAS}); ${KNOWN_FORMATS}`,
    code: 'unknownColumns',
    params: { columns, acledColumns, sheetColumns, sheetExtras: SHEET_EXTRAS },
  };
}

/** Imports the text of a file in any format the app reads; never throws for any text. */
export function importDataset(text: string, fileName?: string, options: ImportOptions = {}): ImportResult {
  const shape = sniffText(text);
  if (shape === 'empty') return refuse({ message: 'is empty: there is nothing to load', code: 'fileEmpty' });
  if (shape === 'binary') {
    return refuse({
      message: 'is not text but binary data (a spreadsheet, an archive or a picture?): save it as CSV or JSON, in UTF-8',
      code: 'fileBinary',
    });
  }
  const hint = formatHintFromName(fileName);
  if (shape === 'json') {
    const parsed = parseJsonText(text);
    if (!parsed.ok) return refuse(parsed, hint === 'geojson' ? 'geojson' : null);
    return importJsonValue(parsed.value, fileName, options);
  }

  // Tell the format from the header alone, so that a large file that is no table is not parsed whole.
  const header = readCsvHeader(text);
  const format = detectTableFormat(header.map(normalizeColumn));
  if (format === 'acled-csv') return withFormat(format, importAcledCsv(text, fileName, options));
  if (format === 'timelinejs-sheet') return withFormat(format, importTimelineSheet(readCsv(text), fileName, options));

  // Text that starts like neither JSON nor a known table: if it is meant as JSON, its parser says best where it breaks.
  if (hint === 'json' || hint === 'geojson' || /^[\s\uFEFF]*["'/]/.test(text)) {
    const parsed = parseJsonText(text);
    if (!parsed.ok) return refuse(parsed, hint === 'geojson' ? 'geojson' : null);
  }
  if (header.filter((h) => h.trim() !== '').length >= 2) return refuse(describeUnknownTable(header));
  const start = shortenText(text.trimStart(), 40);
  return refuse({ message: `is in no format this app reads (it starts "${start}"); ${KNOWN_FORMATS}`, code: 'unknownFormat', params: { start } });
}
