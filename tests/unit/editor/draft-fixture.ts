/** A small valid draft for the editor's tests: one article, two excerpts, an event, a place. */
import type { DatasetInput } from '../../../src/domain/dataset-schema';

export const TEXT = 'Strikes hit the depot near the crossing on 23 August. Roads reopened later.';

export function sampleDraft(): DatasetInput {
  return {
    version: 1,
    title: 'Sample',
    description: '',
    license: 'CC BY 4.0',
    updated: '2024-01-01',
    articles: [
      { id: 'a1', title: 'Depot hit', publisher: 'Example News', url: 'https://example.org/a1', published: '2022-08-24', text: TEXT, ignore: [] },
    ],
    excerpts: [
      { id: 'x1', articleId: 'a1', start: 0, end: 21, quote: TEXT.slice(0, 21) },
      { id: 'x2', articleId: 'a1', start: 54, end: 74, quote: TEXT.slice(54, 74) },
    ],
    events: [
      { id: 'e1', title: 'Depot hit', kind: 'strike', start: '2022-08-23', precision: 'day', featureIds: ['p1'], excerptIds: ['x1'] },
    ],
    features: {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'p1',
          geometry: { type: 'Point', coordinates: [40.9, 34.4] },
          properties: { kind: 'depot', name: 'The depot', approximate: true, sources: 'Clicked on the map', excerptIds: ['x1', 'x2'] },
        },
      ],
    },
  };
}
