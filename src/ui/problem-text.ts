/**
 * A problem of a dataset load in the interface's language. A problem with a code (the file
 * could not be read, is not JSON, is in no format the app reads, a field check failed, an
 * importer's whole-file message…: see ProblemCode) is worded from `data.<code>` and its params;
 * one without (an importer's warnings that wrap another's reason) is its English `message`. The English catalogue words every code exactly as the loader's `message` does.
 *
 * Numbers are written in the language's digits, ungrouped (`line 1234`, as editors number
 * lines, and as the English messages write them). In a right-to-left language, text from the
 * file (a URL, a character found, column names) is isolated, so that brackets and punctuation
 * in it keep their direction and meaning; params carrying a runtime's English words (`error`,
 * `detail`) are left out of the translations other than English.
 */
import type { DataProblem, JsonErrorCode, ProblemCode, ProblemParams, ValueKind } from '../domain/loaded-dataset';
import type { Locale } from '../i18n/locale';

/** What `t` fills a message in with (as `replace`): every param as text. */
type Values = Record<string, string>;

/** Codes worded from their params alone (the field checks' with the words their params name: see fieldValues). */
type PlainCode = Exclude<ProblemCode, 'jsonSyntax' | 'notDatasetObject' | 'moreProblems' | 'unknownObject' | 'loaderStopped'>;

/** Codes whose message ends with the formats the app reads (`{{formats}}`). */
const ENDS_WITH_FORMATS: ReadonlySet<ProblemCode> = new Set<ProblemCode>([
  'jsonList',
  'jsonSingleValue',
  'unknownType',
  'unknownObject',
  'unknownColumns',
  'unknownFormat',
]);

/** Each of a union's members once, as an object's keys: the compiler sees that none is missing. */
type Members<T extends string> = Readonly<Record<T, true>>;

const JSON_REASONS: Members<JsonErrorCode> = {
  empty: true,
  endsExpectingValue: true,
  endsUnclosed: true,
  comment: true,
  afterEnd: true,
  expectedColon: true,
  expectedCommaOrClose: true,
  trailingComma: true,
  singleQuotedName: true,
  expectedName: true,
  controlInText: true,
  badUnicodeEscape: true,
  badEscape: true,
  unclosedText: true,
  badNumber: true,
  singleQuotedText: true,
  expectedValue: true,
};

const VALUE_KINDS: Members<ValueKind> = {
  null: true,
  nothing: true,
  emptyText: true,
  text: true,
  number: true,
  boolean: true,
  bigint: true,
  symbol: true,
  function: true,
  emptyList: true,
  list: true,
  binary: true,
  object: true,
  otherObject: true,
  unreadable: true,
};

/** zod's names of the types a field must be (`expected`); another name is shown as it is. */
const EXPECTED: Members<'string' | 'number' | 'int' | 'boolean' | 'array' | 'tuple' | 'object' | 'null'> = {
  string: true,
  number: true,
  int: true,
  boolean: true,
  array: true,
  tuple: true,
  object: true,
  null: true,
};
const FIELDS_OF: Members<'dataset' | 'article' | 'ignoreRange' | 'excerpt' | 'event' | 'story' | 'storyStep' | 'window' | 'camera' | 'filters'> = {
  dataset: true,
  article: true,
  ignoreRange: true,
  excerpt: true,
  event: true,
  story: true,
  storyStep: true,
  window: true,
  camera: true,
  filters: true,
};
const COLLECTIONS: Members<'articles' | 'excerpts' | 'events' | 'features' | 'stories'> = {
  articles: true,
  excerpts: true,
  events: true,
  features: true,
  stories: true,
};
const RULES: Members<
  | 'notEmpty'
  | 'emptyId'
  | 'isoDate'
  | 'linkEmpty'
  | 'linkSpaces'
  | 'linkControl'
  | 'linkNoScheme'
  | 'linkScheme'
  | 'linkMalformed'
  | 'linkNoSite'
  | 'linkCredentials'
  | 'wholeNumber'
  | 'zeroOrMore'
  | 'citeExcerpt'
  | 'longitude'
  | 'latitude'
  | 'ringPositions'
  | 'linePositions'
  | 'polygonRing'
  | 'hexColor'
  | 'featureSource'
  | 'atLeastOneStep'
  | 'version1'
  | 'positionNeedsTwo'
  | 'ringRepeatsFirst'
  | 'ringClosed'
  | 'featureId'
  | 'propertiesObject'
> = {
  notEmpty: true,
  emptyId: true,
  isoDate: true,
  linkEmpty: true,
  linkSpaces: true,
  linkControl: true,
  linkNoScheme: true,
  linkScheme: true,
  linkMalformed: true,
  linkNoSite: true,
  linkCredentials: true,
  wholeNumber: true,
  zeroOrMore: true,
  citeExcerpt: true,
  longitude: true,
  latitude: true,
  ringPositions: true,
  linePositions: true,
  polygonRing: true,
  hexColor: true,
  featureSource: true,
  atLeastOneStep: true,
  version1: true,
  positionNeedsTwo: true,
  ringRepeatsFirst: true,
  ringClosed: true,
  featureId: true,
  propertiesObject: true,
};
const DATE_REASONS: Members<
  'shape' | 'unreadable' | 'month' | 'hour' | 'minute' | 'second' | 'day0' | 'monthDays' | 'zone' | 'noYear' | 'notReal' | 'acledForm'
