/**
 * A columnar encoding of arrays of flat records (strings, numbers, lists of strings), so a
 * worker can hand a million records to the main thread as a few typed arrays and long
 * strings: transferred or copied in one piece instead of structured-cloned object by object,
 * the slow path at that size. Decoding rebuilds equal records.
 *
 * Column kinds:
 * - `text`: mostly distinct strings (ids, titles): one joined string plus end offsets;
 *   decoding slices it (V8 keeps slices cheap).
 * - `word`: few distinct strings (kinds, dates): a table and one code per record.
 * - `number`: a Float64Array.
 * - `words`: lists of few distinct strings (actors, ids of linked items): a table, codes and
 *   per-record offsets.
 * - `flag`: booleans, a Uint8Array.
 * - `json`: small plain objects or arrays (an event's attributes, its media links), as JSON
 *   text joined like `text`; only for optional columns that few records fill, since each
 *   decodes with `JSON.parse`.
 * A column may be `optional`: records without the key get it back absent, not undefined.
 */

export type ColumnKind = 'text' | 'word' | 'number' | 'words' | 'flag' | 'json';

export interface ColumnSpec {
  readonly key: string;
  readonly kind: ColumnKind;
  readonly optional?: boolean;
}

/** One encoded column: only the fields of its kind are set. */
export interface EncodedColumn {
  key: string;
  kind: ColumnKind;
  /** Optional columns: 1 where the record has the key. */
  present?: Uint8Array;
  joined?: string;
  ends?: Uint32Array;
  table?: string[];
  codes?: Uint32Array;
  offsets?: Uint32Array;
  numbers?: Float64Array;
  flags?: Uint8Array;
}

export interface EncodedRecords {
  count: number;
  columns: EncodedColumn[];
}

type Row = Record<string, unknown>;

/**
 * Whether every record is a plain object holding only the spec's keys with values of their
 * kinds: what `encodeRecords` can carry without losing anything. Callers fall back on
 * structured clone otherwise.
 */
export function fitsColumns(records: readonly object[], spec: readonly ColumnSpec[]): boolean {
  const known = new Set(spec.map((column) => column.key));
  for (const record of records) {
    const row = record as Row;
    // for…in rather than Object.keys: no array per record (this runs over a million of them).
    for (const key in row) if (!Object.hasOwn(row, key) || !known.has(key)) return false;
    for (const column of spec) {
      const value = row[column.key];
      if (value === undefined) {
        if (column.optional && !(column.key in row)) continue;
        return false;
      }
      if (!fitsKind(column.kind, value)) return false;
    }
  }
  return true;
}

function fitsKind(kind: ColumnKind, value: unknown): boolean {
  switch (kind) {
    case 'number':
      return typeof value === 'number';
    case 'words':
      return Array.isArray(value) && value.every((item) => typeof item === 'string');
    case 'flag':
      return typeof value === 'boolean';
    case 'json':
      // Validated data holds only JSON values; a round trip through JSON keeps them equal.
      return typeof value === 'object' && value !== null;
    default:
      return typeof value === 'string';
  }
}

/** Encodes records that `fitsColumns` accepted. */
export function encodeRecords(records: readonly object[], spec: readonly ColumnSpec[]): EncodedRecords {
  const rows = records as readonly Row[];
  const count = rows.length;
  const columns = spec.map((column): EncodedColumn => {
    const { key } = column;
    const encoded: EncodedColumn = { key, kind: column.kind };
    let present: Uint8Array | undefined;
    if (column.optional) {
      present = new Uint8Array(count);
      for (let i = 0; i < count; i++) present[i] = key in rows[i]! ? 1 : 0;
      encoded.present = present;
    }
    const has = (i: number) => present === undefined || present[i] === 1;
    switch (column.kind) {
      case 'text':
      case 'json': {
        const parts: string[] = [];
        const ends = new Uint32Array(count);
        let at = 0;
        for (let i = 0; i < count; i++) {
          if (has(i)) {
            const value = rows[i]![key];
            const text = column.kind === 'json' ? JSON.stringify(value) : (value as string);
            parts.push(text);
            at += text.length;
          }
          ends[i] = at;
        }
        encoded.joined = parts.join('');
        encoded.ends = ends;
        break;
      }
      case 'word': {
        const codeOf = new Map<string, number>();
        const codes = new Uint32Array(count);
        for (let i = 0; i < count; i++) {
          if (!has(i)) continue;
          const word = rows[i]![key] as string;
          let code = codeOf.get(word);
          if (code === undefined) codeOf.set(word, (code = codeOf.size));
          codes[i] = code;
        }
        encoded.table = [...codeOf.keys()];
        encoded.codes = codes;
        break;
      }
      case 'number': {
        const numbers = new Float64Array(count);
        for (let i = 0; i < count; i++) if (has(i)) numbers[i] = rows[i]![key] as number;
        encoded.numbers = numbers;
        break;
      }
      case 'flag': {
        const flags = new Uint8Array(count);
        for (let i = 0; i < count; i++) if (has(i) && rows[i]![key] === true) flags[i] = 1;
        encoded.flags = flags;
        break;
      }
      case 'words': {
        const codeOf = new Map<string, number>();
        const offsets = new Uint32Array(count + 1);
        let codes = new Uint32Array(Math.max(16, count));
        let used = 0;
        for (let i = 0; i < count; i++) {
          if (has(i)) {
            for (const word of rows[i]![key] as string[]) {
              let code = codeOf.get(word);
              if (code === undefined) codeOf.set(word, (code = codeOf.size));
              if (used === codes.length) {
                const grown = new Uint32Array(codes.length * 2);
                grown.set(codes);
                codes = grown;
              }
              codes[used++] = code;
            }
          }
          offsets[i + 1] = used;
        }
        encoded.table = [...codeOf.keys()];
        encoded.codes = codes.slice(0, used);
        encoded.offsets = offsets;
        break;
      }
    }
    return encoded;
  });
  return { count, columns };
}

