import { describe, expect, it } from 'vitest';
import { ArticleSchema, EventSchema, ExcerptSchema } from '../../../src/domain/dataset-schema';
import { ARTICLE_COLUMNS, EVENT_COLUMNS, EXCERPT_COLUMNS } from '../../../src/data/worker/dataset-wire-format';
import { columnBuffers, decodeRecords, encodeRecords, type ColumnSpec, type EncodedRecords } from '../../../src/data/worker/record-columns';
import { makeSyntheticLoadedDataset } from '../../fixtures/synthetic-dataset';

/** Encodes records that must fit. */
function encoded(records: readonly object[], spec: readonly ColumnSpec[]): EncodedRecords {
  const result = encodeRecords(records, spec);
  if (result === null) throw new Error('expected the records to fit the columns');
  return result;
}

const fits = (records: readonly object[], spec: readonly ColumnSpec[]): boolean => encodeRecords(records, spec) !== null;

const SPEC: ColumnSpec[] = [
  { key: 'id', kind: 'text' },
  { key: 'kind', kind: 'word' },
  { key: 'n', kind: 'number' },
  { key: 'tags', kind: 'words' },
  { key: 'note', kind: 'text', optional: true },
];

describe('record columns', () => {
  it('round-trips records, keeping absent optional keys absent', () => {
    const records = [
      { id: 'a', kind: 'x', n: 1.5, tags: ['p', 'q'], note: 'é ünïcode ✓' },
      { id: '', kind: 'y', n: -0, tags: [] },
      { id: 'c\u0000d', kind: 'x', n: 1e300, tags: ['q'], note: '' },
    ];
    const decoded = decodeRecords<(typeof records)[number]>(encoded(records, SPEC));
    expect(decoded).toEqual(records);
    expect('note' in decoded[1]!).toBe(false);
    expect(Object.is(decoded[1]!.n, -0)).toBe(true);
  });

  it('round-trips flags and small JSON values, absent where the record had none', () => {
    const spec: ColumnSpec[] = [
      { key: 'id', kind: 'text' },
      { key: 'approximate', kind: 'flag', optional: true },
      { key: 'attributes', kind: 'json', optional: true },
    ];
    const records = [
      { id: 'a', approximate: true, attributes: { fatalities: 3, admin1: 'دير الزور', tags: null } },
      { id: 'b', approximate: false },
      { id: 'c', attributes: { note: 'quote " and \\ backslash' } },
    ];
    expect(fits([{ id: 'd', approximate: 'yes' }], spec)).toBe(false);
    const decoded = decodeRecords<Record<string, unknown>>(encoded(records, spec));
    expect(decoded).toEqual(records);
    expect('attributes' in decoded[1]!).toBe(false);
    expect('approximate' in decoded[2]!).toBe(false);
  });

  it('refuses records it cannot carry whole: unknown keys, wrong types, missing required keys', () => {
    expect(fits([{ id: 'a', kind: 'x', n: 1, tags: [], extra: 1 }], SPEC)).toBe(false);
    expect(fits([{ id: 'a', kind: 'x', n: '1', tags: [] }], SPEC)).toBe(false);
    expect(fits([{ id: 'a', kind: 'x', n: 1, tags: [2] }], SPEC)).toBe(false);
    expect(fits([{ id: 'a', kind: 'x', tags: [] }], SPEC)).toBe(false);
    expect(fits([{ id: 'a', kind: 'x', n: 1, tags: [], note: undefined }], SPEC)).toBe(false);
  });

  it('hands over every typed array for transfer', () => {
    const columns = encoded([{ id: 'a', kind: 'x', n: 1, tags: ['t'], note: 'n' }], SPEC);
    expect(columnBuffers(columns)).toHaveLength(7); // present, 2×ends, 2×codes, offsets, numbers
  });

  it('describes every field of an event, an excerpt and an article (a new schema field must be added here)', () => {
    expect(EVENT_COLUMNS.map((c) => c.key).sort()).toEqual(Object.keys(EventSchema.shape).sort());
    expect(EXCERPT_COLUMNS.map((c) => c.key).sort()).toEqual(Object.keys(ExcerptSchema.shape).sort());
    expect(ARTICLE_COLUMNS.map((c) => c.key).sort()).toEqual(Object.keys(ArticleSchema.shape).sort());
    // A field the input may leave out (optional, or with a default) is an optional column.
    const optional = (shape: Record<string, { safeParse(value: unknown): { success: boolean } }>, key: string) =>
      shape[key]!.safeParse(undefined).success;
    for (const column of EVENT_COLUMNS) expect(Boolean(column.optional), column.key).toBe(optional(EventSchema.shape, column.key));
    for (const column of EXCERPT_COLUMNS) expect(Boolean(column.optional), column.key).toBe(optional(ExcerptSchema.shape, column.key));
    for (const column of ARTICLE_COLUMNS) expect(Boolean(column.optional), column.key).toBe(optional(ArticleSchema.shape, column.key));
  });

  it('round-trips flat records (attributes) key by key, in their order, with every kind of value', () => {
    const spec: ColumnSpec[] = [{ key: 'attributes', kind: 'record', optional: true }];
    const records = [
      { attributes: { admin1: 'دير الزور', fatalities: 3, 2: 'two', civilian: true, tags: null, off: false, n: -0 } },
      {},
      { attributes: {} },
      { attributes: { admin1: 'دير الزور', fatalities: 1.5e-7 } },
    ];
    const decoded = decodeRecords<{ attributes?: Record<string, unknown> }>(encoded(records, spec));
    expect(decoded).toEqual(records);
    expect(Object.keys(decoded[0]!.attributes!)).toEqual(Object.keys(records[0]!.attributes!));
    expect(Object.is(decoded[0]!.attributes!['n'], -0)).toBe(true);
    expect('attributes' in decoded[1]!).toBe(false);
    expect(fits([{ attributes: { nested: {} } }], spec)).toBe(false);
    expect(fits([{ attributes: JSON.parse('{"__proto__": 1}') as object }], spec)).toBe(false);
  });

  it('round-trips synthetic events', () => {
    const { events } = makeSyntheticLoadedDataset({ events: 3000, seed: 9 });
    const spans: ColumnSpec[] = [{ key: 'startMs', kind: 'number' }, { key: 'endMs', kind: 'number' }];
    expect(decodeRecords(encoded(events, [...EVENT_COLUMNS, ...spans]))).toEqual(events);
  });
});
