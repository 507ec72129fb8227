/**
 * What the event layer uploads, packed on the CPU: the vertex buffer (once per dataset) and the
 * filter mask (once per filter change), and the origins the stored values are relative to.
 */
import type { EventMask } from '../../store/queries';
import type { EventMarks } from './event-marks';

/** Bytes per mark in the vertex buffer: position 2×f32, end 2×u32, style u8 (+3 padding). */
export const STRIDE = 20;
const TWO_32 = 4_294_967_296;

/** Positions (Mercator units) and times (ms) are stored relative to these. */
export interface MarkOrigins {
  x: number;
  y: number;
  ms: number;
}

/**
 * Origins the uploaded values are stored relative to: positions around the marks' centre
 * (float32 then keeps sub-pixel precision at any zoom) and ends after the earliest start
 * (so every stored offset is ≥ 0).
 */
export function markOrigins(marks: EventMarks | null): MarkOrigins {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  let earliest = Infinity;
  const count = marks?.count ?? 0;
  for (let m = 0; m < count; m++) {
    const x = marks!.x[m]!;
    const y = marks!.y[m]!;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  for (const tier of marks?.tiers ?? []) earliest = Math.min(earliest, marks!.startMs[tier.first]!);
  return {
    x: count ? (minX + maxX) / 2 : 0,
    y: count ? (minY + maxY) / 2 : 0,
    ms: count ? Math.floor(earliest) : 0,
  };
}

/** The vertex buffer: per mark, position relative to the origin, end as two u32 halves, style. */
export function packVertices(marks: EventMarks, origins: MarkOrigins): ArrayBuffer {
  const origin = origins.ms;
  const buffer = new ArrayBuffer(marks.count * STRIDE);
  const floats = new Float32Array(buffer);
  const uints = new Uint32Array(buffer);
  const bytes = new Uint8Array(buffer);
  for (let m = 0, word = 0; m < marks.count; m++, word += STRIDE / 4) {
    floats[word] = marks.x[m]! - origins.x;
    floats[word + 1] = marks.y[m]! - origins.y;
    const [hi, lo] = splitTime(Math.ceil(marks.endMs[m]!), origin);
    uints[word + 2] = hi;
    uints[word + 3] = lo;
    bytes[word * 4 + 16] = marks.style[m]!;
  }
  return buffer;
}

/** ms since `origin` as [high, low] 32-bit halves, clamped to [0, 2^53). */
export function splitTime(ms: number, origin: number): [number, number] {
  const offset = Math.min(Number.MAX_SAFE_INTEGER, Math.max(0, Math.floor(ms - origin)));
  const hi = Math.floor(offset / TWO_32);
  return [hi, offset - hi * TWO_32];
}

/** One byte per mark: 1 when its event passes the filters. */
export function packMask(marks: EventMarks, mask: EventMask): Uint8Array {
  const packed = new Uint8Array(Math.max(1, marks.count));
  if (mask === null) return packed.fill(1);
  for (let m = 0; m < marks.count; m++) packed[m] = mask[marks.event[m]!] === 1 ? 1 : 0;
  return packed;
}
