import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ArticleSchema,
  DatasetSchema,
  EventSchema,
  FeaturePropertiesSchema,
  GeometrySchema,
  HttpUrlSchema,
  IsoDateSchema,
} from '../../../src/domain/dataset-schema';

const minimal = JSON.parse(
  readFileSync(new URL('../../fixtures/datasets/minimal-valid.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

describe('DatasetSchema', () => {
  it('accepts the minimal example and fills defaults', () => {
    const result = DatasetSchema.safeParse(minimal);
    expect(result.success).toBe(true);
    const event = EventSchema.parse({
      id: 'e',
      title: 't',
      kind: 'strike',
      start: '2022',
      precision: 'year',
      excerptIds: ['x'],
    });
    expect(event).toMatchObject({ summary: '', actors: [], featureIds: [] });
  });

  it('refuses a version other than 1', () => {
    const result = DatasetSchema.safeParse({ ...minimal, version: 2 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['version'], message: expect.stringContaining('must be 1') });
  });

  it('reports unknown fields of our own objects, so a misspelt field does not vanish', () => {
    const article = (minimal['articles'] as Record<string, unknown>[])[0];
    const result = ArticleSchema.safeParse({ ...article, vai: 'Reuters' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['vai'] });
    expect(DatasetSchema.safeParse({ ...minimal, $schema: './dataset.v1.json' }).success).toBe(true);
  });

  it('drops extra GeoJSON properties instead of refusing them (RFC 7946 allows foreign members)', () => {
    const props = FeaturePropertiesSchema.parse({ kind: 'city', name: 'X', approximate: false, sources: 'NE', fid: 7 });
    expect(props).not.toHaveProperty('fid');
  });

  it('needs an event to cite at least one excerpt', () => {
    const result = EventSchema.safeParse({ id: 'e', title: 't', kind: 'k', start: '2022', precision: 'year', excerptIds: [] });
    expect(result.error?.issues[0]?.message).toBe('must cite at least one excerpt');
  });

  it('needs a feature to cite excerpts or a geographic source', () => {
    const result = FeaturePropertiesSchema.safeParse({ kind: 'city', name: 'X', approximate: false });
    expect(result.error?.issues[0]?.message).toContain('must cite excerptIds or name a geographic source');
  });

  it('keeps coordinates in range: longitude first, latitude second', () => {
    expect(GeometrySchema.safeParse({ type: 'Point', coordinates: [40.1, 35.3] }).success).toBe(true);
    expect(GeometrySchema.safeParse({ type: 'Point', coordinates: [40.1, 35.3, 120] }).success).toBe(true);
    const lon = GeometrySchema.safeParse({ type: 'Point', coordinates: [180.5, 0] });
    expect(lon.error?.issues[0]).toMatchObject({ path: ['coordinates', 0], message: expect.stringContaining('longitude') });
    const lat = GeometrySchema.safeParse({ type: 'Point', coordinates: [0, -90.5] });
    expect(lat.error?.issues[0]).toMatchObject({ path: ['coordinates', 1], message: expect.stringContaining('latitude') });
    expect(GeometrySchema.safeParse({ type: 'Point', coordinates: [Number.NaN, 0] }).success).toBe(false);
    expect(GeometrySchema.safeParse({ type: 'GeometryCollection', geometries: [] }).success).toBe(false);
  });

  it('accepts ISO dates of a year, month, day or zoned date-time, and nothing looser', () => {
    for (const ok of ['2022', '2022-08', '2022-08-23', '2022-08-23T10:00Z', '2022-08-23T10:00:00.5+03:00']) {
      expect(IsoDateSchema.safeParse(ok).success, ok).toBe(true);
    }
    for (const bad of ['2022-8', '23-08-2022', '2022-08-23T10:00', '2022-08-23 10:00Z', 'yesterday']) {
      expect(IsoDateSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('accepts only http(s) links', () => {
    expect(HttpUrlSchema.safeParse('https://example.org/a').success).toBe(true);
    const result = HttpUrlSchema.safeParse('javascript:alert(1)');
    expect(result.error?.issues).toHaveLength(1);
    expect(result.error?.issues[0]?.message).toContain('"javascript:" link is refused');
  });
});
