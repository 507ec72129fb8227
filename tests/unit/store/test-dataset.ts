/** Small hand-made datasets for the store tests, built directly as a loader would return them. */
import type { MapFeature } from '../../../src/domain/dataset-schema';
import type { LoadedDataset, TimedEvent } from '../../../src/domain/loaded-dataset';

export const DAY = 86_400_000;
/** 2020-01-01T00:00Z: test times are given in days after it. */
export const T0 = Date.UTC(2020, 0, 1);
export const day = (n: number): number => T0 + n * DAY;

export interface EventSpec {
  id: string;
  /** Days after T0; the span is [from, to). */
  from: number;
  to?: number;
  kind?: string;
  actors?: string[];
  featureIds?: string[];
  excerptIds?: string[];
}

export interface DatasetSpec {
  events: EventSpec[];
  features?: { id: string; excerptIds?: string[] }[];
  /** Excerpt ids; each quotes its own sentence of one article unless given an article. */
  excerpts?: (string | { id: string; articleId: string; start: number })[];
  articles?: string[];
}

const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** A dataset with the given events; features, excerpts and articles default to what they cite. */
export function makeDataset(spec: DatasetSpec): LoadedDataset {
  const excerptSpecs = spec.excerpts ?? [...new Set(spec.events.flatMap((e) => e.excerptIds ?? ['x0']))];
  const featureSpecs: { id: string; excerptIds?: string[] }[] =
    spec.features ?? [...new Set(spec.events.flatMap((e) => e.featureIds ?? []))].map((id) => ({ id }));
  const articleIds = spec.articles ?? ['a0'];
  const text = 'x'.repeat(1000);

  const events: TimedEvent[] = spec.events.map((e) => {
    const startMs = day(e.from);
    const endMs = day(e.to ?? e.from + 1);
    return {
      id: e.id,
      title: `Event ${e.id}`,
      summary: '',
      kind: e.kind ?? 'strike',
      start: iso(startMs),
      end: iso(endMs - DAY),
      precision: 'range',
      actors: e.actors ?? [],
      featureIds: e.featureIds ?? [],
      excerptIds: e.excerptIds ?? ['x0'],
      startMs,
      endMs,
    };
  });
  const features: MapFeature[] = featureSpecs.map((f, i) => ({
    type: 'Feature',
    id: f.id,
    geometry: { type: 'Point', coordinates: [40 + i / 100, 35] },
    properties: { kind: 'site', name: `Site ${f.id}`, approximate: true, sources: 'test', excerptIds: f.excerptIds ?? [] },
  }));
  const excerpts = excerptSpecs.map((x, i) => {
    const { id, articleId, start } = typeof x === 'string' ? { id: x, articleId: articleIds[0]!, start: i * 10 } : x;
    return { id, articleId, start, end: start + 5, quote: text.slice(start, start + 5) };
  });
  return {
    version: 1,
    title: 'Test dataset',
    description: '',
    license: 'CC0-1.0',
    updated: '2024-01-01',
    articles: articleIds.map((id) => ({
      id,
      title: `Article ${id}`,
      publisher: 'Test',
      url: 'https://example.org/',
      published: '2024-01-01',
      text,
      ignore: [],
    })),
    excerpts,
    events,
    features: { type: 'FeatureCollection', features },
  };
}
