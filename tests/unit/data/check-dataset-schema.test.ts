/**
 * The loader's fast schema pass must be indistinguishable from zod's: for every input, the same
 * success and, completed, the same output (defaults, trimmed ids, key order, fresh lists), or
 * the same issues, in the same order within each item. zod is the oracle; the inputs are real
 * files, imports, fuzzed copies and hand-made oddities.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDataset } from '../../../src/data/import/import-dataset';
import { checkDataset } from '../../../src/data/check-dataset';
import { checkDatasetSchema, PARSE_PARAMS, type ZodIssue } from '../../../src/data/check-dataset-schema';
import { completeDataset } from '../../../src/data/complete-dataset';
import { problemsFromZodIssues } from '../../../src/data/zod-issue-problems';
import { DatasetSchema } from '../../../src/domain/dataset-schema';
import { makeSyntheticAcledCsv } from '../../fixtures/synthetic-acled';
import { makeSyntheticDatasetInput } from '../../fixtures/synthetic-dataset';

type Item = Record<string, unknown>;
type Json = Record<string, unknown> & { articles: unknown[]; excerpts: unknown[]; events: unknown[] };

const read = (url: URL): string => readFileSync(url, 'utf8');
const MINIMAL = read(new URL('../../fixtures/datasets/minimal-valid.json', import.meta.url));
const DEFAULT = read(new URL('../../../geo-data/datasets/deir-ez-zor-2022.json', import.meta.url));
const minimal = (): Json => JSON.parse(MINIMAL) as Json;
const full = (): Json => JSON.parse(DEFAULT) as Json;

/** Item issues sorted by item, stably: within an item, zod's own order must be kept. */
function byItem(issues: readonly ZodIssue[]): { path: string; message: string }[] {
  const keyed = issues.map((issue, order) => ({ issue, order, top: String(issue.path[0] ?? ''), item: typeof issue.path[1] === 'number' ? issue.path[1] : -1 }));
  keyed.sort((a, b) => a.top.localeCompare(b.top) || a.item - b.item || a.order - b.order);
  return problemsFromZodIssues(keyed.map((k) => k.issue));
}

function expectSameAsZod(value: unknown): void {
  const fast = checkDatasetSchema(value);
  const zod = DatasetSchema.safeParse(value, PARSE_PARAMS);
  expect(fast.success).toBe(zod.success);
  if (fast.success && zod.success) {
    const completed = completeDataset(fast.data);
    expect(completed).toStrictEqual(zod.data);
    // Key order too: a saved dataset is written in it.
    expect(JSON.stringify(completed)).toBe(JSON.stringify(zod.data));
  } else if (!fast.success && !zod.success) {
    expect(byItem(fast.issues)).toEqual(byItem(zod.error.issues));
    // The cross-checks read the items that passed as they are, and find what they find field by field.
    expect(checkDataset(value, { kept: fast.kept })).toEqual(checkDataset(value));
  }
}

/** A deterministic random corruption of values somewhere in `value` (the loader tests' fuzzer, aimed at items). */
function mangle(value: unknown, seed: number, rate: number): unknown {
  let state = seed;
  const random = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const junk = [
    null, -1, 1.5, -0, 2 ** 53, '', ' ', ' x ', 'javascript:x', 'https://a.example/ b', '2022-13-45', '2022-08-23T10:00Z', [], [''],
    [' id '], {}, { a: [] }, 'x'.repeat(300), true, 'record', 'between', undefined,
  ];
  const pick = () => junk[Math.floor(random() * junk.length)];
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map((item) => (random() < rate ? pick() : walk(item)));
    if (typeof node === 'object' && node !== null) {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(node)) {
        const roll = random();
        if (roll < rate / 3) continue;
        out[roll < rate / 2 ? `${key}_` : key] = roll < rate ? pick() : walk(item);
      }
      if (random() < rate / 4) out['extra'] = pick();
      return out;
    }
    return node;
  };
  return walk(value);
}

