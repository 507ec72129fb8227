/**
 * Marks for dense views (up to a million events): per pixel column, how many events that pass
 * the filters start there, split by kind colour. Each colour group keeps its own sorted start
 * times (built once per dataset and filters, O(n)), so a redraw is O(columns · groups · log n)
 * rather than one rectangle per event.
 */
import { lowerBound } from '../lib/binary-search';
import type { DatasetIndex } from '../store/dataset-index';
import type { EventMask } from '../store/queries';
import { kindColor } from '../ui/kind-colors';
import type { TimeDomain } from './time-scale';

export interface ColourGroups {
  /** One CSS colour per group: kinds sharing a colour (every unknown kind) share a group. */
  readonly colours: readonly string[];
  /** Start times of the group's events that pass the filters, ascending. */
  readonly starts: readonly Float64Array[];
}

export function buildColourGroups(index: DatasetIndex, mask: EventMask): ColourGroups {
  const colours: string[] = [];
  const groupOfKind = index.kinds.map((kind) => {
    const colour = kindColor(index, kind);
    const at = colours.indexOf(colour);
    return at >= 0 ? at : colours.push(colour) - 1;
  });
  const sizes = new Uint32Array(colours.length);
  const { kindCodes, startMs, eventCount } = index;
  for (let o = 0; o < eventCount; o++) if (mask === null || mask[o] === 1) sizes[groupOfKind[kindCodes[o]!]!]!++;
  const starts = Array.from(sizes, (size) => new Float64Array(size));
  const filled = new Uint32Array(colours.length);
  // Ordinals are in start order, so each group comes out sorted.
  for (let o = 0; o < eventCount; o++) {
    if (mask !== null && mask[o] !== 1) continue;
    const g = groupOfKind[kindCodes[o]!]!;
    starts[g]![filled[g]!++] = startMs[o]!;
  }
  return { colours, starts };
}

export interface ColumnCounts {
  readonly columns: number;
  readonly columnPx: number;
  readonly groups: number;
  /** `counts[c * groups + g]`: events of group g starting in column c. */
  readonly counts: Uint32Array;
  readonly totals: Uint32Array;
  readonly max: number;
}

/** Counts per `columnPx`-wide column across `width` CSS px of the view. */
export function columnCounts(groups: ColourGroups, domain: TimeDomain, width: number, columnPx = 2): ColumnCounts {
  const columns = Math.max(1, Math.ceil(width / columnPx));
  const groupCount = groups.colours.length;
  const counts = new Uint32Array(columns * groupCount);
  const totals = new Uint32Array(columns);
  const msPerColumn = ((domain.end - domain.start) / Math.max(1, width)) * columnPx;
  for (let g = 0; g < groupCount; g++) {
    const starts = groups.starts[g]!;
    let at = lowerBound(starts, domain.start);
    for (let c = 0; c < columns; c++) {
      const next = lowerBound(starts, domain.start + (c + 1) * msPerColumn, at);
      counts[c * groupCount + g] = next - at;
      totals[c]! += next - at;
      at = next;
    }
  }
  let max = 0;
  for (let c = 0; c < columns; c++) if (totals[c]! > max) max = totals[c]!;
  return { columns, columnPx, groups: groupCount, counts, totals, max };
}
