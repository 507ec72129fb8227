import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { importAcledCsv } from '../../../src/data/import/import-acled-csv';
import { importDataset, importJsonValue } from '../../../src/data/import/import-dataset';
import { loadAnyDataset } from '../../../src/data/import/load-any-dataset';
import { loadDataset } from '../../../src/data/load-dataset';
import { parseJsonText } from '../../../src/data/parse-json-text';
import { readInputText, type DatasetSource } from '../../../src/data/read-input-text';
import { handleDatasetRequest } from '../../../src/data/worker/handle-dataset-request';
import { loadDatasetOffMainThread, type WorkerLike } from '../../../src/data/worker/load-dataset-off-main-thread';
import type { DatasetResponse } from '../../../src/data/worker/worker-protocol';
import { openDataset } from '../../../src/app/dataset-opener';
import { createLoadingStore } from '../../../src/app/loading-status';
import type { DataProblem, FieldProblemCode, ImportProblemCode, LoadResult, ProblemCode } from '../../../src/domain/loaded-dataset';
import { defaultMessageMap, problemsFromZodIssues } from '../../../src/data/zod-issue-problems';
import { localeFor } from '../../../src/i18n/locale';
import { createAppStore } from '../../../src/store/create-app-store';
import { problemText } from '../../../src/ui/problem-text';

const en = localeFor('en');
const ar = localeFor('ar');

/** The first problem of a failed load, import or opening. */
function only(result: LoadResult | { ok: boolean; problems?: readonly DataProblem[] }): DataProblem {
  const problem = !result.ok && 'problems' in result ? result.problems?.[0] : undefined;
  if (problem === undefined) throw new Error('expected a failed load');
  return problem;
}

function failedRead(read: Awaited<ReturnType<typeof readInputText>>): DataProblem {
  if (read.ok) throw new Error('expected a failed read');
  const { ok: _ok, ...wording } = read;
  return { path: '$', ...wording };
}

const noProgress = () => undefined;
const fetchFailing = (reason: unknown) => (async () => Promise.reject(reason)) as unknown as typeof fetch;
const fetchAnswering = (status: number, statusText: string) => (async () => new Response('nope', { status, statusText })) as unknown as typeof fetch;
const fileOf = (bytes: number[]): DatasetSource => ({ file: new Blob([new Uint8Array(bytes)]) });
/** A file whose reading fails halfway (a disk or a permission gone). */
const brokenFile: DatasetSource = {
  file: {
    size: 10,
    stream: () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          controller.error(new Error('The requested file could not be read'));
        },
      }),
  } as unknown as Blob,
};

/** A worker stand-in that answers each request with `respond`'s events. */
function scriptedWorker(respond: (emit: (type: 'message' | 'messageerror', data?: unknown) => void) => void): () => WorkerLike {
  return () => {
    const listeners: Record<string, ((event: never) => void)[]> = { message: [], error: [], messageerror: [] };
    const emit = (type: 'message' | 'messageerror', data?: unknown) =>
      setTimeout(() => listeners[type]!.forEach((listener) => listener({ data } as never)), 0);
    return {
      postMessage: () => respond(emit),
      terminate: () => undefined,
      addEventListener: (type: string, listener: (event: never) => void) => listeners[type]!.push(listener),
    } as WorkerLike;
  };
}

/** The worker's handler, failing when it enters `phase` (as running out of memory would). */
async function stoppedWhile(phase: 'parsing' | 'validating'): Promise<DataProblem> {
  let last: DatasetResponse | undefined;
  await handleDatasetRequest({ type: 'load', input: { text: '{"version": 1}' }, mode: 'columns' }, (response) => {
    if (response.type === 'progress' && response.progress.phase === phase) throw new RangeError('Invalid string length');
    last = response;
  });
  if (last?.type !== 'failed') throw new Error('expected the load to fail');
  return last.result.problems[0]!;
}

afterEach(() => vi.restoreAllMocks());

/** Names and JSON notation that stay Latin in the Arabic messages (see docs/i18n.md). */
const LATIN_ALLOWED = [
  'TimelineJS3', 'TimelineJS', 'TopoJSON', 'GeoJSON', 'JSON', 'CSV', 'ACLED', 'Google', 'UTF-8', 'UTF-16',
  'topojson-client', 'topo2geo', 'FeatureCollection', 'Feature', 'Point',
  'true', 'false', 'null', '"version"', '"title"', '"type"', '"events"', '\\n', '\\u', '1e6',
  '"cosmological"', '23 August 2022',
  'ISO 8601', '2022-08-23T10:00Z', 'https://www.example.org/page', 'http://', 'https://', '#rrggbb', '"#c2572b"', 'excerptIds', 'sources',
  '"range"', '"between"', '"record"', 'eventId', 'featureId', 'excerptId', 'RFC 7946',
  '"crs"', 'WGS84', 'EPSG:4326', 'UTC', 'GeometryCollection',
];
/** Params that are text from the file or its address, shown as they are in every language. */
const DATA_PARAMS = [
  'url', 'token', 'escape', 'value', 'type', 'members', 'columns', 'acledColumns', 'sheetColumns', 'sheetExtras', 'start',
  // The field checks': values, ids, field names and paths as the file writes them.
  'expected', 'allowed', 'field', 'guess', 'fields', 'scheme', 'id', 'other', 'date', 'zone', 'year', 'actual', 'article', 'range',
  'reason', 'day', 'precision', 'granularity', 'names', 'last',
  // The importers': column names as the file writes them; GeoJSON's crs names and feature ids.
  'missing', 'required', 'found', 'crs', 'ids', 'given',
];

