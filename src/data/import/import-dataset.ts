/**
 * The importers' one entry: text in any format the app reads → its format and a dataset v1
 * value (with warnings), or the problems that stop it. Our own format is passed through as
 * parsed, for `loadDataset` to judge; the others are converted (see docs/importing.md).
 * Pure TypeScript without the DOM: it runs in the dataset worker and under Node (the CLI).
 */
import type { DataProblem } from '../../domain/loaded-dataset';
import { MAX_LISTED_PROBLEMS } from '../load-dataset';
import { parseJsonText } from '../parse-json-text';
import { shortenText } from '../problem-wording';
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
  const rest = problems.length - MAX_LISTED_PROBLEMS;
  return [
    ...problems.slice(0, MAX_LISTED_PROBLEMS),
    { path: '$', message: `and ${rest} more problem${rest === 1 ? '' : 's'} (only the first ${MAX_LISTED_PROBLEMS} are listed)` },
  ];
}

function withFormat(format: Exclude<FormatName, 'dataset-v1'>, result: ConvertResult): ImportResult {
  return result.ok
    ? { ok: true, format, value: result.value, warnings: capped(result.warnings) }
    : { ok: false, format, problems: capped(result.problems) };
}

function refuse(message: string, format: FormatName | null = null): ImportResult {
  return { ok: false, format, problems: [{ path: '$', message }] };
}

function listMembers(value: Record<string, unknown>): string {
  const keys = Object.keys(value);
  if (keys.length === 0) return 'an empty object { }';
  const shown = keys.slice(0, 8).map((k) => `"${shortenText(k, 30)}"`).join(', ');
  return `an object with the member${keys.length === 1 ? '' : 's'} ${shown}${keys.length > 8 ? ', …' : ''}`;
}

/** Imports an already parsed JSON value (the worker parses once and routes by what it finds). */
export function importJsonValue(value: unknown, fileName: string | undefined, options: ImportOptions = {}): ImportResult {
  const format = detectJsonFormat(value);
  if (format === 'dataset-v1') return { ok: true, format, value, warnings: [] };
  const object = value as Record<string, unknown>;
  if (format === 'geojson') return withFormat(format, importGeoJson(object, fileName, options));
  if (format === 'timelinejs-json') return withFormat(format, importTimelineJson(object, fileName, options));

  if (Array.isArray(value)) return refuse(`is a JSON list, not an object; ${KNOWN_FORMATS}`);
  if (typeof value !== 'object' || value === null) return refuse(`is a single JSON value (${JSON.stringify(value)}), not an object; ${KNOWN_FORMATS}`);
  if (object['type'] === 'Topology') {
    return refuse('is TopoJSON, not GeoJSON: convert it to GeoJSON first (for example with topojson-client\'s topo2geo)', 'geojson');
  }
  if (typeof object['type'] === 'string') {
    return refuse(
      `has "type": "${shortenText(object['type'], 40)}", which is no GeoJSON type (FeatureCollection, Feature, Point, …); ${KNOWN_FORMATS}`,
      formatHintFromName(fileName) === 'geojson' ? 'geojson' : null,
    );
  }
  const hint =
    formatHintFromName(fileName) === 'geojson'
      ? 'the file name says GeoJSON, but it has no "type" member'
      : 'none of them tells its format (a dataset has "version", GeoJSON a "type", TimelineJS "events")';
  return refuse(`is ${listMembers(object)}: ${hint}; ${KNOWN_FORMATS}`);
}

/** A CSV that is neither ACLED nor TimelineJS: say what was found and what each needs. */
function describeUnknownTable(header: readonly string[]): string {
  const found = header.map((h) => h.trim()).filter((h) => h !== '');
  const shown = found.slice(0, 12).join(', ') + (found.length > 12 ? ', …' : '');
  return (
    `is a table whose columns (${shown}) are neither an ACLED export's (it needs ${ACLED_REQUIRED_COLUMNS.join(', ')}) ` +
    `nor a TimelineJS sheet's (it needs ${TIMELINE_SHEET_REQUIRED_COLUMNS.join(', ')}, and has Month, Day, Text, Media, …); ${KNOWN_FORMATS}`
  );
}

/** Imports the text of a file in any format the app reads; never throws for any text. */
export function importDataset(text: string, fileName?: string, options: ImportOptions = {}): ImportResult {
  const shape = sniffText(text);
  if (shape === 'empty') return refuse('is empty: there is nothing to load');
  if (shape === 'binary') {
    return refuse('is not text but binary data (a spreadsheet, an archive or a picture?): save it as CSV or JSON, in UTF-8');
  }
  const hint = formatHintFromName(fileName);
  if (shape === 'json') {
    const parsed = parseJsonText(text);
    if (!parsed.ok) return refuse(parsed.message, hint === 'geojson' ? 'geojson' : null);
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
    if (!parsed.ok) return refuse(parsed.message, hint === 'geojson' ? 'geojson' : null);
  }
  if (header.filter((h) => h.trim() !== '').length >= 2) return refuse(describeUnknownTable(header));
  const start = shortenText(text.trimStart(), 40);
  return refuse(`is in no format this app reads (it starts "${start}"); ${KNOWN_FORMATS}`);
}
