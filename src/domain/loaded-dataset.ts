/**
 * What a successful load hands to the rest of the app: the validated dataset with every
 * event's dates resolved to UTC epoch milliseconds, and the problems type of a failed load.
 */
import type { Dataset, DatasetEvent } from './dataset-schema';

/**
 * An event with its time span resolved. The span is half-open, [startMs, endMs):
 * `2022-08-23` (day) covers that whole UTC day, `2021-06` (month) the whole month,
 * a `range` runs from the start of `start` to the end of the period named by `end`.
 */
export interface TimedEvent extends DatasetEvent {
  startMs: number;
  endMs: number;
}

export interface LoadedDataset extends Omit<Dataset, 'events'> {
  events: TimedEvent[];
}

/**
 * What a load-level problem is, so the interface can word it in its own language
 * (`problemText` in src/ui/problem-text.ts looks up `data.<code>`); its `params` fill the
 * message in. The English `message` is always there and always the same, whatever the code.
 * - Reading: `downloadFailed` (url, error), `downloadStatus` (url, status, statusText),
 *   `readFailed` (error), `notUtf8`, `notUtf8Utf16`, `openFailed` (error: the loader itself
 *   failed).
 * - JSON: `jsonSyntax` (line, column, and `reason`, a {@link JsonErrorCode} with the reason's
 *   own params beside it: see locate-json-error.ts), `jsonUnreadable` (detail).
 * - The loader: `notDatasetObject` (a {@link ValueKind} as `valueKind`, with `value` and
 *   `count` when it has them), `valueUnreadable`, `moreProblems` (count, max).
 * - The format: `fileEmpty`, `fileBinary`, `jsonList`, `jsonSingleValue` (value), `topoJson`,
 *   `unknownType` (type), `unknownObject` (count of members, members as shown, `hint`:
 *   'geoJsonName' | 'noFormat'), `unknownColumns` (columns, acledColumns, sheetColumns,
 *   sheetExtras), `unknownFormat` (start); those from `jsonList` on, but `topoJson`, end with
 *   the formats the app reads.
 * - The worker: `loaderStopped` (phase: a LoadPhase, error), `importFailed` (error),
 *   `unpackFailed` (error), `workerCrashed` (detail), `notReceived`.
 * Params named `error` and `detail` carry a runtime's English words: a translation may leave them out.
 *
 * The checks of fields (data/zod-issue-problems.ts, data/check-dataset.ts, data/field-wording.ts,
 * and the dates' own: domain/parse-iso-date.ts, domain/resolve-event-span.ts) carry codes too;
 * a value found is given as `notDatasetObject`'s is (`valueKind`, `value`, `count`), and words
 * it in ` (found …)` or after "not":
 * - The schema: `fieldMissing` and `wrongType` (expected: zod's type name, and the value),
 *   `textTooShort`/`textTooLong`/`listTooShort`/`listTooLong` (limit),
 *   `numberTooSmall`/`numberTooBig` (limit, value), `notExactly`/`notOneOf` (allowed: the
 *   values as JSON, value), `noFormMatches`, `unexpectedForm`, `notValid` (value),
 *   `unknownFieldGuess` (field, guess), `unknownFieldOf` (field, object: what has the
 *   fields, fields), `unknownField` (field), `schemaRule` (rule: a message written in the
 *   schema, with `scheme` for `linkScheme`, value) and `schemaRuleMissing` (rule).
 * - The cross-checks: `duplicateId` (id, other: the path of the first, collection),
 *   `unknownId`/`unknownIdGuess` (target: a collection, id, guess), `listedTwice` (id),
 *   `badDate` (date, dateReason: 'shape' | 'unreadable' | 'month' | 'hour' | 'minute' | 'second'
 *   (with n) | 'day0' | 'monthDays' (month 1–12, year, days) | 'zone' (zone)),
 *   `rangeEndAtStart`/`rangeEndBeforeStart` (end, start), `offsetPastText` (offset, length),
 *   `articleNeedsLink`, `articleNeedsDate`, `quoteMismatch` (start, end, actual, elsewhere:
 *   'loosely' | 'nowhere' | 'once' | 'twice' | 'several', atStart, atEnd), `quotesIgnored`
 *   and `quotesIgnoredBecause` (article, range, reason), `eventDateHasTime` (date, day),
 *   `endNotAllowed` (precision), `precisionMismatch` (date, precision, granularity),
 *   `endMissingRange`, `endMissingBetween`, `endBeforeStart` (date, start), `stepNamesMany`
 *   (names, last), `ringNotClosed`.
 * - The importers (see {@link ImportProblemCode}): `acledColumnsMissing` (count of columns
 *   missing, missing, required, found) and `acledColumnsMissingNone` (the same, no column found),
 *   `acledNoRows`, `noRowReadable`/`noSlideReadable` (count), `rowsLeftOut`/`slidesLeftOut`
 *   (count, loaded), `moreRowProblems` (count, max), `moreLikeThese` (count), `noSlides`,
 *   `slidesNotList`/`erasNotList` (a value found, as above), `cosmological`, `noFeatures`,
 *   `nothingToShow`; GeoJSON's own schema messages are `schemaRule`s (rule `positionNeedsTwo`,
 *   `ringRepeatsFirst`, `ringClosed`, `featureId`, `propertiesObject`). An ACLED row's cells:
 *   `cellEmpty`, `acledNoId`, `acledNoType`, `acledDuplicateId` (id, row: the first's number),
 *   `notOneTwoThree`, `notANumber`, `outsideRange`/`latitudeOutside` (value as written, limit),
 *   `notUnixTime` (value), and `badDate` with the dateReasons only ACLED dates have: `noYear`,
 *   `notReal`, `acledForm`. A CSV row the reader could not split (ACLED, the TimelineJS
 *   sheet): `rowQuoteUnclosed`, `rowQuoteMisplaced`, `rowFieldCount` (fields, columns), and
 *   the file's `csvQuoteNeverCloses`. GeoJSON's warnings: `outerRingClockwise`,
 *   `holeCounterclockwise`, `crsIgnored`/`crsOther` (crs), `timeWithoutZone` (value),
 *   `geometryNullUndated`/`geometryEmptyUndated` (left out), `geometryNullDated`/
 *   `geometryEmptyDated` (on the timeline only), `featureIdTaken` (id, given), `collectionSplit`
 *   (count, ids), `tooPrecise` (count); a feature's date that cannot be read stays English.
 */