/** The Arabic text without the data it quotes and the names it may write in Latin letters. */
function withoutAllowedLatin(text: string, problem: DataProblem): string {
  const data = DATA_PARAMS.flatMap((key) => {
    const value = problem.params?.[key];
    return typeof value === 'string' && value !== '' ? [value] : [];
  });
  let rest = text;
  for (const allowed of [...data, ...LATIN_ALLOWED].sort((a, b) => b.length - a.length)) rest = rest.split(allowed).join(' ');
  return rest;
}

/** A worker stand-in that answers, then fails with an error event without a message. */
function crashingWorker(): { createWorker: () => WorkerLike; crash: () => void } {
  const listeners: Record<string, ((event: never) => void)[]> = { message: [], error: [], messageerror: [] };
  const progress = { data: { type: 'progress', progress: { phase: 'reading', loaded: 0 } } };
  return {
    createWorker: () =>
      ({
        postMessage: () => setTimeout(() => listeners['message']!.forEach((listener) => listener(progress as never)), 0),
        terminate: () => undefined,
        addEventListener: (type: string, listener: (event: never) => void) => listeners[type]!.push(listener),
      }) as WorkerLike,
    crash: () => listeners['error']!.forEach((listener) => listener(new Event('error') as never)),
  };
}

function withoutOk(parsed: ReturnType<typeof parseJsonText>): DataProblem {
  if (parsed.ok) throw new Error('expected a parse failure');
  const { ok: _ok, ...wording } = parsed;
  return { path: '$', ...wording };
}

async function problemsOfEveryCode(): Promise<[string, DataProblem][]> {
  // The engine gives up where the scanner sees valid JSON (nesting too deep for it, say).
  vi.spyOn(JSON, 'parse').mockImplementationOnce(() => {
    throw new RangeError('Maximum call stack size exceeded');
  });
  const engineGaveUp = withoutOk(parseJsonText('{}'));
  vi.restoreAllMocks();

  const json = (text: string) => only(loadDataset(text));
  const many = loadDataset({ version: 1, events: Array.from({ length: 201 }, () => ({})) });
  const crashing = crashingWorker();
  const cases: [string, DataProblem | Promise<DataProblem>][] = [
    ['download failed', readInputText({ url: 'https://data.example/a.json' }, noProgress, fetchFailing(new TypeError('Failed to fetch'))).then(failedRead)],
    ['download failed, no error', readInputText({ url: 'https://data.example/a.json' }, noProgress, fetchFailing('down')).then(failedRead)],
    ['server answered', readInputText({ url: 'https://data.example/missing.json' }, noProgress, fetchAnswering(404, 'Not Found')).then(failedRead)],
    ['server answered without a status text', readInputText({ url: 'https://data.example/x.json' }, noProgress, fetchAnswering(500, '')).then(failedRead)],
    ['could not be read', readInputText(brokenFile, noProgress).then(failedRead)],
    ['not UTF-8', readInputText(fileOf([0x61, 0xe9, 0x62]), noProgress).then(failedRead)],
    ['UTF-16', readInputText(fileOf([0xff, 0xfe, 0x61, 0x00]), noProgress).then(failedRead)],
    ['JSON the engine cannot read', engineGaveUp],
    ['empty JSON', json('')],
    ['list not closed', json('{\n"a": [\n')],
    ['object not closed', json('{"a": 1')],
    ['comment', json('// note\n{}')],
    ['after the end', json('{"a":1} x')],
    ['control after the end', json('{}\u0001')],
    ['colon', json('{"a" 1}')],
    ['comma missing in an object', json('{"a": 1\n "b": 2}')],
    ['comma or close in an object', json('{"a": 1 x}')],
    ['comma missing in a list', json('[1 "b"]')],
    ['comma or close in a list', json('[1 2]')],
    ['trailing comma in an object', json('{\n  "a": 1,\n}')],
    ['trailing comma in a list', json('[1,\n2,\n]')],
    ['single-quoted name', json("{'a': 1}")],
    ['property name', json('{1: 2}')],
    ['line break in text', json('{"a": "x\ny"}')],
    ['bad \\u escape', json('["\\u12"]')],
    ['bad escape', json('["\\q"]')],
    ['text never closed', json('{"a": "x')],
    ['bad number', json('[01]')],
    ['single-quoted text', json('{"a": \'x\'}')],
    ['expected a value, a word', json('[NaN]')],
    ['expected a value, a brace', json('[}]')],
    ['expected a value, a control character', json('[\u0002]')],
    ['not an object: null', only(loadDataset(null))],
    ['not an object: nothing', only(loadDataset(undefined))],
    ['not an object: a number', only(loadDataset(42))],
    ['not an object: text', json('"hello"')],
    ['not an object: true', only(loadDataset(true))],
    ['not an object: an empty list', json('[]')],
    ['not an object: a list of one', json('[1]')],
    ['not an object: a list of three', json('[1, 2, 3]')],
    ['not an object: bytes', only(loadDataset(new Uint8Array(2)))],
    ['not an object: a map', only(loadDataset(new Map()))],
    ['not plain data', only(loadDataset(revoked()))],
    ['and more problems', many.ok ? only(many) : many.problems.at(-1)!],
    ['empty file', only(importDataset(' \n'))],
    ['binary file', only(importDataset('PK\u0003\u0004\u0000\u0000xl/workbook.xml'))],
    ['a JSON list', only(importDataset('[1, 2, 3]'))],
    ['a single JSON value', only(importJsonValue(42, undefined))],
    ['TopoJSON', only(importDataset('{"type": "Topology", "objects": {}}'))],
    ['unknown type', only(importDataset('{"type": "Feature[s]"}', 'x.geojson'))],
    ['empty object', only(importDataset('{}'))],
    ['object with one member', only(importDataset('{"name": "x"}', 'places.geojson'))],
    ['object with members', only(importDataset(JSON.stringify(Object.fromEntries([...'abcdefghij'].map((k) => [k, 1])))))],
    ['unknown columns', only(importDataset('id,name,lat,lon\n1,a,2,3\n'))],
    ['unknown format', only(importDataset('hello (world)'))],
    [
      'import failed',
      only(
        loadAnyDataset('{"events": [{"start_date": {"year": 2020}, "text": {"headline": "A"}}]}', 'tl.json', {
          get today(): string {
            throw new Error('no clock');
          },
        }),
      ),
    ],
    ['stopped while parsing', stoppedWhile('parsing')],
    ['stopped while validating', stoppedWhile('validating')],
    ['worker crashed', loadDatasetOffMainThread({ text: '{}' }, () => crashing.crash(), { createWorker: crashing.createWorker }).then(only)],
    [
      'data not received',
      loadDatasetOffMainThread({ text: '{}' }, undefined, {
        createWorker: scriptedWorker((emit) => {
          emit('message', { type: 'progress', progress: { phase: 'reading', loaded: 0 } });
          emit('messageerror');
        }),
      }).then(only),
    ],
    [
      'data not unpacked',
      loadDatasetOffMainThread({ text: '{}' }, undefined, {
        createWorker: scriptedWorker((emit) => emit('message', { type: 'loaded', dataset: {}, format: 'x', warnings: [], timings: {}, postedAt: 0 })),
      }).then(only),
    ],
    ['loader failed', openDataset(createAppStore(), createLoadingStore(), () => Promise.reject(new Error('no worker')), { text: '{}' }, 'x.json').then(only)],
  ];
  return Promise.all(cases.map(async ([name, problem]) => [name, await problem] as [string, DataProblem]));
}

