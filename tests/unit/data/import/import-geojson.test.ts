import { describe, expect, it } from 'vitest';
import { importDataset } from '../../../../src/data/import/import-dataset';
import { loadAnyDataset } from '../../../../src/data/import/load-any-dataset';
import { expectSound, importFixture, loadFixture, problemsOf, TODAY } from './fixtures';

const MAIN = 'ukraine-test-incidents.geojson';

const importJson = (value: unknown, name = 'test.geojson') => importDataset(JSON.stringify(value), name, { today: TODAY });
const loadJson = (value: unknown, name = 'test.geojson') => loadAnyDataset(JSON.stringify(value), name, { today: TODAY });

describe('GeoJSON import', () => {
  it('makes every feature a map feature, and every dated one an event there, that pass the loader', () => {
    const result = loadFixture(MAIN);
    expect(result.format).toBe('GeoJSON');
    const { dataset } = result;
    expectSound(dataset);
    expect(dataset.title).toBe('Synthetic test incidents (Ukraine)');
    expect(dataset.features.features.map((f) => [f.id, f.properties.kind, f.properties.name])).toEqual([
      ['inc-1', 'shelling', 'Test incident 1'],
      ['f-2', 'airstrike', 'Test incident 2'],
      ['3', 'Explosion', 'Test incident 3'],
      ['4', 'point', 'Test incident 4'],
      ['inc-5', 'shelling', 'Test incident 5'],
      ['inc-6', 'point', 'Test incident 6'],
      ['route-7', 'linestring', 'Test route 7'],
      ['area-8', 'area', 'Test area 8'],
      ['bare-9', 'point', 'Point 9'],
      ['inc-11-1', 'point', 'Test incident 11'],
      ['inc-11-2', 'linestring', 'Test incident 11'],
      ['inc-12', 'point', 'Test incident 12'],
      ['place-13', 'point', 'Test place 13'],
      ['inc-14', 'point', 'Тестовий інцидент 14'],
    ]);
    expect(dataset.features.features.every((f) => f.properties.sources === 'From the GeoJSON file ukraine-test-incidents.geojson')).toBe(true);
    expect(dataset.features.features.find((f) => f.id === '3')?.properties.approximate).toBe(true);
  });

  it('reads the precision from what the time value gives, and date-times and epoch numbers as their UTC day', () => {
    const { dataset } = loadFixture(MAIN);
    expect(dataset.events.map((e) => [e.id, e.start, e.end, e.precision, e.kind])).toEqual([
      ['inc-1', '2022-08-23', undefined, 'day', 'shelling'],
      // 01:30 at +03:00 is still the 24th in UTC.
      ['f-2', '2022-08-24', undefined, 'day', 'airstrike'],
      ['3', '2022-08-24', undefined, 'day', 'Explosion'],
      ['4', '2022-08-25', undefined, 'day', 'event'],
      ['inc-5', '2022-08', undefined, 'month', 'shelling'],
      ['inc-6', '2022', undefined, 'year', 'event'],
      ['route-7', '2022-09-01', '2022-09-03', 'range', 'event'],
      ['area-8', '2022-09', '2022-10', 'range', 'area'],
      ['inc-10', '2022-09-05', undefined, 'day', 'event'],
      ['inc-11', '2022-09-06', undefined, 'day', 'event'],
      ['inc-14', '2022-09-07', undefined, 'day', 'event'],
    ]);
    expect(dataset.events.find((e) => e.id === 'inc-11')?.featureIds).toEqual(['inc-11-1', 'inc-11-2']);
    expect(dataset.events.find((e) => e.id === 'inc-10')?.featureIds).toEqual([]);
  });

  it('cites the feature’s description, or else its properties as key: value lines, as a record of the file', () => {
    const { dataset } = loadFixture(MAIN);
    const record = (id: string) => dataset.articles.find((a) => a.id === `r-${id}`);
    expect(record('inc-1')).toMatchObject({
      kind: 'record',
      publisher: 'ukraine-test-incidents.geojson',
      title: 'Test incident 1',
      text: 'Synthetic test incident 1: shelling reported near the city centre (test data, not a real event).',
    });
    expect(record('f-2')?.text).toBe('title: Test incident 2\ncategory: airstrike\ndatetime: 2022-08-25T01:30:00+03:00');
    const event = dataset.events.find((e) => e.id === 'inc-1')!;
    const feature = dataset.features.features.find((f) => f.id === 'inc-1')!;
    expect(event.excerptIds).toEqual(feature.properties.excerptIds);
    expect(dataset.excerpts.find((x) => x.id === event.excerptIds[0])?.quote).toBe(record('inc-1')?.text);
    // A feature with no properties has no words to cite: its source is the file.
    expect(dataset.features.features.find((f) => f.id === 'bare-9')?.properties.excerptIds).toEqual([]);
  });

  it('keeps the original properties as attributes, nested values as their JSON', () => {
    const { dataset } = loadFixture(MAIN);
    expect(dataset.features.features[0]!.properties.attributes).toEqual({
      name: 'Test incident 1',
      type: 'shelling',
      date: '2022-08-23',
      description: 'Synthetic test incident 1: shelling reported near the city centre (test data, not a real event).',
      source_count: 2,
      tags: '["test","synthetic"]',
    });
  });

  it('warns about a null geometry, a split GeometryCollection and a date it cannot read', () => {
    expect(loadFixture(MAIN).warnings).toMatchObject([
      { path: 'features[9].geometry', message: "is null: the feature's event is on the timeline but not on the map" },
      {
        path: 'features[10].geometry',
        message: 'is a GeometryCollection, which the dataset format has not: split into 2 map features (inc-11-1, inc-11-2) that share its properties',
      },
      {
        path: 'features[11].properties.date',
        message:
          '"yesterday" is not a date this importer reads (ISO 8601 such as 2022, 2022-08, 2022-08-23 or 2022-08-23T10:00Z, ' +
          'or a Unix time in seconds or milliseconds); the feature is on the map without an event',
      },
    ]);
  });

  it('refuses what breaks RFC 7946, with the path of each problem', () => {
    expect(problemsOf(importFixture('geojson-unclosed-ring.geojson'))).toMatchObject([
      { path: 'features[3].geometry.coordinates[0]', message: 'a polygon ring must be closed (its last position must equal its first)' },
      { path: 'features[3].geometry.coordinates[1]', message: 'a polygon ring needs at least 4 positions (the last one repeats the first)' },
    ]);
    expect(problemsOf(importFixture('geojson-bad-coordinates.geojson')).map(({ path, message }) => ({ path, message }))).toEqual([
      {
        path: 'features[0].geometry.coordinates[1]',
        message: 'latitude must be between -90 and 90; a position is [longitude, latitude], are they swapped? (found the number 95.2)',
      },
      { path: 'features[1].geometry.coordinates[0]', message: 'must be a number, not "30.5"' },
      { path: 'features[1].geometry.coordinates[1]', message: 'must be a number, not "50.4"' },
      {
        path: 'features[2].geometry.type',
        message: 'must be one of "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection" (found "Circle")',
      },
      { path: 'features[3].geometry.coordinates', message: 'a line needs at least 2 positions' },
      {
        path: 'features[4].geometry.coordinates[1][0]',
        message: 'longitude must be between -180 and 180; a position is [longitude, latitude] (found the number 190)',
      },
      { path: 'features[4].properties', message: 'must be an object { … } or null (found "not an object")' },
    ]);
  });

  it('loads what RFC 7946 only discourages, with a warning each: clockwise rings, a crs, more than 7 decimals', () => {
    const result = loadFixture('geojson-discouraged.geojson');
    expect(result.warnings.map((w) => w.path)).toEqual(['crs', 'features[0].geometry.coordinates[0]', 'features[1].geometry.coordinates']);
    expect(result.warnings[1]!.message).toMatch(/^the outer ring runs clockwise; RFC 7946 §3\.1\.6/);
    expect(result.warnings[2]!.message).toMatch(/^1 feature gives coordinates with more than 7 decimals/);
    // Kept as they are: the warning changes nothing.
    expect(result.dataset.features.features[1]!.geometry).toEqual({ type: 'Point', coordinates: [30.523412345, 50.450112345] });
  });

  it('warns that a crs naming another system may put the places in the wrong spot', () => {
    const result = loadJson({
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3857' } },
      features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [30, 50] }, properties: { name: 'x' } }],
    });
    expect(result.ok && result.warnings[0]?.message).toMatch(/names urn:ogc:def:crs:EPSG::3857.*reproject the file to WGS84/);
  });

  it('reads a single Feature and a bare geometry, with paths from their own top', () => {
    const feature = loadJson({ type: 'Feature', id: 7, geometry: { type: 'Point', coordinates: [30, 50] }, properties: { title: 'One' } });
    expect(feature.ok && feature.dataset.features.features.map((f) => [f.id, f.properties.name])).toEqual([['7', 'One']]);
    const bare = loadAnyDataset(JSON.stringify({ type: 'LineString', coordinates: [[30, 50], [31, 51]] }));
    expect(bare.ok && bare.dataset.features.features[0]!.properties).toMatchObject({
      name: 'LineString 1',
      kind: 'linestring',
      sources: 'From a GeoJSON file',
    });
    expect(problemsOf(importJson({ type: 'Polygon', coordinates: [[[30, 50], [31, 50], [31, 51]]] }))).toMatchObject([
      { path: 'coordinates[0]', message: 'a polygon ring needs at least 4 positions (the last one repeats the first)' },
    ]);
  });

  it('gives repeated feature ids a suffix, with a warning, so ids stay unique', () => {
    const point = { type: 'Point', coordinates: [30, 50] };
    const result = loadJson({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', id: 'a', geometry: point, properties: { name: 'first' } },
        { type: 'Feature', id: 'a', geometry: point, properties: { name: 'second' } },
      ],
    });
    expect(result.ok && result.dataset.features.features.map((f) => f.id)).toEqual(['a', 'a-2']);
    expect(result.ok && result.warnings).toEqual([
      { path: 'features[1].id', message: '"a" is the id of an earlier feature too: this one is "a-2"', code: 'featureIdTaken', params: { id: 'a', given: 'a-2' } },
    ]);
  });

  it('refuses a collection with nothing to show', () => {
    expect(problemsOf(importJson({ type: 'FeatureCollection', features: [] }))).toMatchObject([{ path: '$', message: 'has no features' }]);
    expect(problemsOf(importJson({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: null, properties: null }] }))).toMatchObject([
      { path: '$', message: 'has no feature with a geometry or a date: there is nothing to show' },
      { path: 'features[0].geometry', message: 'is null and the feature gives no date: left out (there is nothing to show)' },
    ]);
  });

  it('reads start and end in any case, and refuses a range that runs backwards', () => {
    const feature = (properties: Record<string, unknown>) => ({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [30, 50] }, properties }],
    });
    const ranged = loadJson(feature({ Start_Date: '2022-01-10', END_DATE: '2022-02' }));
    expect(ranged.ok && ranged.dataset.events.map((e) => [e.start, e.end, e.precision])).toEqual([['2022-01-10', '2022-02', 'range']]);
    const backwards = loadJson(feature({ start: '2022-03-01', end: '2022-02-01' }));
    expect(backwards.ok && backwards.dataset.events).toEqual([]);
    expect(backwards.ok && backwards.warnings[0]).toEqual({
      path: 'features[0].properties.end',
      message: '"2022-02-01" is before the start "2022-03-01"; the feature is on the map without an event',
    });
    const noZone = loadJson(feature({ datetime: '2022-03-01T23:30:00' }));
    expect(noZone.ok && noZone.warnings[0]?.message).toMatch(/without a zone: read as UTC/);
    const unreal = loadJson(feature({ date: '2022-02-30' }));
    expect(unreal.ok && unreal.warnings[0]?.message).toMatch(/^"2022-02-30" is not a real date \(February 2022 has 28 days\)/);
  });
});