export type ProblemCode =
  | 'downloadFailed'
  | 'downloadStatus'
  | 'readFailed'
  | 'notUtf8'
  | 'notUtf8Utf16'
  | 'openFailed'
  | 'jsonSyntax'
  | 'jsonUnreadable'
  | 'notDatasetObject'
  | 'valueUnreadable'
  | 'moreProblems'
  | 'fileEmpty'
  | 'fileBinary'
  | 'jsonList'
  | 'jsonSingleValue'
  | 'topoJson'
  | 'unknownType'
  | 'unknownObject'
  | 'unknownColumns'
  | 'unknownFormat'
  | 'loaderStopped'
  | 'importFailed'
  | 'unpackFailed'
  | 'workerCrashed'
  | 'notReceived'
  | FieldProblemCode
  | ImportProblemCode;

/** The codes of the importers' whole-file messages and of their most common row warnings (see ProblemCode). */
export type ImportProblemCode =
  | 'acledColumnsMissing'
  | 'acledColumnsMissingNone'
  | 'acledNoRows'
  | 'noRowReadable'
  | 'rowsLeftOut'
  | 'moreRowProblems'
  | 'moreLikeThese'
  | 'noSlides'
  | 'noSlideReadable'
  | 'slidesLeftOut'
  | 'slidesNotList'
  | 'erasNotList'
  | 'cosmological'
  | 'noFeatures'
  | 'nothingToShow'
  | 'cellEmpty'
  | 'acledNoId'
  | 'acledNoType'
  | 'acledDuplicateId'
  | 'notOneTwoThree'
  | 'notANumber'
  | 'outsideRange'
  | 'latitudeOutside'
  | 'notUnixTime'
  | 'csvQuoteNeverCloses'
  | 'rowQuoteUnclosed'
  | 'rowQuoteMisplaced'
  | 'rowFieldCount'
  | 'outerRingClockwise'
  | 'holeCounterclockwise'
  | 'crsIgnored'
  | 'crsOther'
  | 'timeWithoutZone'
  | 'geometryNullUndated'
  | 'geometryEmptyUndated'
  | 'geometryNullDated'
  | 'geometryEmptyDated'
  | 'featureIdTaken'
  | 'collectionSplit'
  | 'tooPrecise';