/** A value that breaks when it is read at all. */
function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

describe('problemText', () => {
  it('words every coded problem in English exactly as its message, and in Arabic without English', async () => {
    const cases = await problemsOfEveryCode();
    const codes = new Set<ProblemCode>();
    for (const [name, problem] of cases) {
      expect(problem.code, name).toBeDefined();
      codes.add(problem.code!);
      expect(problemText(en, problem), name).toBe(problem.message);
      const arabic = problemText(ar, problem);
      expect(arabic, name).toMatch(/[\u0621-\u064A]/);
      expect(withoutAllowedLatin(arabic, problem), `${name}: ${arabic}`).not.toMatch(/[A-Za-z]/);
    }
    const all: ProblemCode[] = [
      'downloadFailed', 'downloadStatus', 'readFailed', 'notUtf8', 'notUtf8Utf16', 'openFailed', 'jsonSyntax', 'jsonUnreadable',
      'notDatasetObject', 'valueUnreadable', 'moreProblems', 'fileEmpty', 'fileBinary', 'jsonList', 'jsonSingleValue', 'topoJson',
      'unknownType', 'unknownObject', 'unknownColumns', 'unknownFormat', 'loaderStopped', 'importFailed', 'unpackFailed',
      'workerCrashed', 'notReceived',
    ];
    expect([...codes].sort()).toEqual([...all].sort());
    const reasons = new Set(cases.flatMap(([, p]) => (p.code === 'jsonSyntax' ? [p.params?.['reason']] : [])));
    // 'endsExpectingValue' is the scanner's guard for a case it cannot meet (a blank file is "empty").
    expect(reasons.size).toBe(16);
  });

  it('words the reason no file reaches too', () => {
    const problem: DataProblem = {
      path: '$',
      message: 'is not valid JSON: line 1, column 2: the file ends where a value was expected',
      code: 'jsonSyntax',
      params: { line: 1, column: 2, reason: 'endsExpectingValue' },
    };
    expect(problemText(en, problem)).toBe(problem.message);
    expect(problemText(ar, problem)).toBe('الملف ليس بصيغة JSON سليمة: السطر ١، العمود ٢: ينتهي الملف حيث كان يُنتظر ورود قيمة');
  });

  it('writes numbers in the chosen digits, ungrouped like the English message', () => {
    const lines = '\n'.repeat(1233);
    const problem = only(loadDataset(`${lines}{"a" 1}`));
    expect(problemText(en, problem)).toBe(problem.message);
    expect(problem.message).toContain('line 1234, column 6');
    expect(problemText(ar, problem)).toContain('السطر ١٢٣٤، العمود ٦');
    expect(problemText(localeFor('ar', 'latin'), problem)).toContain('السطر 1234، العمود 6');
  });

  it('chooses the Arabic plural by count', () => {
    const texts = [1, 2, 3, 11, 100].map((count) =>
      problemText(ar, { path: '$', message: 'and …', code: 'moreProblems', params: { count, max: 200 } }),
    );
    expect(texts).toEqual([
      'ثمة مشكلة أخرى (لا تُسرد إلا أول ٢٠٠ مشكلة)',
      'ثمة مشكلتان أخريان (لا تُسرد إلا أول ٢٠٠ مشكلة)',
      'ثمة ٣ مشكلات أخرى (لا تُسرد إلا أول ٢٠٠ مشكلة)',
      'ثمة ١١ مشكلة أخرى (لا تُسرد إلا أول ٢٠٠ مشكلة)',
      'ثمة ١٠٠ مشكلة أخرى (لا تُسرد إلا أول ٢٠٠ مشكلة)',
    ]);
  });

  it('isolates what the file holds in Arabic, so a bracket keeps its direction', () => {
    const problem = only(loadDataset('[}]'));
    expect(problemText(ar, problem)).toContain("\u2066'\u2068}\u2069'\u2069");
    expect(problemText(en, problem)).not.toContain('\u2068');
    const url = 'https://data.example/بيانات.json';
    const download: DataProblem = {
      path: '$',
      message: `could not be downloaded from ${url}: the server answered 404 Not Found`,
      code: 'downloadStatus',
      params: { url, status: 404, statusText: 'Not Found' },
    };
    expect(problemText(ar, download)).toBe(`تعذّر تنزيل الملف من \u2068${url}\u2069: ردّ الخادم برمز الحالة ٤٠٤`);
  });

  it('shows the English message of a problem without a code, or with params it cannot read', () => {
    const uncoded: DataProblem = { path: 'rows[3]', message: 'was left out: it has no date' };
    expect(problemText(ar, uncoded)).toBe(uncoded.message);
    expect(problemText(ar, { path: 'x', message: 'must be …', code: 'schemaRule', params: { rule: 'nonsense' } })).toBe('must be …');
    expect(problemText(ar, { path: 'x', message: 'is …', code: 'badDate', params: { date: 'x', dateReason: 'monthDays', month: 13 } })).toBe('is …');
    const odd: DataProblem = { path: '$', message: 'is not valid JSON: …', code: 'jsonSyntax', params: { line: 1, column: 1, reason: 'nonsense' } };
    expect(problemText(ar, odd)).toBe(odd.message);
    expect(problemText(ar, { path: '$', message: 'could not be loaded: …', code: 'loaderStopped', params: { phase: 'dreaming' } })).toBe(
      'could not be loaded: …',
    );
  });
});