/**
 * Reads records' values out of the columns, one accessor per column, each bound to its
 * arrays. Decoders build each record with an object literal of all its keys at once: at
 * 10^6 records, adding keys one column at a time to objects already made costs several
 * times more (every object changes shape once per key).
 */
export class ColumnReader {
  private readonly byKey: Map<string, EncodedColumn>;

  constructor(encoded: EncodedRecords) {
    this.byKey = new Map(encoded.columns.map((column) => [column.key, column]));
  }

  private column(key: string): EncodedColumn {
    const column = this.byKey.get(key);
    if (!column) throw new Error(`no column "${key}"`);
    return column;
  }

  has(key: string): (i: number) => boolean {
    const { present } = this.column(key);
    return present === undefined ? () => true : (i) => present[i] === 1;
  }

  text(key: string): (i: number) => string {
    const { joined, ends } = this.column(key);
    return (i) => joined!.slice(i === 0 ? 0 : ends![i - 1]!, ends![i]!);
  }

  word(key: string): (i: number) => string {
    const { table, codes } = this.column(key);
    return (i) => table![codes![i]!]!;
  }

  number(key: string): (i: number) => number {
    const { numbers } = this.column(key);
    return (i) => numbers![i]!;
  }

  flag(key: string): (i: number) => boolean {
    const { flags } = this.column(key);
    return (i) => flags![i] === 1;
  }

  json<T>(key: string): (i: number) => T {
    const text = this.text(key);
    return (i) => JSON.parse(text(i)) as T;
  }

  /**
   * Lists of no or one word come back shared and frozen, one per word: at a million records
   * most lists are such, and sharing spares millions of arrays (and the collector's time).
   * Longer lists are new arrays.
   */
  words(key: string): (i: number) => string[] {
    const { table, codes, offsets } = this.column(key);
    const empty = Object.freeze([]) as unknown as string[];
    const single = new Map<number, string[]>();
    return (i) => {
      const from = offsets![i]!;
      const to = offsets![i + 1]!;
      if (to === from) return empty;
      if (to === from + 1) {
        const code = codes![from]!;
        let list = single.get(code);
        if (list === undefined) single.set(code, (list = Object.freeze([table![code]!]) as unknown as string[]));
        return list;
      }
      const words: string[] = [];
      for (let p = from; p < to; p++) words.push(table![codes![p]!]!);
      return words;
    };
  }
}

function readerOf(reader: ColumnReader, { key, kind }: EncodedColumn): (i: number) => unknown {
  switch (kind) {
    case 'text':
      return reader.text(key);
    case 'word':
      return reader.word(key);
    case 'number':
      return reader.number(key);
    case 'words':
      return reader.words(key);
    case 'flag':
      return reader.flag(key);
    case 'json':
      return reader.json(key);
  }
}

/** Rebuilds records generically, keys in spec order (for tests and small collections). */
export function decodeRecords<T>(encoded: EncodedRecords): T[] {
  const reader = new ColumnReader(encoded);
  const columns = encoded.columns.map((column) => ({
    key: column.key,
    has: reader.has(column.key),
    read: readerOf(reader, column),
  }));
  const rows: T[] = [];
  for (let i = 0; i < encoded.count; i++) {
    const row: Record<string, unknown> = {};
    for (const column of columns) if (column.has(i)) row[column.key] = column.read(i);
    rows.push(row as T);
  }
  return rows;
}

/** The typed arrays' buffers, to hand to `postMessage` as transferables. */
export function columnBuffers(encoded: EncodedRecords): ArrayBuffer[] {
  const buffers: ArrayBuffer[] = [];
  for (const column of encoded.columns) {
    for (const array of [column.present, column.ends, column.codes, column.offsets, column.numbers, column.flags]) {
      if (array && array.buffer instanceof ArrayBuffer && !buffers.includes(array.buffer)) buffers.push(array.buffer);
    }
  }
  return buffers;
}
