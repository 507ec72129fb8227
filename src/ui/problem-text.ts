/**
 * A problem of a dataset load in the interface's language. A problem with a code (the file
 * could not be read, is not JSON, is in no format the app reads…: see ProblemCode) is worded
 * from `data.<code>` and its params; one without (the checks of fields, for now) is its English
 * `message`. The English catalogue words every code exactly as the loader's `message` does.
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

/** Codes worded from their params alone. */
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
      return t(`data.${plain}`, { replace: values });
    }
  }
}

/** `problem` in `locale`'s language: its code's message when it has one, else its (English) message. */
export function problemText(locale: Locale, problem: DataProblem): string {
  if (problem.code === undefined) return problem.message;
  return codedText(locale, problem.code, problem.params ?? {}) ?? problem.message;
}