// ---------------------------------------------------------------------------------------------
// The checks of fields: every problem the loader finds in a broken dataset carries a code.

const MINIMAL = readFileSync(new URL('../../fixtures/datasets/minimal-valid.json', import.meta.url), 'utf8');
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- hand-broken copies reach anywhere
type Loose = any;
const TEXT = 'The bridge over the river reopened on Monday.\nRead more: other story';

/** A copy of the minimal dataset with one rule broken. */
function broken(breakIt: (d: Loose) => void): unknown {
  const d = JSON.parse(MINIMAL) as Loose;
  breakIt(d);
  return d;
}

const polygon = (ring: number[][]) => ({ type: 'Polygon', coordinates: [ring] });
const step = (extra: Record<string, unknown>) => ({ id: 's1', title: 'S', steps: [{ title: 'Step', ...extra }] });

const BROKEN: [string, (d: Loose) => void][] = [
  // The schema
  ['title missing', (d) => delete d.title],
  ['title a number', (d) => (d.title = 5)],
  ['title empty', (d) => (d.title = '')],
  ['events a list of one', (d) => (d.title = [1])],
  ['precision week', (d) => (d.events[0].precision = 'week')],
  ['version 2', (d) => (d.version = 2)],
  ['version missing', (d) => delete d.version],
  ['misspelt field', (d) => (d.articles[0].vai = 'Reuters')],
  ['unknown field of an article', (d) => (d.articles[0].zzzzzzzz = 1)],
  ['unknown field elsewhere', (d) => (d.kinds = { qqqqqqqq: {} })],
  ['empty id', (d) => (d.events[0].id = ' ')],
  ['not an ISO date', (d) => (d.updated = 'yesterday')],
  ['link empty', (d) => (d.articles[0].url = '')],
  ['link spaces', (d) => (d.articles[0].url = ' https://x.org')],
  ['link control', (d) => (d.articles[0].url = 'https://x.org/a b')],
  ['link no scheme', (d) => (d.articles[0].url = 'www.x.org')],
  ['link scheme', (d) => (d.articles[0].url = 'javascript:alert(1)')],
  ['link malformed', (d) => (d.articles[0].url = 'https://[')],
  ['link no site', (d) => (d.articles[0].url = 'http:/x.org')],
  ['link credentials', (d) => (d.articles[0].url = 'https://u:p@x.org')],
  ['offset not whole', (d) => (d.excerpts[0].start = 1.5)],
  ['offset negative', (d) => (d.excerpts[0].start = -1)],
  ['no excerpt cited', (d) => (d.events[0].excerptIds = [])],
  ['longitude', (d) => (d.features.features[0].geometry.coordinates = [190, 35])],
  ['latitude', (d) => (d.features.features[0].geometry.coordinates = [40, 95])],
  ['line too short', (d) => (d.features.features[0].geometry = { type: 'LineString', coordinates: [[40, 35]] })],
  ['polygon without ring', (d) => (d.features.features[0].geometry = { type: 'Polygon', coordinates: [] })],
  ['ring too short', (d) => (d.features.features[0].geometry = polygon([[40, 35], [41, 35], [40, 35]]))],
  ['geometry type', (d) => (d.features.features[0].geometry = { type: 'Circle', coordinates: [40, 35] })],
  ['colour', (d) => (d.kinds = { events: { statement: { color: 'red' } } })],
  ['feature unsourced', (d) => (d.features.features[0].properties.excerptIds = [])],
  ['story without steps', (d) => (d.stories = [{ id: 's1', title: 'S', steps: [] }])],
  ['zoom too far', (d) => (d.stories = [step({ camera: { center: [40, 35], zoom: 30 } })])],
  ['zoom negative', (d) => (d.stories = [step({ camera: { center: [40, 35], zoom: -1 } })])],
  // The cross-checks
  ['duplicate id', (d) => d.excerpts.push({ ...d.excerpts[0] })],
  ['unknown id', (d) => (d.events[0].excerptIds = ['zzzzzzzzzz'])],
  ['unknown id, with a guess', (d) => (d.events[0].featureIds = ['bridges'])],
  ['listed twice', (d) => (d.events[0].excerptIds = ['x1', 'x1'])],
  ['no such month', (d) => (d.updated = '2024-13')],
  ['no such day', (d) => (d.updated = '2023-02-29')],
  ['day 0', (d) => (d.updated = '2024-05-00')],
  ['no such hour', (d) => (d.updated = '2024-05-01T25:00Z')],
  ['no such minute', (d) => (d.updated = '2024-05-01T10:61Z')],
  ['no such second', (d) => (d.updated = '2024-05-01T10:00:61Z')],
  ['no such zone', (d) => (d.updated = '2024-05-01T10:00+15:00')],
  ['range ends at its start', (d) => Object.assign(d.excerpts[0], { start: 5, end: 5 })],
  ['range ends before its start', (d) => Object.assign(d.excerpts[0], { start: 5, end: 3 })],
  ['range past the text', (d) => Object.assign(d.excerpts[0], { end: 1000 })],
  ['ignore range past the text', (d) => (d.articles[0].ignore = [{ start: 1000, end: 1001 }])],
  ['article without link', (d) => delete d.articles[0].url],
  ['article without date', (d) => delete d.articles[0].published],
  ['quote found elsewhere', (d) => Object.assign(d.excerpts[0], { start: 0, end: 6, quote: 'bridge' })],
  ['quote found nowhere', (d) => Object.assign(d.excerpts[0], { quote: 'The bridge over the river reopened on Sunday.' })],
  ['quote found loosely', (d) => Object.assign(d.excerpts[0], { end: 46, quote: 'The bridge over  the river reopened on Monday.' })],
  ['quote found twice', (d) => Object.assign(d.excerpts[0], { start: 0, end: 2, quote: 'he' })],
  ['quote found several times', (d) => Object.assign(d.excerpts[0], { start: 0, end: 1, quote: 'e' })],
  ['quotes debris', (d) => Object.assign(d.excerpts[0], { start: 40, end: 50, quote: TEXT.slice(40, 50) })],
  ['quotes debris, no reason', (d) => {
    d.articles[0].ignore = [{ start: 46, end: 68 }];
    Object.assign(d.excerpts[0], { start: 40, end: 50, quote: TEXT.slice(40, 50) });
  }],
  ['event date with a time', (d) => (d.events[0].start = '2024-04-29T10:00Z')],
  ['end without range', (d) => (d.events[0].end = '2024-04-30')],
  ['precision and date disagree', (d) => (d.events[0].start = '2024-04')],
  ['range without end', (d) => (d.events[0].precision = 'range')],
  ['between without end', (d) => (d.events[0].precision = 'between')],
  ['range ending before it starts', (d) => Object.assign(d.events[0], { precision: 'range', end: '2024-04-01' })],
  ['era ending before it starts', (d) => (d.eras = [{ title: 'E', start: '2024-05', end: '2024-04' }])],
  ['step names two things', (d) => (d.stories = [step({ eventId: 'e1', featureId: 'bridge', excerptId: 'x1' })])],
  ['step names no such event', (d) => (d.stories = [step({ eventId: 'nope-nope-nope' })])],
  ['step window backwards', (d) => (d.stories = [step({ window: { start: '2024-05', end: '2024-04' } })])],
  ['step time not real', (d) => (d.stories = [step({ time: '2024-13' })])],
  ['two stories, one id', (d) => (d.stories = [step({}), step({})])],
  ['ring not closed', (d) => (d.features.features[0].geometry = polygon([[40, 35], [41, 35], [41, 36], [40, 36]]))],
];

