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
 * - `record`: flat objects of strings, numbers, booleans and null (an event's attributes):
 *   per entry a key code and a value (strings from a table: ACLED's admin areas, sources and
 *   types repeat), rebuilt key by key in their order, with no text to parse.
 * - `json`: small plain objects or arrays (an event's media links, an article's ignored
 *   ranges), as JSON text joined like `text`; only for columns that few records fill or
 *   that are mostly empty, since each decodes with `JSON.parse`.
 * A column may be `optional`: records without the key get it back absent, not undefined.
 */

export type ColumnKind = 'text' | 'word' | 'number' | 'words' | 'flag' | 'record' | 'json';

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
  /** The distinct words (`word`, `words`) or keys (`record`). */
  table?: string[];
  codes?: Uint32Array;
  offsets?: Uint32Array;
  numbers?: Float64Array;
  flags?: Uint8Array;
  /** `record`: each entry's kind of value (see `VALUE`), and its string's code in `values`. */
  valueKinds?: Uint8Array;
  valueCodes?: Uint32Array;
  values?: string[];
}

export interface EncodedRecords {
  count: number;
  columns: EncodedColumn[];
}

/** The values a `record` column carries, by kind. */
const VALUE = { text: 0, number: 1, true: 2, false: 3, null: 4 } as const;
type ValueKind = (typeof VALUE)[keyof typeof VALUE];

type Row = Record<string, unknown>;

/** A Uint32Array that grows as codes are appended. */
class CodeList {
  data = new Uint32Array(1024);
  length = 0;

  push(code: number): void {
    if (this.length === this.data.length) {
      const grown = new Uint32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = code;
  }

  done(): Uint32Array {
    return this.data.slice(0, this.length);
  }
}

/** Codes for distinct strings, in order of first appearance. */
class WordTable {
  private readonly codeOf = new Map<string, number>();

  code(word: string): number {
    let code = this.codeOf.get(word);
    if (code === undefined) this.codeOf.set(word, (code = this.codeOf.size));
    return code;
  }

  words(): string[] {
    return [...this.codeOf.keys()];
  }
}

/**
 * Builds one column as the records go by. One class with a switch rather than one class per
 * kind: the encoder's call site stays monomorphic, which at 10^6 records × 17 columns counts.
 */
class ColumnBuilder {
  readonly key: string;
  readonly kind: ColumnKind;
  readonly optional: boolean;
  private readonly present: Uint8Array | undefined;
  /** text, json: the pieces, their running length and each record's end. */
  private readonly parts: string[] = [];
  private at = 0;
  /** Per-record arrays (ends, codes, numbers, flags; offsets for words and record) are written up to here. */
  private filled = 0;
  private readonly perRecord: Uint32Array | Float64Array | Uint8Array;
  private readonly table = new WordTable();
  private readonly list = new CodeList();
  /** record: the kinds, string codes and numbers of its entries. */
  private readonly values = new WordTable();
  private readonly valueKinds: number[] = [];
  private readonly valueCodes = new CodeList();
  private readonly entryNumbers: number[] = [];

  constructor(column: ColumnSpec, count: number) {
    this.key = column.key;
    this.kind = column.kind;
    this.optional = column.optional === true;
    if (this.optional) this.present = new Uint8Array(count);
    this.perRecord =
      this.kind === 'number'
        ? new Float64Array(count)
        : this.kind === 'flag'
          ? new Uint8Array(count)
          : new Uint32Array(this.kind === 'words' || this.kind === 'record' ? count + 1 : count);
  }

  /** Adds record `i`'s value; false when the column cannot carry it (the records then go by clone). */
  add(i: number, value: unknown): boolean {
    if (this.present !== undefined) this.present[i] = 1;
    switch (this.kind) {
      case 'text':
        if (typeof value !== 'string') return false;
        this.fillTo(i);
        this.parts.push(value);
        this.at += value.length;
        this.perRecord[i] = this.at;
        this.filled = i + 1;
        return true;
      case 'json': {
        // Validated data holds only JSON values; a round trip through JSON keeps them equal.
        if (typeof value !== 'object' || value === null) return false;
        const text = JSON.stringify(value);
        this.fillTo(i);
        this.parts.push(text);
        this.at += text.length;
        this.perRecord[i] = this.at;
        this.filled = i + 1;
        return true;
      }
      case 'word':
        if (typeof value !== 'string') return false;
        this.perRecord[i] = this.table.code(value);
        return true;
      case 'number':
        if (typeof value !== 'number') return false;
        this.perRecord[i] = value;
        return true;
      case 'flag':
        if (typeof value !== 'boolean') return false;
        this.perRecord[i] = value ? 1 : 0;
        return true;
      case 'words': {
        if (!Array.isArray(value)) return false;
        this.fillTo(i);
        for (let k = 0; k < value.length; k++) {
          const word: unknown = value[k];
          if (typeof word !== 'string') return false;
          this.list.push(this.table.code(word));
        }
        this.perRecord[i + 1] = this.list.length;
        this.filled = i + 1;
        return true;
      }
      case 'record':
        return this.addRecord(i, value);
    }
  }

  private addRecord(i: number, value: unknown): boolean {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    this.fillTo(i);
    const row = value as Row;
    for (const key in row) {
      // An own `__proto__` key would set the prototype of the rebuilt object instead.
      if (key === '__proto__' || !Object.hasOwn(row, key)) return false;
      const item = row[key];
      let kind: ValueKind;
      let code = 0;
      let number = 0;
      if (typeof item === 'string') {
        kind = VALUE.text;
        code = this.values.code(item);
      } else if (typeof item === 'number') {
        kind = VALUE.number;
        number = item;
      } else if (item === true) kind = VALUE.true;
      else if (item === false) kind = VALUE.false;
      else if (item === null) kind = VALUE.null;
      else return false;
      this.list.push(this.table.code(key));
      this.valueKinds.push(kind);
      this.valueCodes.push(code);
      this.entryNumbers.push(number);
    }
    this.perRecord[i + 1] = this.list.length;
    this.filled = i + 1;
    return true;
  }

