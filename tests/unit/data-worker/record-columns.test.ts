import { describe, expect, it } from 'vitest';
import { EventSchema, ExcerptSchema } from '../../../src/domain/dataset-schema';
import { EVENT_COLUMNS, EXCERPT_COLUMNS } from '../../../src/data/worker/dataset-wire-format';
import { columnBuffers, decodeRecords, encodeRecords, fitsColumns, type ColumnSpec } from '../../../src/data/worker/record-columns';
import { makeSyntheticLoadedDataset } from '../../fixtures/synthetic-dataset';

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
    expect(fitsColumns(records, SPEC)).toBe(true);
    const decoded = decodeRecords<(typeof records)[number]>(encodeRecords(records, SPEC));
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
    expect(fitsColumns(records, spec)).toBe(true);
    expect(fitsColumns([{ id: 'd', approximate: 'yes' }], spec)).toBe(false);
    const decoded = decodeRecords<Record<string, unknown>>(encodeRecords(records, spec));
    expect(decoded).toEqual(records);
    expect('attributes' in decoded[1]!).toBe(false);
    expect('approximate' in decoded[2]!).toBe(false);
  });

  it('refuses records it cannot carry whole: unknown keys, wrong types, missing required keys', () => {
    expect(fitsColumns([{ id: 'a', kind: 'x', n: 1, tags: [], extra: 1 }], SPEC)).toBe(false);
    expect(fitsColumns([{ id: 'a', kind: 'x', n: '1', tags: [] }], SPEC)).toBe(false);
    expect(fitsColumns([{ id: 'a', kind: 'x', n: 1, tags: [2] }], SPEC)).toBe(false);
    expect(fitsColumns([{ id: 'a', kind: 'x', tags: [] }], SPEC)).toBe(false);
    expect(fitsColumns([{ id: 'a', kind: 'x', n: 1, tags: [], note: undefined }], SPEC)).toBe(false);
  });

  it('hands over every typed array for transfer', () => {
    const encoded = encodeRecords([{ id: 'a', kind: 'x', n: 1, tags: ['t'], note: 'n' }], SPEC);
    expect(columnBuffers(encoded)).toHaveLength(7); // present, 2×ends, 2×codes, offsets, numbers
  });

  it('describes every field of an event and of an excerpt (a new schema field must be added here)', () => {
    expect(EVENT_COLUMNS.map((c) => c.key).sort()).toEqual([...Object.keys(EventSchema.shape), 'startMs', 'endMs'].sort());
    expect(EXCERPT_COLUMNS.map((c) => c.key).sort()).toEqual(Object.keys(ExcerptSchema.shape).sort());
    const optional = (key: string) => EventSchema.shape[key as keyof typeof EventSchema.shape].safeParse(undefined).success;
    for (const column of EVENT_COLUMNS) {
      if (column.key === 'startMs' || column.key === 'endMs') continue;
      // Fields with a default always come out of the loader; truly optional ones may be absent.
      const hasDefault = ['summary', 'actors', 'featureIds'].includes(column.key);
      expect(Boolean(column.optional), column.key).toBe(optional(column.key) && !hasDefault);
    }
  });

  it('round-trips synthetic events', () => {
    const { events } = makeSyntheticLoadedDataset({ events: 3000, seed: 9 });
    expect(fitsColumns(events, EVENT_COLUMNS)).toBe(true);
    expect(decodeRecords(encodeRecords(events, EVENT_COLUMNS))).toEqual(events);
  });
});
