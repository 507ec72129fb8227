import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAnyDataset } from '../../../src/data/import/load-any-dataset';
import { MAX_LISTED_PROBLEMS, loadDataset } from '../../../src/data/load-dataset';
import type { DataProblem, LoadResult } from '../../../src/domain/loaded-dataset';

const MINIMAL_TEXT = readFileSync(new URL('../../fixtures/datasets/minimal-valid.json', import.meta.url), 'utf8');
const minimal = (): Record<string, unknown> & { events: Record<string, unknown>[]; excerpts: Record<string, unknown>[] } =>
  JSON.parse(MINIMAL_TEXT) as ReturnType<typeof minimal>;

function problems(result: LoadResult): DataProblem[] {
  return result.ok ? [] : result.problems;
}

describe('loadDataset', () => {
  it('loads JSON text and an already parsed value alike, resolving event spans in UTC', () => {
    const fromText = loadDataset(MINIMAL_TEXT);
    const fromValue = loadDataset(minimal());
    expect(fromText).toEqual(fromValue);
    if (!fromText.ok) throw new Error('expected the minimal dataset to load');
    expect(fromText.dataset.events[0]).toMatchObject({
      id: 'e1',
      startMs: Date.parse('2024-04-29T00:00:00Z'),
      endMs: Date.parse('2024-04-30T00:00:00Z'),
      actors: [],
      summary: '',
    });
  });

  it('keeps stories as written, on the page thread too, and adds no stories to a dataset without them', () => {
    const stories = [
      {
        id: 'bridge',
        title: 'The bridge',
        title_ar: 'الجسر',
        steps: [
          { title: 'Reopened', text: 'It <i>reopened</i>.', text_ar: 'أُعيد فتحه.', eventId: 'e1', time: '2024-04-29' },
          { title: 'Where', text: 'Here.', featureId: 'bridge', window: { start: '2024-04', end: '2024-05' }, camera: { center: [40.15, 35.33], zoom: 9 } },
          { title: 'Said', text: '', excerptId: 'x1', filters: { kinds: ['statement'], actors: [] } },
        ],
      },
    ];
    const text = JSON.stringify({ ...minimal(), stories });
    for (const result of [loadDataset(text), loadAnyDataset(text, 'with-stories.json')]) {
      expect(result.ok && result.dataset.stories).toEqual(stories);
    }
    for (const result of [loadDataset(MINIMAL_TEXT), loadAnyDataset(MINIMAL_TEXT, 'minimal.json')]) {
      expect(result.ok && 'stories' in result.dataset).toBe(false);
    }
  });

  it('accepts a leading byte-order mark', () => {
    expect(loadDataset(`\uFEFF${MINIMAL_TEXT}`).ok).toBe(true);
  });

  it('names the document itself `$`', () => {
    expect(loadDataset(null)).toEqual({
      ok: false,
      problems: [
        {
          path: '$',
          message: 'must be a dataset: a JSON object such as { "version": 1, "title": … } (found null)',
          code: 'notDatasetObject',
          params: { valueKind: 'null' },
        },
      ],
    });
    expect(problems(loadDataset([1, 2, 3]))[0]).toMatchObject({ code: 'notDatasetObject', params: { valueKind: 'list', count: 3 } });
    expect(problems(loadDataset('[]'))[0]?.path).toBe('$');
    expect(problems(loadDataset(''))).toEqual([
      {
        path: '$',
        message: 'is not valid JSON: line 1, column 1: the file is empty',
        code: 'jsonSyntax',
        params: { line: 1, column: 1, reason: 'empty' },
      },
    ]);
  });

  it('reports every problem, not just the first, in the order of the file', () => {
    const d = minimal();
    d['version'] = 2;
    d['license'] = '';
    (d.events[0] as Record<string, unknown>)['start'] = '2024-13-01';
    (d.excerpts[0] as Record<string, unknown>)['articleId'] = 'nope';
    const found = problems(loadDataset(d));
    expect(found.map((p) => p.path)).toEqual(['version', 'license', 'excerpts[0].articleId', 'events[0].start']);
    expect(found[0]?.message).toBe('must be 1 (this app reads dataset format version 1) (found the number 2)');
  });

  it('orders problems as the file reads: top-level fields in format order (unknown ones with the document), then item by item', () => {
    const d = minimal();
    const event = d.events[0]!;
    d.events = Array.from({ length: 11 }, (_, i) => ({ ...event, id: `e${i}` }));
    // The schema finds the 11th event's problem before the cross-checks find the 3rd's.
    d.events[10]!['title'] = '';
    d.events[2]!['start'] = '2024-02-30';
    const features = d['features'] as { features: { properties: Record<string, unknown> }[] };
    features.features[0]!.properties['name'] = '';
    d['version'] = 2;
    d['vai'] = 'x';
    expect(problems(loadDataset(d)).map((p) => p.path)).toEqual([
      'vai',
      'version',
      'events[2].start',
      'events[10].title',
      'features.features[0].properties.name',
    ]);
  });

  it('says what is missing and what was found instead', () => {
    const d = minimal();
    delete d['title'];
    (d.events[0] as Record<string, unknown>)['excerptIds'] = 'x1';
    (d.events[0] as Record<string, unknown>)['precision'] = 'week';
    expect(problems(loadDataset(d))).toEqual([
      { path: 'title', message: 'is missing (it must be text)', code: 'fieldMissing', params: { expected: 'string' } },
      {
        path: 'events[0].precision',
        message: 'must be one of "day", "month", "year", "range", "between" (found "week")',
        code: 'notOneOf',
        params: { allowed: '"day", "month", "year", "range", "between"', valueKind: 'text', value: '"week"' },
      },
      {
        path: 'events[0].excerptIds',
        message: 'must be a list [ … ], not "x1"',
        code: 'wrongType',
        params: { expected: 'array', valueKind: 'text', value: '"x1"' },
      },
    ]);
  });

  it(`lists at most ${MAX_LISTED_PROBLEMS} problems, then how many more`, () => {
    const d = minimal();
    d.events = Array.from({ length: 300 }, (_, i) => ({ id: `e${i}`, title: 'T', kind: 'k', start: '2024-02-30', precision: 'day', excerptIds: ['x1'] }));
    const found = problems(loadDataset(d));
    expect(found).toHaveLength(MAX_LISTED_PROBLEMS + 1);
    expect(found.at(-1)).toEqual({
      path: '$',
      message: `and 100 more problems (only the first ${MAX_LISTED_PROBLEMS} are listed)`,
      code: 'moreProblems',
      params: { count: 100, max: MAX_LISTED_PROBLEMS },
    });
    // The checks of fields carry codes too: the interface words them in its language.
    expect(found[0]).toMatchObject({ code: 'badDate', params: { date: '2024-02-30', dateReason: 'monthDays', month: 2, year: 2024, days: 29 } });
  });

  it('does not report a reference to a broken item as dangling as well', () => {
    const d = minimal();
    (d.excerpts[0] as Record<string, unknown>)['quote'] = 42;
    expect(problems(loadDataset(d)).map((p) => p.path)).toEqual(['excerpts[0].quote']);
  });

  it('never throws, whatever it is given', () => {
    const cyclic: Record<string, unknown> = { version: 1 };
    cyclic['articles'] = [cyclic];
    cyclic['features'] = { type: 'FeatureCollection', features: [cyclic] };
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
        ownKeys() {
          throw new Error('boom');
        },
      },
    );
    const throwingGetter = Object.defineProperty({ version: 1 }, 'articles', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const deep = '['.repeat(200_000);
    const deepValue = JSON.parse(`${'['.repeat(5000)}${']'.repeat(5000)}`) as unknown;
    const inputs: unknown[] = [
      undefined, null, 0, -1, Number.NaN, Infinity, true, 12n, Symbol('s'), () => 1, 'x', '{', '}', '[]', '{}', '""', 'null',
      '\u0000', '\uFEFF', 'x'.repeat(5_000_000), deep, `"${'\\'.repeat(1001)}`, `{"version":1,"title":"${'é'.repeat(100_000)}"`,
      [], [1, 2], {}, { version: '1' }, { version: 1, articles: {}, excerpts: 'x', events: null, features: [] },
      { version: 1, articles: [null, 1, 'a', [], { id: {} }], excerpts: [{ id: 1 }], events: [{ id: null }], features: { features: [{}] } },
      { version: 1, features: { type: 'FeatureCollection', features: [{ type: 'Feature', id: 'f', geometry: { type: 'Polygon', coordinates: [[]] }, properties: {} }] } },
      { version: 1, excerpts: [{ id: 'x', articleId: 'a', start: 1e308, end: -0, quote: '' }], articles: [{ id: 'a', text: 5 }] },
      { ...minimal(), events: [{ id: 'e', start: '2024-02-30', end: 5, precision: 'range', excerptIds: ['x1', 'x1'] }] },
      Object.create(null) as object, new Date(), /re/, new Map(), new Uint8Array(4), cyclic, hostile, throwingGetter, revoked.proxy, deepValue,
    ];
    for (let seed = 1; seed <= 200; seed += 1) inputs.push(mangle(minimal(), seed));
    for (const input of inputs) {
      let result: LoadResult | undefined;
      expect(() => {
        result = loadDataset(input);
      }).not.toThrow();
      expect(result?.ok === true || (result?.ok === false && result.problems.length > 0)).toBe(true);
      if (result?.ok === false) {
        for (const p of result.problems) {
          expect(typeof p.path).toBe('string');
          expect(p.message.length).toBeGreaterThan(0);
          expect(p.message.length).toBeLessThan(1000);
        }
      }
    }
  });
});

/** A deterministic random corruption of one value somewhere in `value` (a tiny fuzzer). */
function mangle(value: unknown, seed: number): unknown {
  let state = seed;
  const random = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const junk = [null, -1, 1.5, '', 'javascript:x', '2022-13-45', [], {}, 'x'.repeat(3000), true, Number.POSITIVE_INFINITY, -180.0001];
  const walk = (node: unknown, depth: number): unknown => {
    if (Array.isArray(node)) return node.map((item) => (random() < 0.15 ? junk[Math.floor(random() * junk.length)] : walk(item, depth + 1)));
    if (typeof node === 'object' && node !== null) {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(node)) {
        const roll = random();
        if (roll < 0.05) continue;
        out[roll < 0.08 ? `${key}_` : key] = roll < 0.2 ? junk[Math.floor(random() * junk.length)] : walk(item, depth + 1);
      }
      return out;
    }
    return node;
  };
  return walk(value, 0);
}