const FIXTURES = ['broken-bounded-dates.json', 'broken-quote-and-dates.json', 'broken-references.json', 'unsafe-url-and-coordinates.json'];

/** Every problem the real loader gives for the broken datasets, by case. */
function brokenProblems(): [string, DataProblem][] {
  const cases: [string, unknown][] = [
    ...FIXTURES.map((name): [string, unknown] => [name, readFileSync(new URL(`../../fixtures/datasets/${name}`, import.meta.url), 'utf8')]),
    ...BROKEN.map(([name, breakIt]): [string, unknown] => [name, broken(breakIt)]),
  ];
  return cases.flatMap(([name, input]) => {
    const result = loadDataset(input);
    if (result.ok) throw new Error(`${name}: expected the broken dataset to be refused`);
    return result.problems.map((problem): [string, DataProblem] => [name, problem]);
  });
}

/** Problems of zod's own wording that no dataset v1 reaches (its schema words them itself). */
function zodOwnProblems(): [string, DataProblem][] {
  const schema = z.strictObject({
    short: z.string().min(3).optional(),
    long: z.string().max(2).optional(),
    few: z.array(z.number()).min(2).optional(),
    many: z.array(z.number()).max(1).optional(),
    one: z.array(z.number()).max(1).optional(),
    big: z.number().max(5).optional(),
    exactly: z.literal('x').optional(),
    either: z.union([z.number(), z.boolean()]).optional(),
    shaped: z.string().regex(/^a/).optional(),
    odd: z.number().refine((n) => n % 2 === 1).optional(),
    record: z.record(z.string(), z.number()).optional(),
  });
  const result = schema.safeParse(
    { short: 'ab', long: 'abc', few: [1], many: [1, 2, 3], one: [1, 2], big: 6, exactly: 'y', either: 'z', shaped: 'b', odd: 2, record: 3 },
    { error: defaultMessageMap },
  );
  if (result.success) throw new Error('expected zod issues');
  return problemsFromZodIssues(result.error.issues).map((problem): [string, DataProblem] => [problem.path, problem]);
}

