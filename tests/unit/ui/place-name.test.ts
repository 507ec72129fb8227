import { describe, expect, it } from 'vitest';
import type { Geometry, MapFeature } from '../../../src/domain/dataset-schema';
import { describeKind } from '../../../src/ui/describe-kind';
import { formatLatLng, placeName } from '../../../src/ui/place-name';

function feature(geometry: Geometry, properties: Partial<MapFeature['properties']> = {}): MapFeature {
  return {
    type: 'Feature',
    id: 'f',
    geometry,
    properties: { kind: 'site', name: '', approximate: false, excerptIds: [], ...properties },
  };
}

describe('placeName', () => {
  it('is the feature’s name when it has one', () => {
    expect(placeName(feature({ type: 'Point', coordinates: [36.29, 33.51] }, { name: 'Damascus' }))).toBe('Damascus');
  });

  it('falls back on a telling attribute of the source', () => {
    const f = feature({ type: 'Point', coordinates: [32.48, 15.65] }, { name: ' ', attributes: { admin1: 'Khartoum', location: 'Omdurman' } });
    expect(placeName(f)).toBe('Omdurman');
  });

  it('else says its kind and where it lies, in degrees with hemispheres', () => {
    expect(placeName(feature({ type: 'Point', coordinates: [36.2913, 33.5102] }))).toBe('Site at 33.51°N 36.29°E');
    expect(placeName(feature({ type: 'LineString', coordinates: [[-58.38, -34.6], [-58, -34]] }), { features: { site: { label: 'Front line' } } })).toBe(
      'Front line from 34.60°S 58.38°W',
    );
    const square: [number, number][][] = [[[10, 10], [12, 10], [12, 14], [10, 14], [10, 10]]];
    expect(placeName(feature({ type: 'Polygon', coordinates: square }))).toBe('Site around 12.00°N 11.00°E');
  });

  it('formats latitude before longitude', () => {
    expect(formatLatLng(-0.5, 51.5)).toBe('51.50°N 0.50°W');
  });
});

describe('describeKind', () => {
  it('uses the dataset’s label, else the kind in words', () => {
    expect(describeKind('divide-side', { features: { 'divide-side': { label: 'Side of the divide' } } })).toBe('Side of the divide');
    expect(describeKind('border_crossing')).toBe('Border crossing');
  });
});