> = {
  shape: true,
  unreadable: true,
  month: true,
  hour: true,
  minute: true,
  second: true,
  day0: true,
  monthDays: true,
  zone: true,
  noYear: true,
  notReal: true,
  acledForm: true,
};
const ELSEWHERE: Members<'loosely' | 'nowhere' | 'once' | 'twice' | 'several'> = { loosely: true, nowhere: true, once: true, twice: true, several: true };
const GRANULARITIES: Members<'day' | 'month' | 'year' | 'time'> = { day: true, month: true, year: true, time: true };
const ONE_DATE_PRECISIONS: Members<'day' | 'month' | 'year'> = { day: true, month: true, year: true };
/** Codes whose message counts (`count` for the plural): the param counted. */
const COUNTED: Partial<Record<ProblemCode, string>> = {
  textTooShort: 'limit',
  textTooLong: 'limit',
  listTooShort: 'limit',
  listTooLong: 'limit',
  offsetPastText: 'length',
  acledColumnsMissing: 'count',
  acledColumnsMissingNone: 'count',
  noRowReadable: 'count',
  rowsLeftOut: 'count',
  moreRowProblems: 'count',
  moreLikeThese: 'count',
  noSlideReadable: 'count',
  slidesLeftOut: 'count',
  collectionSplit: 'count',
  tooPrecise: 'count',
};

const PHASES: Members<'reading' | 'parsing' | 'validating' | 'indexing'> = { reading: true, parsing: true, validating: true, indexing: true };
const FOUND: Members<'lineBreak' | 'control' | 'quoted'> = { lineBreak: true, control: true, quoted: true };
const CONTAINERS: Members<'object' | 'list'> = { object: true, list: true };
const HINTS: Members<'geoJsonName' | 'noFormat'> = { geoJsonName: true, noFormat: true };