describe('problemText of the checks of fields', () => {
  const problems = [...brokenProblems(), ...zodOwnProblems()];

  it('every problem of a broken dataset carries a code', () => {
    const coded = problems.filter(([, problem]) => problem.code !== undefined);
    expect(problems.filter(([, problem]) => problem.code === undefined).map(([name, p]) => `${name}: ${p.path} ${p.message}`)).toEqual([]);
    expect(coded.length / problems.length).toBe(1);
    expect(BROKEN.length + FIXTURES.length).toBeGreaterThan(70);
  });

  it('words them in English exactly as their message, and in Arabic without English', () => {
    for (const [name, problem] of problems) {
      const label = `${name}: ${problem.path} ${problem.message}`;
      expect(problemText(en, problem), label).toBe(problem.message);
      const arabic = problemText(ar, problem);
      expect(arabic, label).not.toBe(problem.message);
      expect(arabic, label).toMatch(/[\u0621-\u064A]/);
      expect(withoutAllowedLatin(arabic, problem), `${label}\n${arabic}`).not.toMatch(/[A-Za-z]/);
    }
  });

  it('uses every code of the field checks', () => {
    const codes = new Set(problems.map(([, problem]) => problem.code));
    const rules = new Set(problems.map(([, problem]) => problem.params?.['rule']));
    const all: FieldProblemCode[] = [
      'fieldMissing', 'wrongType', 'textTooShort', 'textTooLong', 'listTooShort', 'listTooLong', 'numberTooSmall', 'numberTooBig',
      'notExactly', 'notOneOf', 'noFormMatches', 'unexpectedForm', 'notValid', 'unknownFieldGuess', 'unknownFieldOf', 'unknownField',
      'schemaRule', 'schemaRuleMissing', 'duplicateId', 'unknownId', 'unknownIdGuess', 'listedTwice', 'badDate', 'rangeEndAtStart',
      'rangeEndBeforeStart', 'offsetPastText', 'articleNeedsLink', 'articleNeedsDate', 'quoteMismatch', 'quotesIgnored',
      'quotesIgnoredBecause', 'eventDateHasTime', 'endNotAllowed', 'precisionMismatch', 'endMissingRange', 'endMissingBetween',
      'endBeforeStart', 'stepNamesMany', 'ringNotClosed',
    ];
    expect(all.filter((code) => !codes.has(code))).toEqual([]);
    expect(rules.size - 1).toBe(23);
  });

  it('writes a few of them as a newsroom would', () => {
    const of = (name: string) => problems.find(([n]) => n === name)![1];
    expect(problemText(ar, of('no such day'))).toBe('«\u20682023-02-29\u2069» ليس تاريخًا حقيقيًّا (عدد أيام فبراير ٢٠٢٣ هو ٢٨)');
    expect(problemText(localeFor('ar', 'latin'), of('no such day'))).toContain('فبراير 2023 هو 28');
    expect(problemText(ar, of('title missing'))).toBe('الحقل مفقود (ويجب أن تكون قيمته نصًّا)');
    expect(problemText(ar, of('misspelt field'))).toBe('ليس هذا حقلًا من حقول هذه الصيغة؛ هل تقصد «\u2068via\u2069»؟');
  });
});

// ---------------------------------------------------------------------------------------------
// The importers' whole-file messages: the real importers on the import fixtures and a few files made here.

const IMPORT_TODAY = '2026-12-01';
const importFixture = (name: string) => readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url), 'utf8');
const ACLED_HEADER = 'event_id_cnty,event_date,event_type,latitude,longitude,notes,source';
const acledRow = (k: number, date = '2022-08-23') => `SYR${k},${date},Battles,35.3,40.1,Clashes.,SOHR`;
const slide = (year: unknown) => ({ start_date: { year }, text: { headline: 'A slide' } });
const ring = (positions: number[][]) => ({ type: 'Polygon', coordinates: [positions] });

