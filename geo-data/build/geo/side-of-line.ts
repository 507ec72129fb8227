/** Which side of a directed polyline a point lies on, judged at the line's nearest segment. */
import type { XY } from '../../../src/geo/xy';

export type Side = 'left' | 'right';

function cross(ax: number, ay: number, bx: number, by: number): number {
  return ax * by - ay * bx;
}

/**
 * Signed planar distance (degrees) from the point to the nearest of the lines: positive on the
 * left looking along the line's direction, negative on the right, 0 on the line.
 */
export function signedDistanceToLine(point: XY, lines: readonly (readonly XY[])[]): number {
  let best = Infinity;
  let sign = 0;
  for (const line of lines) {
    for (let i = 0; i + 1 < line.length; i += 1) {
      const a = line[i] as XY;
      const b = line[i + 1] as XY;
      const dx = b[0] - a[0];
      const dy = b[1] - a[1];
      const len2 = dx * dx + dy * dy;
      if (len2 === 0) continue;
      const t = Math.max(0, Math.min(1, ((point[0] - a[0]) * dx + (point[1] - a[1]) * dy) / len2));
      const nx = a[0] + t * dx;
      const ny = a[1] + t * dy;
      const d = Math.hypot(point[0] - nx, point[1] - ny);
      if (d >= best) continue;
      best = d;
      const vx = point[0] - a[0];
      const vy = point[1] - a[1];
      let s = cross(dx, dy, vx, vy);
      // At a joint the nearest segment alone can give the wrong side past a turn sharper than
      // a right angle: around a left turn the left side is the overlap of both segments' left
      // half-planes, around a right turn their union.
      const joint = t === 1 ? line[i + 2] : t === 0 && i > 0 ? line[i - 1] : undefined;
      if (joint) {
        const [inX, inY, outX, outY] =
          t === 1 ? [dx, dy, joint[0] - b[0], joint[1] - b[1]] : [a[0] - joint[0], a[1] - joint[1], dx, dy];
        const vertex = t === 1 ? b : a;
        const wx = point[0] - vertex[0];
        const wy = point[1] - vertex[1];
        const leftOfIn = cross(inX, inY, wx, wy) > 0;
        const leftOfOut = cross(outX, outY, wx, wy) > 0;
        const leftTurn = cross(inX, inY, outX, outY) > 0;
        const left = leftTurn ? leftOfIn && leftOfOut : leftOfIn || leftOfOut;
        s = d === 0 ? 0 : left ? 1 : -1;
      }
      sign = Math.sign(s);
    }
  }
  return best === Infinity ? 0 : sign * best;
}

/** The side of the directed lines the point lies on; `null` when it lies on a line. */
export function sideOfLine(point: XY, lines: readonly (readonly XY[])[]): Side | null {
  const d = signedDistanceToLine(point, lines);
  return d > 0 ? 'left' : d < 0 ? 'right' : null;
}