describe('checkDatasetSchema (the schema, fast)', () => {
  it('equals zod on the example files', () => {
    expectSameAsZod(minimal());
    expectSameAsZod(full());
    const dir = new URL('../../fixtures/datasets/', import.meta.url);
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.json') && n !== 'invalid-json.json')) {
      expectSameAsZod(JSON.parse(read(new URL(name, dir))) as unknown);
    }
  });

  it('equals zod on imported data (records, attributes, media, shared lists) and on synthetic data', () => {
    const imports = [
      importDataset(makeSyntheticAcledCsv({ rows: 300, seed: 3, mixedDates: true }), 'a.csv', { today: '2026-12-01' }),
      importDataset(read(new URL('../../fixtures/import/timelinejs3-synthetic.json', import.meta.url)), 't.json', { today: '2026-12-01' }),
      importDataset(read(new URL('../../fixtures/import/ukraine-test-incidents.geojson', import.meta.url)), 'u.geojson', { today: '2026-12-01' }),
    ];
    for (const imported of imports) {
      if (!imported.ok) throw new Error('expected the import to succeed');
      expectSameAsZod(imported.value);
    }
    expectSameAsZod(makeSyntheticDatasetInput({ events: 2000, seed: 5, features: 50 }));
  });

  it('equals zod on fuzzed copies', () => {
    for (let seed = 1; seed <= 150; seed += 1) expectSameAsZod(mangle(minimal(), seed, 0.2));
    for (let seed = 1; seed <= 40; seed += 1) expectSameAsZod(mangle(full(), seed, 0.02));
    const imported = importDataset(makeSyntheticAcledCsv({ rows: 60, seed: 9 }), 'a.csv', { today: '2026-12-01' });
    if (!imported.ok) throw new Error('expected the import to succeed');
    for (let seed = 1; seed <= 40; seed += 1) expectSameAsZod(mangle(imported.value, seed, 0.05));
  });

  it('equals zod on values JSON never makes and on odd objects', () => {
    const d = minimal();
    const event = d.events[0] as Item;
    const article = d.articles[0] as Item;
    const excerpt = d.excerpts[0] as Item;
    const variants: ((x: Json) => void)[] = [
      (x) => (x.events[0] = { ...event, note: undefined }),
      (x) => (x.events[0] = { ...event, end: undefined, precision: 'day' }),
      (x) => (x.events[0] = { ...event, id: '  e1  ', excerptIds: [' x1 '], featureIds: ['\u00a0f1'] }),
      (x) => (x.events[0] = { ...event, attributes: { b: 1, a: 'x', 2: null, 1: true } }),
      (x) => (x.events[0] = { ...event, attributes: JSON.parse('{"__proto__": 1, "a": 2}') as unknown }),
      (x) => (x.events[0] = { ...event, attributes: { [Symbol('s')]: 1 } }),
      (x) => (x.events[0] = { ...event, attributes: Object.create(null) as object }),
      (x) => (x.events[0] = { ...event, attributes: { n: Number.NaN } }),
      (x) => (x.events[0] = { ...event, attributes: { n: new Date(0) } }),
      (x) => (x.events[0] = { ...event, media: [{ url: 'https://example.org/a', alt: 'A' }, { url: 'ftp://x' }] }),
      (x) => (x.events[0] = { ...event, media: [{ url: 'https://example.org/a', credit: undefined }] }),
      (x) => (x.events[0] = Object.assign(Object.create({ summary: 'inherited' }) as object, event)),
      (x) => (x.events[0] = Object.defineProperty({ ...event }, 'note', { value: 'hidden', enumerable: false })),
      (x) => (x.events[0] = new Date(0)),
      (x) => (x.events = [event, , event]), // eslint-disable-line no-sparse-arrays
      (x) => (x.events[0] = { ...event, actors: ['a', ''], approximate: 1 }),
      (x) => (x.articles[0] = { ...article, ignore: [{ start: 0, end: 2 ** 53 }, { start: -0, end: 1, reason: 'r' }] }),
      (x) => (x.articles[0] = { ...article, ignore: [{ reason: 'r', end: 2, start: 1 }] }),
      (x) => (x.events[0] = { note: 'n', ...event, media: [{ alt: 'A', url: 'https://example.org/a' }] }),
      (x) => (x.articles[0] = { ...article, ignore: [{ start: 0, end: 1, reason: undefined }] }),
      (x) => (x.articles[0] = { ...article, kind: 'record', url: undefined }),
      (x) => (x.articles[0] = { ...article, url: ' https://example.org/' }),
      (x) => (x.excerpts[0] = { ...excerpt, start: 1.5 }),
      (x) => (x.excerpts[0] = { ...excerpt, extra: 1 }),
      (x) => (x.excerpts = 'none' as unknown as unknown[]),
      (x) => (x['vai'] = 1),
      (x) => (x['features'] = { type: 'FeatureCollection', features: [{}] }),
    ];
    for (const change of variants) {
      const copy = minimal();
      change(copy);
      expectSameAsZod(copy);
    }
    expectSameAsZod(Object.assign(Object.create({ version: 1 }) as object, minimal()));
    expectSameAsZod(Object.assign(Object.create(null) as object, minimal()));
    expectSameAsZod([]);
    expectSameAsZod(null);
  });

  it('hands back new lists and objects, as zod does, so shared input is never shared output', () => {
    const d = minimal();
    const shared = ['x1'];
    const event = d.events[0] as Item;
    d.events = [{ ...event, id: 'a', excerptIds: shared }, { ...event, id: 'b', excerptIds: shared }];
    const checked = checkDatasetSchema(d);
    if (!checked.success) throw new Error('expected success');
    const [a, b] = completeDataset(checked.data).events;
    expect(a?.excerptIds).not.toBe(shared);
    expect(a?.excerptIds).not.toBe(b?.excerptIds);
    expect(a?.actors).not.toBe(b?.actors);
  });
});