const IMPORT_CASES: [string, string | unknown][] = [
  ...['acled-broken-rows.csv', 'acled-missing-columns.csv', 'empty.csv', 'geojson-unclosed-ring.geojson', 'geojson-bad-coordinates.geojson',
    'geojson-discouraged.geojson', 'none-of-the-formats.json', 'timelinejs-broken-slides.json', 'timelinejs-events-not-a-list.json',
    'unknown-table.csv'].map((name): [string, string] => [name, importFixture(name)]),
  ['acled.csv', `${ACLED_HEADER}\n`],
  ['acled.csv', 'event_id_cnty,event_date,event_type,latitude,longitude,source\nSYR1,2022-08-23,Battles,35.3,40.1,SOHR'],
  ['acled.csv', 'event_id_cnty,event_date,event_type\nSYR1,2022-08-23,Battles'],
  ['acled.csv', `${ACLED_HEADER}\n${acledRow(1, 'yesterday')}`],
  ['acled.csv', `${ACLED_HEADER}\n${acledRow(1, 'yesterday')}\n${acledRow(2, 'yesterday')}`],
  ['acled.csv', `${ACLED_HEADER}\n${acledRow(1)}\n${Array.from({ length: 53 }, (_, k) => acledRow(k + 2, 'yesterday')).join('\n')}`],
  ['acled.csv', `${ACLED_HEADER},timestamp\n${Array.from({ length: 23 }, (_, k) => `${acledRow(k + 1)},soon`).join('\n')}`],
  ['acled.csv', [
    `${ACLED_HEADER},time_precision`,
    `${acledRow(1)},1`,
    `,2022-08-23,Battles,35.3,40.1,Clashes.,SOHR,1`,
    `SYR1,2022-08-23,,35.3,40.1,Clashes.,SOHR,1`,
    `SYR3,0022-08-23,Battles,35.3,40.1,Clashes.,SOHR,1`,
    `SYR4,2022-13-01,Battles,35.3,40.1,Clashes.,SOHR,1`,
    `SYR5,,Battles,,190,Clashes.,SOHR,1`,
    `SYR6,2022-08-23,Battles,35.3,40.1,"Clashes "here",SOHR,1`,
    `SYR7,2022-08-23,Battles,35.3,40.1,Clashes.,SOHR,1,extra`,
    `SYR8,2022-08-23,Battles,35.3,40.1,"Clashes.,SOHR,1`,
  ].join('\n')],
  ['timeline.json', { events: [] }],
  ['timeline.json', { events: [slide('never')] }],
  ['timeline.json', { events: [slide('never'), slide('never'), slide('never')] }],
  ['timeline.json', { events: [slide(2022), slide('never')], eras: 'the war', scale: 'cosmological' }],
  ['timeline.json', { events: [slide(2022), ...Array.from({ length: 12 }, () => slide('never'))] }],
  ['map.geojson', { type: 'FeatureCollection', features: [] }],
  ['map.geojson', { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: null, properties: {} }] }],
  ['map.geojson', { type: 'Feature', geometry: { type: 'Point', coordinates: [40] }, properties: 3 }],
  ['map.geojson', { type: 'Feature', id: true, geometry: ring([[40, 35], [41, 35], [40, 35]]), properties: null }],
  ['map.geojson', {
    type: 'FeatureCollection',
    crs: { type: 'name', properties: { name: 'EPSG:3857' } },
    features: [
      // A hole wound like its outer ring, and a time of day without a zone.
      { type: 'Feature', id: 'a', geometry: { type: 'Polygon', coordinates: [
        [[40, 35], [41, 35], [41, 36], [40, 36], [40, 35]],
        [[40.2, 35.2], [40.8, 35.2], [40.8, 35.8], [40.2, 35.8], [40.2, 35.2]],
      ] }, properties: { name: 'A', date: '2022-08-23T10:00' } },
      { type: 'Feature', id: 'a', geometry: { type: 'Point', coordinates: [40.123456789, 35.1] }, properties: { name: 'B' } },
      { type: 'Feature', geometry: null, properties: { name: 'C' } },
      { type: 'Feature', geometry: { type: 'MultiPoint', coordinates: [] }, properties: { name: 'D' } },
      { type: 'Feature', geometry: null, properties: { name: 'E', date: '2022-08-23' } },
      { type: 'Feature', geometry: { type: 'MultiPoint', coordinates: [] }, properties: { name: 'F', date: '2022-08-23' } },
      { type: 'Feature', geometry: { type: 'GeometryCollection', geometries: [
        { type: 'Point', coordinates: [40, 35] }, { type: 'Point', coordinates: [41, 35] },
      ] }, properties: { name: 'G' } },
    ],
  }],
];

/** Every problem and warning the real importers give for IMPORT_CASES. */
function importProblems(): [string, DataProblem][] {
  // A table without column names reaches the ACLED importer only when called directly.
  const noColumns = importAcledCsv(',,\n1,2,3', 'acled.csv');
  const direct = (noColumns.ok ? [] : noColumns.problems).map((problem): [string, DataProblem] => ['acled.csv without columns', problem]);
  return direct.concat(IMPORT_CASES.flatMap(([name, input]) => {
    const result = typeof input === 'string' ? importDataset(input, name, { today: IMPORT_TODAY }) : importJsonValue(input, name, { today: IMPORT_TODAY });
    const problems = result.ok ? result.warnings : result.problems;
    return problems.map((problem): [string, DataProblem] => [name, problem]);
  }));
}

