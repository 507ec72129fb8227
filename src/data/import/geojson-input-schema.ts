/**
 * Zod schemas for GeoJSON as files arrive (RFC 7946): a FeatureCollection, a single Feature
 * or a bare geometry, with what the RFC allows and dataset v1 does not — null geometries,
 * GeometryCollections, empty coordinate arrays, numeric feature ids, missing properties —
 * so the importer can decide what to make of them. What breaks the RFC is an issue at the
 * exact path: a position without a latitude, a longitude past 180, a ring that does not close.
 *
 * Why not zod-geojson: its ring and dimension issues point at the geometry rather than the
 * ring, and it refuses files that mix 2D and 3D positions or carry a stale `bbox`, both common
 * in GIS exports and harmless here.
 */
import { z } from 'zod';

export type GeoPosition = number[];

export type InputGeometry =
  | { type: 'Point'; coordinates: GeoPosition }
  | { type: 'MultiPoint'; coordinates: GeoPosition[] }
  | { type: 'LineString'; coordinates: GeoPosition[] }
  | { type: 'MultiLineString'; coordinates: GeoPosition[][] }
  | { type: 'Polygon'; coordinates: GeoPosition[][] }
  | { type: 'MultiPolygon'; coordinates: GeoPosition[][][] }
  | { type: 'GeometryCollection'; geometries: InputGeometry[] };

/** [longitude, latitude] in WGS84 degrees, an altitude may follow; with `allowEmpty`, `[]` too (an empty Point, RFC 7946 §3.1). */
function positionSchema(allowEmpty: boolean) {
  return z.array(z.number()).superRefine((position, ctx) => {
    if (position.length === 0 && allowEmpty) return;
    if (position.length < 2) {
      ctx.addIssue({ code: 'custom', input: position, message: 'a position needs a longitude and a latitude: [longitude, latitude]' });
      return;
    }
    const [longitude = 0, latitude = 0] = position;
    if (longitude < -180 || longitude > 180) {
      ctx.addIssue({
        code: 'custom',
        path: [0],
        input: longitude,
        message: 'longitude must be between -180 and 180; a position is [longitude, latitude]',
      });
    }
    if (latitude < -90 || latitude > 90) {
      ctx.addIssue({
        code: 'custom',
        path: [1],
        input: latitude,
        message: 'latitude must be between -90 and 90; a position is [longitude, latitude], are they swapped?',
      });
    }
  });
}
const Position = positionSchema(false);

/** RFC 7946 §3.1: an empty `coordinates` array is allowed (a null-like geometry); otherwise at least `min` items. */
function emptyOrAtLeast<T extends z.ZodType>(item: T, min: number, message: string) {
  return z.array(item).superRefine((items, ctx) => {
    if (items.length > 0 && items.length < min) ctx.addIssue({ code: 'custom', message, input: items });
  });
}

function samePosition(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((value, k) => value === b[k]);
}

const Ring = z
  .array(Position)
  .min(4, 'a polygon ring needs at least 4 positions (the last one repeats the first)')
  .superRefine((ring, ctx) => {
    const first = ring[0];
    const last = ring.at(-1);
    if (ring.length >= 4 && first !== undefined && last !== undefined && !samePosition(first, last)) {
      ctx.addIssue({ code: 'custom', message: 'a polygon ring must be closed (its last position must equal its first)', input: ring });
    }
  });

const LINE_MESSAGE = 'a line needs at least 2 positions';

export const InputGeometrySchema: z.ZodType<InputGeometry> = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Point'), coordinates: positionSchema(true) }),
  z.object({ type: z.literal('MultiPoint'), coordinates: z.array(Position) }),
  z.object({ type: z.literal('LineString'), coordinates: emptyOrAtLeast(Position, 2, LINE_MESSAGE) }),
  z.object({ type: z.literal('MultiLineString'), coordinates: z.array(z.array(Position).min(2, LINE_MESSAGE)) }),
  z.object({ type: z.literal('Polygon'), coordinates: z.array(Ring) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(Ring).min(1, 'a polygon needs at least one ring')) }),
  z.object({
    type: z.literal('GeometryCollection'),
    get geometries(): z.ZodArray<z.ZodType<InputGeometry>> {
      return z.array(InputGeometrySchema);
    },
  }),
]);

const FeatureId = z.union([z.string(), z.number()], { error: 'must be a text or a number (RFC 7946 §3.2)' });
const Properties = z.record(z.string(), z.unknown(), { error: 'must be an object { … } or null' });

export const InputFeatureSchema = z.object({
  type: z.literal('Feature'),
  id: FeatureId.optional(),
  geometry: InputGeometrySchema.nullable(),
  // RFC 7946 requires the member (null allowed); files that leave it out are common and harmless.
  properties: Properties.nullable().optional(),
});
export type InputFeature = z.infer<typeof InputFeatureSchema>;

export const InputFeatureCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(InputFeatureSchema),
  /** Not RFC 7946 (removed from the 2008 spec), but written by GIS tools; read to warn. */
  crs: z.unknown().optional(),
  /** A foreign member that QGIS and ogr2ogr write: the layer's name. */
  name: z.unknown().optional(),
});
