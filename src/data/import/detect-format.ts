/**
 * Tells which format a file is in from its content: our dataset v1, GeoJSON, TimelineJS3 JSON
 * (all JSON, told apart by their members), an ACLED export or a TimelineJS sheet (CSV, told
 * apart by their columns). The file name is never trusted on its own: a `.json` download may
 * hold anything, and ACLED exports arrive as `.csv`, `.txt` or without an extension.
 */

export const FORMAT_NAMES = ['dataset-v1', 'geojson', 'timelinejs-json', 'acled-csv', 'timelinejs-sheet'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

/** Human names, as the app and the command line show them. */
export const FORMAT_LABELS: Record<FormatName, string> = {
  'dataset-v1': 'Conflict Map dataset v1',
  geojson: 'GeoJSON',
  'timelinejs-json': 'TimelineJS3 JSON',
  'acled-csv': 'ACLED CSV',
  'timelinejs-sheet': 'TimelineJS sheet CSV',
};

/** Ends every "not a known format" message (the interface words it as `data.knownFormats`). */
export const KNOWN_FORMATS =
  'the formats this app reads are: a Conflict Map dataset (JSON, version 1), GeoJSON, TimelineJS3 JSON, ' +
  'an ACLED export (CSV) and a TimelineJS Google sheet saved as CSV';

/** What the text looks like before any parsing: nothing, bytes, JSON, or (maybe) a table. */
export type TextShape = 'empty' | 'binary' | 'json' | 'table';

const BLANK = /^[\s\uFEFF]*$/;

export function sniffText(text: string): TextShape {
  if (BLANK.test(text)) return 'empty';
  // NUL never occurs in text files; it does in every spreadsheet, zip and image.
  if (text.slice(0, 4096).includes('\u0000')) return 'binary';
  const first = /[^\s\uFEFF]/.exec(text)?.[0];
  return first === '{' || first === '[' ? 'json' : 'table';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Our own format: any of its distinctive members is enough, so that a broken v1 file gets v1's problems. */
export function isDatasetV1(value: unknown): boolean {
  return isObject(value) && ('version' in value || 'articles' in value || 'excerpts' in value);
}

export const GEOJSON_TYPES = [
  'FeatureCollection', 'Feature', 'Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon',
  'GeometryCollection',
] as const;

/** The format of a parsed JSON value, or null when it is none that this app reads. */
export function detectJsonFormat(value: unknown): FormatName | null {
  if (!isObject(value)) return null;
  if (isDatasetV1(value)) return 'dataset-v1';
  if (typeof value['type'] === 'string' && (GEOJSON_TYPES as readonly string[]).includes(value['type'])) return 'geojson';
  // TimelineJS3's only required member; nothing else we read has it without `version`.
  if ('events' in value) return 'timelinejs-json';
  return null;
}

/** A column name as compared: case, surrounding spaces and a byte-order mark do not count. */
export function normalizeColumn(name: string): string {
  return name.replace(/^\uFEFF/, '').trim().toLowerCase();
}

/** Columns only ACLED exports have; three of them (or the event id) identify one, even an old or trimmed one. */
const ACLED_HINTS = [
  'event_id_cnty', 'event_date', 'time_precision', 'event_type', 'sub_event_type', 'actor1', 'assoc_actor_1',
  'geo_precision', 'source_scale', 'fatalities', 'interaction', 'admin1',
];

/** The format of a CSV file from its header row (already normalized), or null. */
export function detectTableFormat(columns: readonly string[]): FormatName | null {
  const set = new Set(columns);
  if (set.has('event_id_cnty') || ACLED_HINTS.filter((c) => set.has(c)).length >= 3) return 'acled-csv';
  if (set.has('headline') && (set.has('year') || set.has('text') || set.has('media') || set.has('display date'))) {
    return 'timelinejs-sheet';
  }
  return null;
}

/** What the file name suggests, to word a problem better; never used to decide the format. */
export function formatHintFromName(fileName: string | undefined): 'json' | 'geojson' | 'csv' | null {
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName ?? '')?.[1]?.toLowerCase();
  if (extension === 'geojson') return 'geojson';
  if (extension === 'json') return 'json';
  if (extension === 'csv' || extension === 'tsv' || extension === 'txt') return 'csv';
  return null;
}