describe('problemText of the importers', () => {
  const problems = importProblems();

  it('gives a code to every whole-file message', () => {
    const uncoded = problems.filter(([, p]) => p.code === undefined && p.path === '$').map(([name, p]) => `${name}: ${p.message}`);
    expect(uncoded).toEqual([]);
    const codes = new Set(problems.map(([, p]) => p.code));
    const all: ImportProblemCode[] = [
      'acledColumnsMissing', 'acledColumnsMissingNone', 'acledNoRows', 'noRowReadable', 'rowsLeftOut', 'moreRowProblems', 'moreLikeThese',
      'noSlides', 'noSlideReadable', 'slidesLeftOut', 'slidesNotList', 'erasNotList', 'cosmological', 'noFeatures', 'nothingToShow',
    ];
    expect(all.filter((code) => !codes.has(code))).toEqual([]);
    const rules = new Set(problems.map(([, p]) => p.params?.['rule']));
    expect(['positionNeedsTwo', 'ringRepeatsFirst', 'ringClosed', 'featureId', 'propertiesObject'].filter((rule) => !rules.has(rule))).toEqual([]);
  });

  it('gives a code to every warning about an ACLED row', () => {
    const acled = problems.filter(([name]) => name.startsWith('acled'));
    expect(acled.filter(([, p]) => p.code === undefined).map(([name, p]) => `${name}: ${p.path} ${p.message}`)).toEqual([]);
    const codes = new Set(acled.map(([, p]) => p.code));
    const rowCodes: ImportProblemCode[] = [
      'cellEmpty', 'acledNoId', 'acledNoType', 'acledDuplicateId', 'notOneTwoThree', 'notANumber', 'outsideRange', 'latitudeOutside',
      'notUnixTime', 'csvQuoteNeverCloses', 'rowQuoteUnclosed', 'rowQuoteMisplaced', 'rowFieldCount',
    ];
    expect(rowCodes.filter((code) => !codes.has(code))).toEqual([]);
    const reasons = new Set(acled.map(([, p]) => p.params?.['dateReason']));
    expect(['noYear', 'notReal', 'acledForm', 'monthDays', 'month'].filter((reason) => !reasons.has(reason))).toEqual([]);
  });

  it("gives a code to every GeoJSON warning but a feature's date it cannot read", () => {
    const geojson = problems.filter(([name]) => name.includes('geojson'));
    const uncoded = geojson.filter(([, p]) => p.code === undefined).map(([name, p]) => `${name}: ${p.path} ${p.message}`);
    expect(uncoded.filter((text) => !/\.properties\./.test(text))).toEqual([]);
    const codes = new Set(geojson.map(([, p]) => p.code));
    const warningCodes: ImportProblemCode[] = [
      'outerRingClockwise', 'holeCounterclockwise', 'crsIgnored', 'crsOther', 'timeWithoutZone', 'geometryNullUndated',
      'geometryEmptyUndated', 'geometryNullDated', 'geometryEmptyDated', 'featureIdTaken', 'collectionSplit', 'tooPrecise',
    ];
    expect(warningCodes.filter((code) => !codes.has(code))).toEqual([]);
  });

  it('words them in English exactly as their message, and in Arabic without English', () => {
    for (const [name, problem] of problems.filter(([, p]) => p.code !== undefined)) {
      const label = `${name}: ${problem.path} ${problem.message}`;
      expect(problemText(en, problem), label).toBe(problem.message);
      const arabic = problemText(ar, problem);
      expect(arabic, label).not.toBe(problem.message);
      expect(arabic, label).toMatch(/[\u0621-\u064A]/);
      expect(withoutAllowedLatin(arabic, problem), `${label}\n${arabic}`).not.toMatch(/[A-Za-z]/);
    }
  });

  it('counts rows and slides with the Arabic plural', () => {
    const of = (code: ProblemCode) => problems.filter(([, p]) => p.code === code).map(([, p]) => problemText(ar, p));
    expect(of('noRowReadable')).toEqual(['تعذّرت قراءة السجل الوحيد في الملف:', 'تعذّرت قراءة سجلَّي الملف كليهما:']);
    expect(of('rowsLeftOut')).toContain('استُبعد ٥٣ سجلًّا لتعذّر قراءتها (وهي مذكورة أدناه)، وحُمِّل الباقي وعدده ١');
    expect(of('moreRowProblems')).toContain('وثمة ٣ مشكلات أخرى في السجلات المستبعَدة (لا تُسرد إلا أول ٥٠ مشكلة)');
    expect(of('moreLikeThese')).toContain('وثمة ٣ حالات أخرى مثلها');
    expect(of('noSlideReadable')).toContain('تعذّرت قراءة سجلات الملف كلها، وهي ٣ سجلات:');
    expect(of('acledColumnsMissing')).toContain(
      'يبدو الملف مُصدَّرًا من ACLED، لكن ينقصه العمود \u2068notes\u2069 (ويلزم الملفَّ المُصدَّر من ACLED: ' +
        '\u2068event_id_cnty, event_date, event_type, latitude, longitude, notes, source\u2069؛ والموجود: ' +
        '\u2068event_id_cnty, event_date, event_type, latitude, longitude, source\u2069)',
    );
    expect(of('acledColumnsMissing').some((text) => text.includes('ينقصه العمودان'))).toBe(true);
    expect(of('tooPrecise')).toContain(
      'في عنصر واحد إحداثيات بأكثر من سبع منازل عشرية (أدق من سنتيمتر؛ وينصح RFC 7946 في الفقرة 11.2 بستّ منازل): أُبقيت كما هي، لكن دقة كهذه قلّما تكون حقيقية',
    );
    expect(of('collectionSplit')[0]).toMatch(/فقُسِّم إلى مكانين \(.*\) يتشاركان خصائصه$/);
    expect(of('acledColumnsMissingNone')[0]).toMatch(/^يبدو الملف مُصدَّرًا من ACLED، لكن تنقصه الأعمدة .*؛ ولا عمود فيه\)$/);
  });
});
