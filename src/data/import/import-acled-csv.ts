/**
 * Converts an ACLED export (CSV) into dataset v1: one event per row, one map point per
 * distinct place, and one source record per row whose text is ACLED's `notes`, verbatim, so
 * that "who said so" reads "ACLED, citing SOHR" (`via` = the row's `source` column).
 *
 * The mapping of ACLED's codes (time_precision, geo_precision) is documented in
 * docs/importing.md; the codebook's wording is in ../shared/LIBRARY-NOTES.md. A row that
 * cannot be read is left out with its reason; the rest loads, with a warning that lists them.
 *
 * Built for 100 000-row files: columns are looked up once, dates parsed once per distinct
 * text, one feature per place, and strings that repeat (sources, notes kept as they are)
 * shared rather than copied.
 */
import { isValid, parse } from 'date-fns';
import { utc } from '@date-fns/utc';
import type { Attributes } from '../../domain/dataset-schema';
import type { DataProblem, ProblemWording } from '../../domain/loaded-dataset';
import { badDateWording, parseIsoDate } from '../../domain/parse-iso-date';
import { CappedProblems, plural } from './capped-problems';
import { DatasetBuilder, type EventInput, type SourceRecord } from './dataset-builder';
import { epochToMs, isWithinFourDigitYears, shiftDay, utcDayOf } from './date-parts';
import type { ConvertResult, ImportOptions } from './import-result';
import { todayOf } from './import-result';
import { brokenRowWording, columnIndex, forEachCsvRow, isBlankRow, readCsvHeader, rowNumber } from './read-csv';

/**
 * The columns without which a row says nothing usable: which event (id), when (date), what
 * (type), where (coordinates) and who said so (notes, source). Everything else is optional,
 * since older exports lack some (disorder_type, tags, civilian_targeting came in 2023).
 */
export const ACLED_REQUIRED_COLUMNS = ['event_id_cnty', 'event_date', 'event_type', 'latitude', 'longitude', 'notes', 'source'] as const;

/** Optional columns kept as event attributes, in this order. */
const ATTRIBUTE_COLUMNS = [
  'sub_event_type', 'disorder_type', 'fatalities', 'country', 'admin1', 'admin2', 'admin3', 'interaction',
  'civilian_targeting', 'source_scale', 'tags', 'timestamp',
] as const;
const NUMERIC_ATTRIBUTES = new Set<string>(['fatalities', 'timestamp']);

/** How many rows left out are listed one by one in the warnings. */
export const LISTED_ROWS = 50;

/**
 * ACLED's time_precision 2: the source names a week or a similar period and ACLED codes a date
 * somewhere inside it, not always the middle. Every 7-day period that contains the coded date
 * lies within 6 days either side of it, so that is the honest envelope: 13 days, `between`.
 */
export const WEEK_SPREAD_DAYS = 6;

const NOTE_BY_TIME_PRECISION: Record<2 | 3, string> = {
  2:
    'ACLED time_precision 2: the source gives only a week or a similar period; ACLED coded a date inside it ' +
    `(event_date in the attributes), so the event is placed some time within ${WEEK_SPREAD_DAYS} days either side of that date.`,
  3: 'ACLED time_precision 3: the source gives only the month (ACLED coded it to a date mid-month, event_date in the attributes).',
};

const GEO_PRECISION_MEANING: Record<1 | 2 | 3, string> = {
  1: 'ACLED geo_precision 1: the named town itself',
  2: 'ACLED geo_precision 2: near the named town, or a small part of a region, coded to a town that stands for the area',
  3: 'ACLED geo_precision 3: a larger region, coded to a natural feature or the provincial capital that stands for it',
};

const NO_NOTES_NOTE = "ACLED gives no notes for this event: this text lists the row's own fields instead.";

/** A readable `event_date`, with what each time_precision makes of it (worked out once per distinct date). */
type DateRead =
  | { ok: true; iso: string; month: string; weekStart: string; weekEnd: string }
  | { ok: false; reason: ProblemWording };

const REFERENCE_DATE = new Date(0);
/** `2022-08-23` in current exports, `23 August 2022` (or `23 Aug 2022`) in older ones. */
const DATE_FORMATS = ['yyyy-MM-dd', 'd MMMM yyyy', 'd MMM yyyy'] as const;
const ISO_SHAPE = /^\d{4}-\d{1,2}-\d{1,2}$/;

