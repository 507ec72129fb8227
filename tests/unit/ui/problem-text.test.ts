import { afterEach, describe, expect, it, vi } from 'vitest';
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
import type { DataProblem, LoadResult, ProblemCode } from '../../../src/domain/loaded-dataset';
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
];
/** Params that are text from the file or its address, shown as they are in every language. */
const DATA_PARAMS = ['url', 'token', 'escape', 'value', 'type', 'members', 'columns', 'acledColumns', 'sheetColumns', 'sheetExtras', 'start'];

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
    const field = only(loadDataset({ version: 2, title: 'x' }));
    expect(field.code).toBeUndefined();
    expect(problemText(ar, field)).toBe(field.message);
    const odd: DataProblem = { path: '$', message: 'is not valid JSON: …', code: 'jsonSyntax', params: { line: 1, column: 1, reason: 'nonsense' } };
    expect(problemText(ar, odd)).toBe(odd.message);
    expect(problemText(ar, { path: '$', message: 'could not be loaded: …', code: 'loaderStopped', params: { phase: 'dreaming' } })).toBe(
      'could not be loaded: …',
    );
  });
});
