import { describe, expect, it } from 'vitest';
// The editor's words, as its chunk adds them in the app.
import '../../../src/editor/editor-messages';
import { localeFor } from '../../../src/i18n/locale';
import { loadDataset } from '../../../src/data/load-dataset';
import { atGrain, eventFromValues, eventValuesOf } from '../../../src/editor/event-form';
import { describeGeometry, placeFromValues, placeValuesOf } from '../../../src/editor/place-form';
import { applyOp } from '../../../src/editor/draft-edits';
import { sampleDraft } from './draft-fixture';

describe('event form values', () => {
  it('dates change granularity by cutting or by taking the first day or month', () => {
    expect(atGrain('2022-08-15', 'month')).toBe('2022-08');
    expect(atGrain('2022-08-15', 'year')).toBe('2022');
    expect(atGrain('2022', 'day')).toBe('2022-01-01');
    expect(atGrain('2022-08', 'day')).toBe('2022-08-01');
    expect(atGrain('', 'day')).toBe('');
  });

  it('"some time between" with the about flag makes a valid event; fields the form does not show are kept', () => {
    const original = { ...sampleDraft().events[0]!, attributes: { fatalities: 2 }, end: undefined };
    const values = { ...eventValuesOf(original), precision: 'between' as const, grain: 'month' as const, start: '2022-08-01', end: '2022-09-30', approximate: true };
    const event = eventFromValues(values, { id: 'e1', featureIds: ['p1'], excerptIds: ['x1'] }, original);
    expect(event).toMatchObject({ start: '2022-08', end: '2022-09', precision: 'between', approximate: true, attributes: { fatalities: 2 } });
    expect('uncertain' in event).toBe(false);
    expect(loadDataset(applyOp(sampleDraft(), { type: 'put-event', event })).ok).toBe(true);
  });

  it('a day event has no end, whatever the form held before', () => {
    const values = { ...eventValuesOf(undefined), title: ' T ', kind: 'attack', start: '2022-08-15', end: '2022-08-20' };
    const event = eventFromValues(values, { id: 'e9', featureIds: [], excerptIds: ['x2'] });
    expect(event).toEqual({ id: 'e9', title: 'T', summary: '', kind: 'attack', start: '2022-08-15', precision: 'day', actors: [], featureIds: [], excerptIds: ['x2'] });
  });
});

describe('place form values', () => {
  it('a place keeps what the form does not show, and says where it is', () => {
    const original = sampleDraft().features.features[0]!;
    const withRole = { ...original, properties: { ...original.properties, role: 'crossing' as const, name_ar: 'المستودع' } };
    const values = { ...placeValuesOf(withRole), nameAr: '' };
    const place = placeFromValues(values, { type: 'Point', coordinates: [40.5, 34.5] }, { id: 'p1', excerptIds: ['x2'] }, withRole);
    expect(place.properties).toEqual({ kind: 'depot', name: 'The depot', approximate: true, sources: 'Clicked on the map', excerptIds: ['x2'], role: 'crossing' });
    expect(describeGeometry(localeFor('en'), place.geometry)).toBe('A point at 34.50°N 40.50°E');
  });
});