/** The codes of the checks of fields (see ProblemCode). */
export type FieldProblemCode =
  | 'fieldMissing'
  | 'wrongType'
  | 'textTooShort'
  | 'textTooLong'
  | 'listTooShort'
  | 'listTooLong'
  | 'numberTooSmall'
  | 'numberTooBig'
  | 'notExactly'
  | 'notOneOf'
  | 'noFormMatches'
  | 'unexpectedForm'
  | 'notValid'
  | 'unknownFieldGuess'
  | 'unknownFieldOf'
  | 'unknownField'
  | 'schemaRule'
  | 'schemaRuleMissing'
  | 'duplicateId'
  | 'unknownId'
  | 'unknownIdGuess'
  | 'listedTwice'
  | 'badDate'
  | 'rangeEndAtStart'
  | 'rangeEndBeforeStart'
  | 'offsetPastText'
  | 'articleNeedsLink'
  | 'articleNeedsDate'
  | 'quoteMismatch'
  | 'quotesIgnored'
  | 'quotesIgnoredBecause'
  | 'eventDateHasTime'
  | 'endNotAllowed'
  | 'precisionMismatch'
  | 'endMissingRange'
  | 'endMissingBetween'
  | 'endBeforeStart'
  | 'stepNamesMany'
  | 'ringNotClosed';

/**
 * Why a text is not valid JSON (`reason` of a `jsonSyntax` problem), with the params each
 * reason adds: `found` ('lineBreak' | 'control' | 'quoted', then `token`: the character or
 * word found), `container` ('object' | 'list'), `close` ('}' | ']'), `openLine`/`openColumn`,
 * `escape` (the character after the backslash), `likely` ('missingComma').
 */
export type JsonErrorCode =
  | 'empty'
  | 'endsExpectingValue'
  | 'endsUnclosed'
  | 'comment'
  | 'afterEnd'
  | 'expectedColon'
  | 'expectedCommaOrClose'
  | 'trailingComma'
  | 'singleQuotedName'
  | 'expectedName'
  | 'controlInText'
  | 'badUnicodeEscape'
  | 'badEscape'
  | 'unclosedText'
  | 'badNumber'
  | 'singleQuotedText'
  | 'expectedValue';

/**
 * What a value found where a dataset was expected is (`valueKind` of `notDatasetObject`); see
 * `describeValue` in data/problem-wording.ts, which words each in English.
 */
export type ValueKind =
  | 'null'
  | 'nothing'
  | 'emptyText'
  | 'text'
  | 'number'
  | 'boolean'
  | 'bigint'
  | 'symbol'
  | 'function'
  | 'emptyList'
  | 'list'
  | 'binary'
  | 'object'
  | 'otherObject'
  | 'unreadable';

/** The values that fill a coded message in: plain strings and numbers, so they survive structured clone. */
export type ProblemParams = Record<string, string | number>;

/**
 * One problem found in an input, e.g. `{ path: 'events[3].start', message: 'must be ...' }`.
 * `message` is English and predicates `path` ("`$`: is not valid JSON…"). Load-level problems
 * (the file could not be read, is not JSON, is in no known format…) also carry a `code` and
 * its `params`, from which the interface words them in its language, and so do the checks
 * of fields, and the importers' whole-file messages; a problem without a code (most of an
 * importer's row warnings) is shown as `message`.
 */
export interface DataProblem {
  path: string;
  message: string;
  code?: ProblemCode;
  params?: ProblemParams;
}

/** A problem's wording without its place, as a step that knows no path hands it on. */
export type ProblemWording = Omit<DataProblem, 'path'>;

/**
 * `format` names the format the file was in, for people ("ACLED CSV", "Conflict Map dataset v1");
 * a failed load names it when it was recognised. `warnings` are what an import of another
 * format left out or changed (rows left out, media dropped); always empty for dataset v1.
 */
export type LoadResult =
  | { ok: true; dataset: LoadedDataset; format: string; warnings: DataProblem[] }
  | { ok: false; problems: DataProblem[]; format?: string };
