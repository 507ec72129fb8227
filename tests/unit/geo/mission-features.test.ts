import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { FeatureCollectionSchema, type MapFeature } from '../../../src/domain/dataset-schema';
import { geodesicArea } from '../../../geo-data/build/geo/geodesic-area';
import { lineIntersections } from '../../../geo-data/build/geo/line-intersections';
import { pointAlongLine } from '../../../geo-data/build/geo/point-along-line';
import { pointInFeature } from '../../../src/geo/point-in-feature';

// The committed output of `npm run geo-data` (the tests never read the shared sources).
const text = readFileSync(new URL('../../../geo-data/mission-features.geojson', import.meta.url), 'utf8');
const collection = FeatureCollectionSchema.parse(JSON.parse(text));
const byId = (id: string): MapFeature => {
  const f = collection.features.find((x) => x.id === id);
  if (!f) throw new Error(`no feature ${id}`);
  return f;
};
const point = (id: string): [number, number] => {
  const g = byId(id).geometry;
  if (g.type !== 'Point') throw new Error(`${id} is not a point`);
  return [g.coordinates[0], g.coordinates[1]];
};
const riverLines = (): Position[][] => {
  const g = byId('euphrates').geometry;
  if (g.type !== 'MultiLineString') throw new Error('euphrates is not a MultiLineString');
  return g.coordinates;
};

describe('mission-features.geojson', () => {
  it('holds exactly the mission features, with their kinds', () => {
    expect(collection.features.map((f) => [f.id, f.properties.kind])).toEqual([
      ['deir-ez-zor', 'city'],
      ['deir-ez-zor-governorate', 'governorate'],
      ['euphrates', 'river'],
      ['divide-west-bank', 'divide-side'],
      ['divide-east-bank', 'divide-side'],
      ['al-bukamal', 'town'],
      ['al-bukamal-crossing', 'crossing'],
      ['supply-route', 'route'],
    ]);
  });

  it('marks derived geometry approximate and names a source for every feature', () => {
    const approximate = collection.features.filter((f) => f.properties.approximate).map((f) => f.id);
    expect(approximate).toEqual(['divide-west-bank', 'divide-east-bank', 'al-bukamal-crossing', 'supply-route']);
    for (const f of collection.features) expect(f.properties.sources?.length ?? 0).toBeGreaterThan(40);
    expect(byId('al-bukamal-crossing').properties.sources).toMatch(/no surveyed point in the sources/);
    expect(byId('supply-route').properties.label).toBe('schematic');
    expect(byId('supply-route').properties.sources).toMatch(/^Schematic: the article gives no path/);
  });

  it('draws the Euphrates as one MultiLineString', () => {
    expect(byId('euphrates').geometry.type).toBe('MultiLineString');
    expect(byId('euphrates').properties.name).toBe('Euphrates');
  });

  it('splits the governorate into two banks whose areas add up to it (within 0.5%)', () => {
    const whole = geodesicArea(byId('deir-ez-zor-governorate').geometry);
    const west = geodesicArea(byId('divide-west-bank').geometry);
    const east = geodesicArea(byId('divide-east-bank').geometry);
    expect(west).toBeGreaterThan(whole * 0.2);
    expect(east).toBeGreaterThan(whole * 0.2);
    expect(Math.abs(west + east - whole) / whole).toBeLessThan(0.005);
  });

  it('puts the south-west bank south-west of the north-east bank', () => {
    const centre = (id: string): number[] => {
      const g = byId(id).geometry;
      const ring = g.type === 'Polygon' ? g.coordinates[0] : g.type === 'MultiPolygon' ? g.coordinates.flatMap((p) => p[0] ?? []) : [];
      const pts = ring ?? [];
      return [0, 1].map((k) => pts.reduce((s, p) => s + (p[k] ?? 0), 0) / pts.length);
    };
    const [wx = 0, wy = 0] = centre('divide-west-bank');
    const [ex = 0, ey = 0] = centre('divide-east-bank');
    expect(wx).toBeLessThan(ex);
    expect(wy).toBeLessThan(ey);
  });

  it('has Deir ez-Zor city on the river (within 5 km of it, as a 1:10m point)', () => {
    const line = riverLines().flat();
    expect(pointAlongLine(line, point('deir-ez-zor'), 0).offsetKm).toBeLessThan(5);
  });

  it('has the crossing near the river where it leaves Syria, and Al-Bukamal on the south-west bank', () => {
    const line = riverLines().flat();
    expect(pointAlongLine(line, point('al-bukamal-crossing'), 0).offsetKm).toBeLessThan(3);
    expect(pointInFeature(point('al-bukamal'), byId('divide-west-bank'))).toBe(true);
  });

  it('routes supplies from outside the governorate, through the crossing, into the south-west bank', () => {
    const g = byId('supply-route').geometry;
    if (g.type !== 'LineString') throw new Error('supply-route is not a LineString');
    const [start, via, end] = g.coordinates as [[number, number], [number, number], [number, number]];
    expect(g.coordinates).toHaveLength(3);
    expect(via).toEqual(point('al-bukamal-crossing'));
    expect(pointInFeature(start, byId('deir-ez-zor-governorate'))).toBe(false);
    expect(start[0]).toBeGreaterThan(via[0]);
    expect(pointInFeature(end, byId('divide-west-bank'))).toBe(true);
    expect(pointInFeature(end, byId('divide-east-bank'))).toBe(false);
    const river = { type: 'MultiLineString' as const, coordinates: riverLines() };
    expect(lineIntersections([start, via], river)).toHaveLength(0);
    expect(lineIntersections([via, end], river)).toHaveLength(0);
  });

  it('is written with coordinates rounded to 5 decimals', () => {
    const numbers = text.match(/-?\d+\.\d+/g) ?? [];
    expect(numbers.length).toBeGreaterThan(100);
    expect(numbers.filter((n) => (n.split('.')[1] ?? '').length > 5 && !n.includes('e'))).toEqual([]);
  });
});
