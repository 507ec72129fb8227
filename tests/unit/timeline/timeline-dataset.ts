/** Small hand-made datasets for the timeline tests, in the loaded form (spans resolved). */
import type { Precision } from '../../../src/domain/dataset-schema';
import type { LoadedDataset, TimedEvent } from '../../../src/domain/loaded-dataset';

export const DAY = 86_400_000;

export interface EventSpec {
  id: string;
  /** ISO day the span starts, e.g. '2022-08-23'. */
  start: string;
  /** ISO day after the last day covered; defaults to the day after `start`. */
  endExclusive?: string;
  precision?: Precision;
  approximate?: boolean;
  kind?: string;
  actors?: string[];
}

const ms = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

export function makeDataset(specs: EventSpec[]): LoadedDataset {
  const text = 'Report.';
  const events: TimedEvent[] = specs.map((spec) => {
    const startMs = ms(spec.start);
    const endMs = spec.endExclusive === undefined ? startMs + DAY : ms(spec.endExclusive);
    return {
      id: spec.id,
      title: `Event ${spec.id}`,
      summary: '',
      kind: spec.kind ?? 'strike',
      start: spec.start,
      precision: spec.precision ?? 'day',
      ...(spec.approximate === undefined ? {} : { approximate: spec.approximate }),
      actors: spec.actors ?? [],
      featureIds: [],
      excerptIds: ['x0'],
      startMs,
      endMs,
    };
  });
  return {
    version: 1,
    title: 'Timeline test dataset',
    description: '',
    license: 'CC0-1.0',
    updated: '2023-01-01',
    articles: [{ id: 'a0', title: 'A', publisher: 'P', url: 'https://example.org/a', published: '2023-01-01', text, ignore: [] }],
    excerpts: [{ id: 'x0', articleId: 'a0', start: 0, end: text.length, quote: text }],
    events,
    features: { type: 'FeatureCollection', features: [] },
  } as LoadedDataset;
}

/** The default dataset's seven events, as the loader resolves them (for tests shaped like the app). */
export const DEIR_EZ_ZOR_LIKE: EventSpec[] = [
  { id: 'deployed', start: '2009-01-20', endExclusive: '2017-01-21', precision: 'between', kind: 'deployment' },
  { id: 'june-strikes', start: '2021-06-01', endExclusive: '2021-07-01', precision: 'month', kind: 'strike' },
  { id: 'attacks', start: '2022-08-15', kind: 'attack' },
  { id: 'strikes', start: '2022-08-23', kind: 'strike' },
  { id: 'statement', start: '2022-08-23', kind: 'statement' },
  { id: 'troops', start: '2022-08-24', kind: 'presence' },
  { id: 'groups', start: '2022-08-24', kind: 'presence' },
];