/** Reads an `event_date`; a file repeats each date hundreds of times, so each text is parsed once. */
function makeDateReader(): (text: string) => DateRead {
  const cache = new Map<string, DateRead>();
  return (text) => {
    let read = cache.get(text);
    if (read === undefined) {
      read = readDate(text);
      cache.set(text, read);
    }
    return read;
  };
}

function readDate(text: string): DateRead {
  if (text === '') return { ok: false, reason: EMPTY };
  const formats = ISO_SHAPE.test(text) ? DATE_FORMATS.slice(0, 1) : DATE_FORMATS.slice(1);
  for (const format of formats) {
    const date = parse(text, format, REFERENCE_DATE, { in: utc });
    if (!isValid(date)) continue;
    const year = date.getUTCFullYear();
    // date-fns reads "0022-08-23" as the year 22; ACLED's data starts in 1997, so that is a typo.
    if (year < 1000) return { ok: false, reason: badDate(text, 'has no four-digit year', 'noYear') };
    const iso = date.toISOString().slice(0, 10);
    return { ok: true, iso, month: iso.slice(0, 7), weekStart: shiftDay(iso, -WEEK_SPREAD_DAYS), weekEnd: shiftDay(iso, WEEK_SPREAD_DAYS) };
  }
  if (ISO_SHAPE.test(text)) {
    const iso = parseIsoDate(text);
    return { ok: false, reason: iso.ok ? badDate(text, 'is not a real date', 'notReal') : badDateWording(text, iso) };
  }
  return /^\d{1,2} [A-Za-z]+ \d{4}$/.test(text)
    ? { ok: false, reason: badDate(text, 'is not a real date', 'notReal') }
    : { ok: false, reason: badDate(text, 'is not a date in the form 2022-08-23 or 23 August 2022', 'acledForm') };
}

/** A cell left empty. */
const EMPTY: ProblemWording = { message: 'is empty', code: 'cellEmpty' };

/** `"${text}" ${reason}` for an event_date, with its code (`badDate`, its `dateReason` one only ACLED dates have). */
function badDate(text: string, reason: string, dateReason: 'noYear' | 'notReal' | 'acledForm'): ProblemWording {
  return { message: `"${text}" ${reason}`, code: 'badDate', params: { date: text, dateReason } };
}

/** `"4" is not 1, 2 or 3` (time_precision, geo_precision). */
function notACode(text: string): ProblemWording {
  return { message: `"${text}" is not 1, 2 or 3`, code: 'notOneTwoThree', params: { value: text } };
}

function readCode(text: string): 1 | 2 | 3 | null {
  return text === '1' ? 1 : text === '2' ? 2 : text === '3' ? 3 : null;
}

/** Adds the `;`-separated names in `text` to `into`, once each. */
function addActors(text: string, into: string[]): void {
  if (text === '') return;
  // Most cells name one actor: no array to split into then.
  const parts = text.includes(';') ? text.split(';') : [text];
  for (const part of parts) {
    const name = part.trim();
    if (name !== '' && !into.includes(name)) into.push(name);
  }
}

/** A latitude (limit 90) or longitude (limit 180) as a number, or why it is not one. */
function readCoordinate(text: string, limit: number): number | ProblemWording {
  if (text === '') return EMPTY;
  const value = Number(text);
  if (!Number.isFinite(value)) return { message: `"${text}" is not a number`, code: 'notANumber', params: { value: text } };
  if (value < -limit || value > limit) {
    return {
      message: `${text} is outside -${limit}…${limit}${limit === 90 ? ' (are latitude and longitude swapped?)' : ''}`,
      code: limit === 90 ? 'latitudeOutside' : 'outsideRange',
      params: { value: text, limit },
    };
  }
  return value;
}

/**
 * `published` from ACLED's `timestamp` (Unix seconds of the row's last change), as its UTC day.
 * A day rather than the date-time: the exact time stays in the `timestamp` attribute, and a
 * day is a value the loader meets thousands of times over (it parses each distinct date once),
 * where 100 000 distinct date-times would each be parsed anew.
 */
function makeTimestampReader(): (text: string) => { day: string; ms: number } | null {
  const days = new Map<number, string>();
  return (text) => {
    const ms = epochToMs(Number(text));
    if (!isWithinFourDigitYears(ms)) return null;
    const key = Math.floor(ms / 86_400_000);
    let day = days.get(key);
    if (day === undefined) {
      day = utcDayOf(ms);
      days.set(key, day);
    }
    return { day, ms };
  };
}

