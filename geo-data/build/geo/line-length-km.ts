/** Great-circle length of a polyline in kilometres (via @turf/length). */
import { length } from '@turf/length';
import { lineString } from '@turf/helpers';

export function lineLengthKm(line: readonly (readonly number[])[]): number {
  if (line.length < 2) return 0;
  return length(lineString(line.map((p) => [...p])), { units: 'kilometers' });
}