  /**
   * Records before `i` that lacked the key end where the last one that had it ended (text,
   * json), or hold no entries (words, record). Other kinds keep a value per record: nothing to fill.
   */
  private fillTo(i: number): void {
    const ends = this.perRecord;
    if (this.kind === 'words' || this.kind === 'record') {
      const used = this.list.length;
      for (let r = this.filled; r < i; r++) ends[r + 1] = used;
    } else if (this.kind === 'text' || this.kind === 'json') {
      for (let r = this.filled; r < i; r++) ends[r] = this.at;
    }
    this.filled = Math.max(this.filled, i);
  }

  finish(count: number): EncodedColumn {
    this.fillTo(count);
    const column: EncodedColumn = { key: this.key, kind: this.kind };
    if (this.present !== undefined) column.present = this.present;
    switch (this.kind) {
      case 'text':
      case 'json':
        column.joined = this.parts.join('');
        column.ends = this.perRecord as Uint32Array;
        break;
      case 'word':
        column.table = this.table.words();
        column.codes = this.perRecord as Uint32Array;
        break;
      case 'number':
        column.numbers = this.perRecord as Float64Array;
        break;
      case 'flag':
        column.flags = this.perRecord as Uint8Array;
        break;
      case 'words':
        column.table = this.table.words();
        column.codes = this.list.done();
        column.offsets = this.perRecord as Uint32Array;
        break;
      case 'record':
        column.table = this.table.words();
        column.codes = this.list.done();
        column.offsets = this.perRecord as Uint32Array;
        column.valueKinds = Uint8Array.from(this.valueKinds);
        column.valueCodes = this.valueCodes.done();
        column.values = this.values.words();
        column.numbers = Float64Array.from(this.entryNumbers);
        break;
    }
    return column;
  }
}

const NOTHING_ELSEWHERE: ReadonlySet<string> = new Set();

/**
 * Encodes the records in one pass, or returns null when one holds what the columns cannot
 * carry whole: a key not in the spec, a value not of its column's kind (undefined included),
 * a required key missing. Callers then fall back on structured clone. Keys in `elsewhere` are
 * passed over: the caller encodes those columns itself.
 */
export function encodeRecords(
  records: readonly object[],
  spec: readonly ColumnSpec[],
  elsewhere: ReadonlySet<string> = NOTHING_ELSEWHERE,
): EncodedRecords | null {
  const count = records.length;
  const builders = spec.map((column) => new ColumnBuilder(column, count));
  const byKey = new Map(builders.map((builder) => [builder.key, builder]));
  const required = builders.filter((builder) => !builder.optional).length;
  for (let i = 0; i < count; i++) {
    const row = records[i] as Row;
    let requiredSeen = 0;
    // Each record's own keys, once: for…in walks them without an array per record.
    for (const key in row) {
      const builder = byKey.get(key);
      if (builder === undefined) {
        if (elsewhere.has(key)) continue;
        return null;
      }
      if (!Object.hasOwn(row, key) || !builder.add(i, row[key])) return null;
      if (!builder.optional) requiredSeen++;
    }
    if (requiredSeen !== required) return null;
  }
  return { count, columns: builders.map((builder) => builder.finish(count)) };
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

  /** A `word` column's code: the word's place in its table. */
  code(key: string): (i: number) => number {
    const { codes } = this.column(key);
    return (i) => codes![i]!;
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

  /** A new object per record, its keys in their order. */
  record(key: string): (i: number) => Record<string, string | number | boolean | null> {
    const { table, codes, offsets, valueKinds, valueCodes, values, numbers } = this.column(key);
    return (i) => {
      const out: Record<string, string | number | boolean | null> = {};
      for (let e = offsets![i]!, to = offsets![i + 1]!; e < to; e++) {
        const name = table![codes![e]!]!;
        switch (valueKinds![e]) {
          case VALUE.text:
            out[name] = values![valueCodes![e]!]!;
            break;
          case VALUE.number:
            out[name] = numbers![e]!;
            break;
          case VALUE.true:
            out[name] = true;
            break;
          case VALUE.false:
            out[name] = false;
            break;
          default:
            out[name] = null;
        }
      }
      return out;
    };
  }

  /**
   * Lists of no or one word come back shared and frozen, one per word: at a million records
   * most lists are such, and sharing spares millions of arrays (and the collector's time).
   * Longer lists are new arrays.
   */
  words(key: string): (i: number) => string[] {
    const { table, codes, offsets } = this.column(key);
    const empty = Object.freeze([]) as unknown as string[];
    // By code, filled as met: an array, not a Map, since the codes are small whole numbers.
    const single = new Array<string[] | undefined>(table!.length);
    return (i) => {
      const from = offsets![i]!;
      const to = offsets![i + 1]!;
      if (to === from) return empty;
      if (to === from + 1) {
        const code = codes![from]!;
        return (single[code] ??= Object.freeze([table![code]!]) as unknown as string[]);
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
    case 'record':
      return reader.record(key);
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
    const arrays = [column.present, column.ends, column.codes, column.offsets, column.numbers, column.flags, column.valueKinds, column.valueCodes];
    for (const array of arrays) {
      if (array && array.buffer instanceof ArrayBuffer && !buffers.includes(array.buffer)) buffers.push(array.buffer);
    }
  }
  return buffers;
}