/** `value` when it is one of `members`' keys, else undefined. */
function oneOf<T extends string>(members: Members<T>, value: string | number | undefined): T | undefined {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(members, value) ? (value as T) : undefined;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** `n` in the locale's digits, without grouping. */
function digits(locale: Locale, n: number): string {
  let format = numberFormats.get(locale.tag);
  if (!format) numberFormats.set(locale.tag, (format = new Intl.NumberFormat(locale.tag, { useGrouping: false })));
  return format.format(n);
}

/** Params as `t` takes them: numbers in the locale's digits, texts from the file isolated in a right-to-left language. */
function valuesOf(locale: Locale, params: ProblemParams): Values {
  const values: Values = {};
  for (const [key, value] of Object.entries(params)) {
    values[key] = typeof value === 'number' ? digits(locale, value) : locale.dir === 'rtl' ? `\u2068${value}\u2069` : value;
  }
  return values;
}

/** What a value found is (`valueKind`, `value`, `count`: see describeValueParams), in words; null when the params make no sense. */
function foundValue(locale: Locale, params: ProblemParams, values: Values): string | null {
  const kind = oneOf(VALUE_KINDS, params['valueKind']);
  if (kind === undefined) return null;
  const { t } = locale;
  const count = params['count'];
  if (kind !== 'list') return t(`data.value.${kind}`, { replace: values });
  return typeof count === 'number' ? t('data.value.list', { count, replace: { n: digits(locale, count) } }) : null;
}

/**
 * Adds to `values` the words a field check's params name (what was found, the type expected,
 * the rule, the collection, why a date is not real…); false when a param makes no sense.
 */
function fieldValues(locale: Locale, params: ProblemParams, values: Values): boolean {
  const { t } = locale;
  values['foundNote'] = '';
  if (params['valueKind'] !== undefined) {
    const found = foundValue(locale, params, values);
    if (found === null) return false;
    values['found'] = found;
    values['foundNote'] = t('data.foundNote', { replace: { found } });
  }
  const expected = params['expected'];
  if (expected !== undefined) {
    const known = oneOf(EXPECTED, expected);
    values['expected'] = known === undefined ? (values['expected'] ?? '') : t(`data.expected.${known}`);
  }
  if (params['rule'] !== undefined) {
    const rule = oneOf(RULES, params['rule']);
    if (rule === undefined) return false;
    values['rule'] = t(`data.rule.${rule}`, { replace: values });
  }
  if (params['object'] !== undefined) {
    const object = oneOf(FIELDS_OF, params['object']);
    if (object === undefined) return false;
    values['object'] = t(`data.fieldsOf.${object}`);
  }
  for (const key of ['collection', 'target'] as const) {
    if (params[key] === undefined) continue;
    const collection = oneOf(COLLECTIONS, params[key]);
    if (collection === undefined) return false;
    values['items'] = t(`data.items.${collection}`);
    values['noun'] = t(`data.noun.${collection}`);
  }
  if (params['dateReason'] !== undefined) {
    const reason = oneOf(DATE_REASONS, params['dateReason']);
    const month = params['month'];
    if (reason === undefined) return false;
    if (reason === 'monthDays') {
      if (typeof month !== 'number' || month < 1 || month > 12 || !Number.isInteger(month)) return false;
      values['monthName'] = t(`data.monthName.m${month as 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12}`);
    }
    values['reason'] = t(`data.dateReason.${reason}`, { replace: values });
  }
  if (params['elsewhere'] !== undefined) {
    const elsewhere = oneOf(ELSEWHERE, params['elsewhere']);
    if (elsewhere === undefined) return false;
    values['elsewhere'] = t(`data.quoteElsewhere.${elsewhere}`, { replace: values });
  }
  if (params['granularity'] !== undefined) {
    const granularity = oneOf(GRANULARITIES, params['granularity']);
    const precision = oneOf(ONE_DATE_PRECISIONS, params['precision']);
    if (granularity === undefined || precision === undefined) return false;
    values['is'] = t(`data.granularity.${granularity}`);
    values['needs'] = t(`data.precisionNeeds.${precision}`);
  }
  return true;
}

/** Why the text is not JSON, from a `jsonSyntax` problem's params; null when they make no sense. */
function jsonReason(locale: Locale, params: ProblemParams, values: Values): string | null {
  const reason = oneOf(JSON_REASONS, params['reason']);
  if (reason === undefined) return null;
  const { t } = locale;
  const kind = oneOf(FOUND, params['found']);
  const found = kind === undefined ? '' : t(`data.found.${kind}`, { replace: values });
  const container = oneOf(CONTAINERS, params['container']);
  switch (reason) {
    case 'endsUnclosed':
      return container === undefined ? null : t(`data.jsonReason.endsUnclosed.${container}`, { replace: values });
    case 'expectedCommaOrClose':
      if (container === undefined) return null;
      return params['likely'] === 'missingComma'
        ? t(`data.jsonReason.expectedCommaOrClose.${container}MissingComma`, { replace: { ...values, found } })
        : t(`data.jsonReason.expectedCommaOrClose.${container}`, { replace: { ...values, found } });
    default:
      return t(`data.jsonReason.${reason}`, { replace: { ...values, found } });
  }
}

/** The message of a coded problem; null when its params make no sense (then the English message is shown). */
function codedText(locale: Locale, code: ProblemCode, params: ProblemParams): string | null {
  const { t } = locale;
  const values = valuesOf(locale, params);
  if (ENDS_WITH_FORMATS.has(code)) values['formats'] = t('data.knownFormats', { replace: { version: digits(locale, 1) } });
  switch (code) {
    case 'jsonSyntax': {
      const reason = jsonReason(locale, params, values);
      return reason === null ? null : t('data.jsonSyntax', { replace: { ...values, reason } });
    }
    case 'notDatasetObject': {
      const kind = oneOf(VALUE_KINDS, params['valueKind']);
      if (kind === undefined) return null;
      const count = params['count'];
      const found =
        kind === 'list' ? (typeof count === 'number' ? t('data.value.list', { count, replace: { n: digits(locale, count) } }) : null) : t(`data.value.${kind}`, { replace: values });
      return found === null ? null : t('data.notDatasetObject', { replace: { ...values, found } });
    }
    case 'moreProblems': {
      const { count } = params;
      return typeof count === 'number' ? t('data.moreProblems', { count, replace: { ...values, n: digits(locale, count) } }) : null;
    }
    case 'unknownObject': {
      const { count } = params;
      const hint = oneOf(HINTS, params['hint']);
      if (typeof count !== 'number' || hint === undefined) return null;
      const object = count === 0 ? t('data.object.empty') : t('data.object.members', { count, replace: values });
      return t('data.unknownObject', { replace: { ...values, object, hint: t(`data.objectHint.${hint}`) } });
    }
    case 'loaderStopped': {
      const phase = oneOf(PHASES, params['phase']);
      return phase === undefined ? null : t('data.loaderStopped', { replace: { ...values, phase: t(`data.phase.${phase}`) } });
    }
    case 'downloadStatus':
      // An HTTP/2 answer has no status text: the English message is trimmed of the space before it.
      return t('data.downloadStatus', { replace: values }).trim();
    default: {
      const plain: PlainCode = code;
      if (!fieldValues(locale, params, values)) return null;
      const counted = COUNTED[plain];
      const count = counted === undefined ? undefined : params[counted];
      if (counted !== undefined && typeof count !== 'number') return null;
      return t(`data.${plain}`, count === undefined ? { replace: values } : { count, replace: values });
    }
  }
}

/** `problem` in `locale`'s language: its code's message when it has one, else its (English) message. */
export function problemText(locale: Locale, problem: DataProblem): string {
  if (problem.code === undefined) return problem.message;
  return codedText(locale, problem.code, problem.params ?? {}) ?? problem.message;
}
