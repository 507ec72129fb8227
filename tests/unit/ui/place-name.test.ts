import { describe, expect, it } from 'vitest';
import type { Geometry, MapFeature } from '../../../src/domain/dataset-schema';
import { localeFor } from '../../../src/i18n/locale';
import { describeKind } from '../../../src/ui/describe-kind';
import { formatLatLng, placeName } from '../../../src/ui/place-name';

const en = localeFor('en');
const ar = localeFor('ar');
const arLatin = localeFor('ar', 'latin');

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
    expect(placeName(en, feature({ type: 'Point', coordinates: [36.29, 33.51] }, { name: 'Damascus' }))).toBe('Damascus');
  });

  it('falls back on a telling attribute of the source', () => {
    const f = feature({ type: 'Point', coordinates: [32.48, 15.65] }, { name: ' ', attributes: { admin1: 'Khartoum', location: 'Omdurman' } });
    expect(placeName(en, f)).toBe('Omdurman');
  });

  it('else says its kind and where it lies, in degrees with hemispheres', () => {
    expect(placeName(en, feature({ type: 'Point', coordinates: [36.2913, 33.5102] }))).toBe('Site at 33.51°N 36.29°E');
    expect(placeName(en, feature({ type: 'LineString', coordinates: [[-58.38, -34.6], [-58, -34]] }), { features: { site: { label: 'Front line' } } })).toBe(
      'Front line from 34.60°S 58.38°W',
    );
    const square: [number, number][][] = [[[10, 10], [12, 10], [12, 14], [10, 14], [10, 10]]];
    expect(placeName(en, feature({ type: 'Polygon', coordinates: square }))).toBe('Site around 12.00°N 11.00°E');
  });

  it('formats latitude before longitude', () => {
    expect(formatLatLng(en, -0.5, 51.5)).toBe('51.50°N 0.50°W');
  });

  it('speaks the interface language, in its digits', () => {
    expect(formatLatLng(ar, -0.5, 51.5)).toBe('٥١٫٥٠° شمالًا، ٠٫٥٠° غربًا');
    expect(formatLatLng(arLatin, 36.29, -33.51)).toBe('33.51° جنوبًا، 36.29° شرقًا');
    expect(placeName(ar, feature({ type: 'Point', coordinates: [36.2913, 33.5102] }))).toBe('Site عند ٣٣٫٥١° شمالًا، ٣٦٫٢٩° شرقًا');
    expect(placeName(arLatin, feature({ type: 'MultiPoint', coordinates: [] }, { kind: ' ' }))).toBe('نقاط بلا موقع');
    expect(placeName(en, feature({ type: 'MultiPoint', coordinates: [] }, { kind: ' ' }))).toBe('Points with no position');
  });

  it('keeps the data’s own name whatever the language', () => {
    expect(placeName(ar, feature({ type: 'Point', coordinates: [36.29, 33.51] }, { name: 'Damascus', name_ar: 'دمشق' }))).toBe('Damascus');
  });
});

describe('describeKind', () => {
  it('uses the dataset’s label, else the kind in words', () => {
    expect(describeKind(en, 'divide-side', { features: { 'divide-side': { label: 'Side of the divide' } } })).toBe('Side of the divide');
    expect(describeKind(en, 'border_crossing')).toBe('Border crossing');
  });
});
