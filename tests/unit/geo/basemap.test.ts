import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, Position } from 'geojson';
import { BASEMAP_BOX } from '../../../src/geo/basemap-box';

// The committed output of `npm run geo-data`.
const read = (file: string): FeatureCollection =>
  JSON.parse(readFileSync(new URL(`../../../geo-data/basemap/${file}`, import.meta.url), 'utf8')) as FeatureCollection;
const FILES = ['countries', 'borders', 'admin1', 'rivers', 'lakes', 'urban-areas', 'places'].map((n) => `${n}.geojson`);

function positions(f: Feature): Position[] {
  const g = f.geometry;
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'LineString':
    case 'MultiPoint':
      return g.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
    default:
      return [];
  }
}

describe('basemap files', () => {
  it.each(FILES)('%s: every feature has a unique string id and lies inside the clip box', (file) => {
    const { features } = read(file);
    expect(features.length).toBeGreaterThan(0);
    const ids = features.map((f) => f.id);
    expect(ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    const [w, s, e, n] = BASEMAP_BOX;
    for (const f of features) {
      for (const [x = NaN, y = NaN] of positions(f)) {
        expect(x >= w && x <= e && y >= s && y <= n, `${String(f.id)} at ${x},${y}`).toBe(true);
      }
    }
  });

  it('keeps the countries of the region', () => {
    const ids = read('countries.geojson').features.map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(['country:SYR', 'country:IRQ', 'country:TUR', 'country:JOR', 'country:LBN']));
  });

  it('carries the Arabic names of governorates', () => {
    const dy = read('admin1.geojson').features.find((f) => f.id === 'admin1:SY-DY');
    expect(dy?.properties?.['name_ar']).toBe('محافظة دير الزور');
    expect(dy?.properties?.['iso_3166_2']).toBe('SY-DY');
  });

  it('gives places what label ranking needs', () => {
    const place = read('places.geojson').features.find((f) => f.id === 'place:dayr-az-zawr');
    expect(place?.properties).toMatchObject({ name: 'Dayr az Zawr', featurecla: 'Admin-1 capital' });
    expect(typeof place?.properties?.['scalerank']).toBe('number');
    expect(typeof place?.properties?.['pop_max']).toBe('number');
  });

  it('includes Lake Assad', () => {
    expect(read('lakes.geojson').features.map((f) => f.id)).toContain('lake:buhayrat-al-assad');
  });
});