function moreRows(n: number): ProblemWording {
  return {
    message: `and ${plural(n, 'more problem')} in rows left out (only the first ${LISTED_ROWS} are listed)`,
    code: 'moreRowProblems',
    params: { count: n, max: LISTED_ROWS },
  };
}

export function importAcledCsv(text: string, fileName: string | undefined, options: ImportOptions = {}): ConvertResult {
  const header = readCsvHeader(text);
  const columns = columnIndex(header);
  const missing = ACLED_REQUIRED_COLUMNS.filter((name) => !columns.has(name));
  if (missing.length > 0) {
    const found = header.filter((h) => h.trim() !== '');
    return {
      ok: false,
      problems: [
        {
          path: '$',
          message:
            `looks like an ACLED export but lacks the column${missing.length === 1 ? '' : 's'} ${missing.join(', ')} ` +
            `(an ACLED export needs ${ACLED_REQUIRED_COLUMNS.join(', ')}; found ${found.length === 0 ? 'no columns' : found.join(', ')})`,
          code: found.length === 0 ? 'acledColumnsMissingNone' : 'acledColumnsMissing',
          params: {
            count: missing.length,
            missing: missing.join(', '),
            required: ACLED_REQUIRED_COLUMNS.join(', '),
            ...(found.length === 0 ? {} : { found: found.join(', ') }),
          },
        },
      ],
    };
  }

  const at = (name: string) => columns.get(name) ?? -1;
  const col = {
    id: at('event_id_cnty'),
    date: at('event_date'),
    timePrecision: at('time_precision'),
    type: at('event_type'),
    subType: at('sub_event_type'),
    actor1: at('actor1'),
    assoc1: at('assoc_actor_1'),
    actor2: at('actor2'),
    assoc2: at('assoc_actor_2'),
    location: at('location'),
    latitude: at('latitude'),
    longitude: at('longitude'),
    geoPrecision: at('geo_precision'),
    source: at('source'),
    notes: at('notes'),
    timestamp: at('timestamp'),
    fatalities: at('fatalities'),
    country: at('country'),
    admin1: at('admin1'),
    admin2: at('admin2'),
    admin3: at('admin3'),
  };
  const attributeColumns = ATTRIBUTE_COLUMNS.flatMap((name) =>
    columns.has(name) ? [{ name, index: at(name), numeric: NUMERIC_ATTRIBUTES.has(name) }] : [],
  );
  const placeColumns = (['country', 'admin1', 'admin2', 'admin3'] as const).map((name) => ({ name, index: at(name) }));
  /** The column's name as the file writes it (old exports use capitals), for messages. */
  const columnName = (index: number) => header[index] ?? '';
  const cell = (row: readonly string[], index: number): string => (index < 0 ? '' : (row[index] ?? '').trim());

  const from = fileName === undefined || fileName === '' ? 'from the ACLED export' : `from the ACLED export ${fileName}`;
  const sourceOfPlace = {
    1: `${GEO_PRECISION_MEANING[1]}; ${from}`,
    2: `${GEO_PRECISION_MEANING[2]}; ${from}`,
    3: `${GEO_PRECISION_MEANING[3]}; ${from}`,
  };
  const builder = new DatasetBuilder();
  const readEventDate = makeDateReader();
  const readTimestamp = makeTimestampReader();
  /**
   * Each place's feature id, and the `featureIds` list its events share: events at one place
   * cite the same one-id list (the loader copies lists as it validates, so nothing mutates it).
   */
  const featureByPlace = new Map<string, string[]>();
  const rowOfId = new Map<string, number>();
  const problems = new CappedProblems(LISTED_ROWS);
  const warnings = new CappedProblems();
  /** The current row's problems; one array for all rows, emptied before each. */
  const pending: DataProblem[] = [];
  const reportAt = (n: number, index: number, wording: ProblemWording) => pending.push({ path: `row ${n}, ${columnName(index)}`, ...wording });
  let dataRows = 0;
  let rowsLeftOut = 0;
  const rowsWithoutNotes: number[] = [];
  let latestTimestampMs = -Infinity;

  const { warnings: fileWarnings } = forEachCsvRow(text, (row, index, broken) => {
    if (isBlankRow(row)) return;
    dataRows += 1;
    const n = rowNumber(index);
    if (broken !== undefined) {
      rowsLeftOut += 1;
      problems.add('row', { path: `row ${n}`, ...brokenRowWording(broken) }, moreRows);
      return;
    }

    pending.length = 0;
    const id = cell(row, col.id);
    if (id === '') reportAt(n, col.id, { message: 'is empty: every ACLED event has an id', code: 'acledNoId' });
    else {
      const first = rowOfId.get(id);
      if (first !== undefined) {
        reportAt(n, col.id, { message: `"${id}" is also the id of row ${first}; only the first is kept`, code: 'acledDuplicateId', params: { id, row: first } });
      }
    }
    const date = readEventDate(cell(row, col.date));
    if (!date.ok) reportAt(n, col.date, date.reason);
    const timeText = cell(row, col.timePrecision);
    // Without the column (or a value) the date is taken as given: older exports coded days.
    const timePrecision = timeText === '' ? 1 : readCode(timeText);
    if (timePrecision === null) reportAt(n, col.timePrecision, notACode(timeText));
    const kind = cell(row, col.type);
    if (kind === '') reportAt(n, col.type, { message: 'is empty: every ACLED event has an event type', code: 'acledNoType' });
    const latitudeText = cell(row, col.latitude);
    const latitude = readCoordinate(latitudeText, 90);
    if (typeof latitude !== 'number') reportAt(n, col.latitude, latitude);
    const longitudeText = cell(row, col.longitude);
    const longitude = readCoordinate(longitudeText, 180);
    if (typeof longitude !== 'number') reportAt(n, col.longitude, longitude);
    const geoText = cell(row, col.geoPrecision);
    const geoPrecision = geoText === '' ? 1 : readCode(geoText);
    if (geoPrecision === null) reportAt(n, col.geoPrecision, notACode(geoText));
    if (pending.length > 0 || !date.ok || timePrecision === null || geoPrecision === null || typeof latitude !== 'number' || typeof longitude !== 'number') {
      rowsLeftOut += 1;
      for (const p of pending) problems.add('row', p, moreRows);
      return;
    }
    rowOfId.set(id, n);

    // One map point per place: the same coordinates, name and precision share it.
    const location = cell(row, col.location);
    const placeKey = `${latitudeText}|${longitudeText}|${location}|${geoPrecision}`;
    let featureIds = featureByPlace.get(placeKey);
    if (featureIds === undefined) {
      // From the coordinates; a place coded "near" or as a region (geo_precision 2, 3) is another claim than the town itself.
      const featureId = builder.claimId('features', `loc-${latitude}_${longitude}${geoPrecision === 1 ? '' : `-gp${geoPrecision}`}`);
      featureIds = [featureId];
      featureByPlace.set(placeKey, featureIds);
      const attributes: Attributes = { geo_precision: geoPrecision };
      for (const { name, index: i } of placeColumns) {
        const value = cell(row, i);
        if (value !== '') attributes[name] = value;
      }
      builder.addFeature({
        type: 'Feature',
        id: featureId,
        geometry: { type: 'Point', coordinates: [longitude, latitude] },
        properties: {
          kind: 'place',
          name: location !== '' ? location : `${latitudeText}, ${longitudeText}`,
          approximate: geoPrecision !== 1,
          sources: sourceOfPlace[geoPrecision],
          attributes,
        },
      });
    }

    const timestampText = cell(row, col.timestamp);
    const timestamp = timestampText === '' ? null : readTimestamp(timestampText);
    if (timestamp === null && timestampText !== '') {
      warnings.add('timestamp', {
        path: `row ${n}, ${columnName(col.timestamp)}`,
        message: `"${timestampText}" is not a Unix time; the record has no date`,
        code: 'notUnixTime',
        params: { value: timestampText },
      });
    }
    if (timestamp !== null && timestamp.ms > latestTimestampMs) latestTimestampMs = timestamp.ms;

    // ACLED's notes are quoted verbatim; only a row without any gets a text made of its own fields.
    const notes = row[col.notes] ?? '';
    // Notes rarely start with a space: look at the first character before trimming a long text.
    const hasNotes = notes !== '' && (notes.charCodeAt(0) > 0x20 || notes.trim() !== '');
    if (!hasNotes) rowsWithoutNotes.push(n);
    const recordText = hasNotes
      ? notes
      : [
          ['event_type', kind],
          ['sub_event_type', cell(row, col.subType)],
          ['event_date', cell(row, col.date)],
          ['location', location],
          ['actor1', cell(row, col.actor1)],
          ['actor2', cell(row, col.actor2)],
          ['fatalities', cell(row, col.fatalities)],
        ]
          .filter(([, value]) => value !== '')
          .map(([key, value]) => `${key}: ${value}`)
          .join('\n');
    // Ids derive from event_id_cnty, which was just checked unique: no registry needed for them.
    const excerptId = `x-${id}`;
    const record: SourceRecord = { title: `ACLED ${id}`, publisher: 'ACLED', text: recordText, via: cell(row, col.source) };
    if (timestamp !== null) record.published = timestamp.day;
    if (!hasNotes) record.note = NO_NOTES_NOTE;
    builder.addRecordAs(`r-${id}`, excerptId, record);

    const actors: string[] = [];
    addActors(cell(row, col.actor1), actors);
    addActors(cell(row, col.assoc1), actors);
    addActors(cell(row, col.actor2), actors);
    addActors(cell(row, col.assoc2), actors);

    const attributes: Attributes = {};
    let hasAttributes = false;
    for (const { name, index: i, numeric } of attributeColumns) {
      const value = cell(row, i);
      if (value === '') continue;
      const number = numeric ? Number(value) : Number.NaN;
      attributes[name] = Number.isFinite(number) ? number : value;
      hasAttributes = true;
    }
    if (timePrecision !== 1) {
      attributes['event_date'] = date.iso;
      hasAttributes = true;
    }

    const subType = cell(row, col.subType);
    const place = location || cell(row, col.admin1) || cell(row, col.country) || `${latitudeText}, ${longitudeText}`;
    const event: EventInput = {
      id,
      title: `${subType || kind} in ${place}`,
      kind,
      start: timePrecision === 1 ? date.iso : timePrecision === 2 ? date.weekStart : date.month,
      precision: timePrecision === 1 ? 'day' : timePrecision === 2 ? 'between' : 'month',
      actors,
      featureIds,
      excerptIds: [excerptId],
    };
    if (timePrecision === 2) event.end = date.weekEnd;
    if (timePrecision !== 1) event.note = NOTE_BY_TIME_PRECISION[timePrecision];
    if (hasAttributes) event.attributes = attributes;
    builder.addEvent(event);
  });

  if (dataRows === 0) return { ok: false, problems: [{ path: '$', message: 'has the columns of an ACLED export but no rows', code: 'acledNoRows' }] };
  const loaded = dataRows - rowsLeftOut;
  if (loaded === 0) {
    return {
      ok: false,
      problems: [
        { path: '$', message: `none of its ${plural(dataRows, 'row')} could be read:`, code: 'noRowReadable', params: { count: dataRows } },
        ...problems.toList(),
      ],
    };
  }

  const list: DataProblem[] = [...fileWarnings];
  if (rowsLeftOut > 0) {
    list.push({
      path: '$',
      message: `${plural(rowsLeftOut, 'row was', 'rows were')} left out because ${rowsLeftOut === 1 ? 'it' : 'they'} could not be read (listed below); the other ${loaded} loaded`,
      code: 'rowsLeftOut',
      params: { count: rowsLeftOut, loaded },
    });
    list.push(...problems.toList());
  }
  if (rowsWithoutNotes.length > 0) {
    const count = rowsWithoutNotes.length;
    const shown = rowsWithoutNotes.slice(0, LISTED_ROWS).join(', ') + (count > LISTED_ROWS ? ` and ${count - LISTED_ROWS} more` : '');
    list.push({
      path: '$',
      message:
        `${count === 1 ? 'row' : 'rows'} ${shown} ${count === 1 ? 'has' : 'have'} no notes: ` +
        `${count === 1 ? 'its' : 'their'} source record lists the row's own fields instead of ACLED's summary`,
    });
  }
  list.push(...warnings.toList());

  const name = fileName === undefined || fileName === '' ? 'an ACLED export' : `the ACLED export ${fileName}`;
  return {
    ok: true,
    value: builder.build({
      title: fileName === undefined || fileName === '' ? 'ACLED events' : `ACLED events from ${fileName}`,
      description:
        `${plural(loaded, 'event')} imported from ${name}. Each event cites ACLED's own notes, verbatim, as its source; ` +
        'ACLED names the sources it relied on (shown as "via").',
      license: "ACLED's terms of use apply to this data (imported from an ACLED export).",
      // ACLED's timestamp is when a row last changed: the newest one dates the data.
      updated: Number.isFinite(latestTimestampMs) ? new Date(latestTimestampMs).toISOString().slice(0, 10) : todayOf(options),
    }),
    warnings: list,
  };
}
