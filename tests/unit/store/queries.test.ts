import { describe, expect, it } from 'vitest';
import type { LoadedDataset } from '../../../src/domain/loaded-dataset';
import { buildDatasetIndex, type DatasetIndex } from '../../../src/store/dataset-index';
import {
  eventsAt,
  eventsForExcerpt,
  eventsForFeature,
  eventsInWindow,
  eventsInWindowParts,
  excerptsForArticle,
  excerptsForEvent,
  excerptsForFeature,
  featuresForEvent,
  featuresForEvents,
  featuresForExcerpt,
  filterEvents,
  firstEventFrom,
  nextEventAfter,
  previousEventBefore,
  type EventMask,
} from '../../../src/store/queries';
import { makeRandom, makeSyntheticLoadedDataset } from '../../fixtures/synthetic-dataset';
import { day, makeDataset } from './test-dataset';

/** Reference answers computed the slow, obvious way from the raw dataset. */
class BruteForce {
  /** Events in start order (ties in dataset order), with the index's spans. */
  readonly sorted: { id: string; start: number; end: number; featureIds: string[]; excerptIds: string[] }[];

  constructor(readonly dataset: LoadedDataset) {
    this.sorted = dataset.events
      .map((e, i) => ({ e, i }))
      .sort((a, b) => a.e.startMs - b.e.startMs || a.i - b.i)
      .map(({ e }) => ({ id: e.id, start: e.startMs, end: e.endMs, featureIds: e.featureIds, excerptIds: e.excerptIds }));
  }

  passes(ordinal: number, mask: EventMask): boolean {
    return mask === null || mask[ordinal] === 1;
  }

  inWindow(a: number, b: number): string[] {
    if (!(b > a)) return [];
    return this.sorted.filter((e) => e.start < b && e.end > a).map((e) => e.id);
  }

  at(t: number): string[] {
    return this.sorted.filter((e) => e.start <= t && t < e.end).map((e) => e.id);
  }

  featuresOf(ids: readonly string[], mask: EventMask, index: DatasetIndex): string[] {
    const out = new Set<string>();
    for (const id of ids) {
      const o = this.sorted.findIndex((e) => e.id === id);
      if (this.passes(o, mask)) for (const f of this.sorted[o]!.featureIds) out.add(f);
    }
    return [...out].sort((x, y) => index.featureOrdinalById.get(x)! - index.featureOrdinalById.get(y)!);
  }

  next(t: number, mask: EventMask): number {
    return this.sorted.findIndex((e, o) => e.start > t && this.passes(o, mask));
  }

  previous(t: number, mask: EventMask): number {
    let best = -Infinity;
    this.sorted.forEach((e, o) => {
      if (e.start < t && this.passes(o, mask)) best = Math.max(best, e.start);
    });
    return this.sorted.findIndex((e, o) => e.start === best && this.passes(o, mask));
  }
}

const idsOf = (index: DatasetIndex, ordinals: Uint32Array): string[] => [...ordinals].map((o) => index.eventIds[o]!);
const featureIdsOf = (index: DatasetIndex, ordinals: Uint32Array): string[] =>
  [...ordinals].sort((a, b) => a - b).map((f) => index.featureIds[f]!);

function randomMask(random: () => number, n: number): EventMask {
  return random() < 0.3 ? null : Uint8Array.from({ length: n }, () => (random() < 0.5 ? 1 : 0));
}

describe('time queries against brute force (random synthetic data)', () => {
  for (const seed of [1, 2, 3, 4]) {
    it(`agree for windows, instants and features (seed ${seed})`, () => {
      const dataset = makeSyntheticLoadedDataset({ events: 400, seed, features: 30, excerpts: 50 });
      const index = buildDatasetIndex(dataset);
      const brute = new BruteForce(dataset);
      const random = makeRandom(seed * 97);
      const { start, end } = index.extent!;
      const probe = (): number => {
        const roll = random();
        // On an event's start or end, just around the extent, or anywhere inside it.
        if (roll < 0.4) {
          const e = brute.sorted[Math.floor(random() * brute.sorted.length)]!;
          return random() < 0.5 ? e.start : e.end;
        }
        if (roll < 0.5) return random() < 0.5 ? start - 1 : end;
        return start + Math.floor(random() * (end - start));
      };

      for (let q = 0; q < 150; q++) {
        const a = probe();
        const b = random() < 0.3 ? a + Math.floor(random() * 40) * 86_400_000 : probe();
        const mask = randomMask(random, index.eventCount);

        const window = eventsInWindow(index, a, b);
        expect(idsOf(index, window)).toEqual(brute.inWindow(a, b));
        const parts = eventsInWindowParts(index, a, b);
        expect(parts.spanning.length + Math.max(0, parts.end - parts.first)).toBe(window.length);
        expect(idsOf(index, eventsAt(index, a))).toEqual(brute.at(a));

        expect(featureIdsOf(index, featuresForEvents(index, eventsAt(index, a), mask))).toEqual(brute.featuresOf(brute.at(a), mask, index));
        expect(featureIdsOf(index, featuresForEvents(index, window, mask))).toEqual(
          brute.featuresOf(brute.inWindow(a, b), mask, index),
        );
        expect(idsOf(index, filterEvents(window, mask))).toEqual(
          brute.inWindow(a, b).filter((id) => brute.passes(index.eventOrdinalById.get(id)!, mask)),
        );

        expect(nextEventAfter(index, a, mask)).toBe(brute.next(a, mask));
        expect(previousEventBefore(index, a, mask)).toBe(brute.previous(a, mask));
        expect(firstEventFrom(index, a, mask)).toBe(brute.next(a - 0.5, mask));
      }
    });
  }

  it('answer in ascending ordinals and never repeat a feature', () => {
    const dataset = makeSyntheticLoadedDataset({ events: 300, seed: 8, features: 10 });
    const index = buildDatasetIndex(dataset);
    const { start, end } = index.extent!;
    const all = eventsInWindow(index, start, end);
    expect(all.length).toBe(index.eventCount);
    expect([...all]).toEqual([...all].sort((x, y) => x - y));
    const features = featuresForEvents(index, all);
    expect(new Set(features).size).toBe(features.length);
    // A second call must not be confused by marks the first one left behind.
    expect(featuresForEvents(index, all).length).toBe(features.length);
  });
});

describe('link queries against brute force', () => {
  for (const seed of [5, 6]) {
    it(`agree for every event, feature, excerpt and article (seed ${seed})`, () => {
      const dataset = makeSyntheticLoadedDataset({ events: 250, seed, features: 40, excerpts: 60 });
      const index = buildDatasetIndex(dataset);
      const excerptIdsOf = (ordinals: Uint32Array): string[] => [...ordinals].map((x) => index.excerptIds[x]!);
      const byExcerptOrder = (ids: Iterable<string>): string[] =>
        [...new Set(ids)].sort((x, y) => index.excerptOrdinalById.get(x)! - index.excerptOrdinalById.get(y)!);
      const byFeatureOrder = (ids: Iterable<string>): string[] =>
        [...new Set(ids)].sort((x, y) => index.featureOrdinalById.get(x)! - index.featureOrdinalById.get(y)!);
      const brute = new BruteForce(dataset);

      brute.sorted.forEach((event, o) => {
        expect(index.eventIds[o]).toBe(event.id);
        expect(featureIdsOf(index, featuresForEvent(index, o))).toEqual(byFeatureOrder(event.featureIds));
        expect(excerptIdsOf(excerptsForEvent(index, o))).toEqual(byExcerptOrder(event.excerptIds));
      });

      for (const feature of dataset.features.features) {
        const f = index.featureOrdinalById.get(feature.id)!;
        const events = brute.sorted.filter((e) => e.featureIds.includes(feature.id));
        expect(idsOf(index, eventsForFeature(index, f))).toEqual(events.map((e) => e.id));
        const linked = [...feature.properties.excerptIds, ...events.flatMap((e) => e.excerptIds)];
        expect(excerptIdsOf(excerptsForFeature(index, f))).toEqual(byExcerptOrder(linked));
      }

      for (const excerpt of dataset.excerpts) {
        const x = index.excerptOrdinalById.get(excerpt.id)!;
        const events = brute.sorted.filter((e) => e.excerptIds.includes(excerpt.id));
        expect(idsOf(index, eventsForExcerpt(index, x))).toEqual(events.map((e) => e.id));
        const features = dataset.features.features
          .filter(
            (f) =>
              f.properties.excerptIds.includes(excerpt.id) || events.some((e) => e.featureIds.includes(f.id)),
          )
          .map((f) => f.id);
        expect(featureIdsOf(index, featuresForExcerpt(index, x))).toEqual(features);
      }
    });
  }

  it('lists an article’s excerpts in text order, whatever their dataset order', () => {
    const dataset = makeDataset({
      events: [{ id: 'e1', from: 0, excerptIds: ['late', 'early', 'other'] }],
      articles: ['a', 'b'],
      excerpts: [
        { id: 'late', articleId: 'a', start: 50 },
        { id: 'other', articleId: 'b', start: 0 },
        { id: 'early', articleId: 'a', start: 10 },
      ],
    });
    const index = buildDatasetIndex(dataset);
    const a = index.articleOrdinalById.get('a')!;
    expect([...excerptsForArticle(index, a)].map((x) => index.excerptIds[x])).toEqual(['early', 'late']);
    expect([...excerptsForArticle(index, index.articleOrdinalById.get('b')!)].map((x) => index.excerptIds[x])).toEqual(['other']);
    expect(index.excerptArticle[index.excerptOrdinalById.get('other')!]).toBe(index.articleOrdinalById.get('b'));
  });

  it('gives empty lists for ordinals out of range', () => {
    const index = buildDatasetIndex(makeDataset({ events: [{ id: 'e1', from: 0 }] }));
    expect(eventsForFeature(index, 7).length).toBe(0);
    expect(excerptsForEvent(index, 3).length).toBe(0);
  });
});

describe('next / previous / first / last event', () => {
  // e0 and e1 share a start; e3 runs long; e4 and e5 share the last start.
  const dataset = makeDataset({
    events: [
      { id: 'e0', from: 0 },
      { id: 'e1', from: 0, kind: 'attack' },
      { id: 'e2', from: 5 },
      { id: 'e3', from: 6, to: 400 },
      { id: 'e4', from: 10, kind: 'attack' },
      { id: 'e5', from: 10 },
    ],
  });
  const index = buildDatasetIndex(dataset);
  const ord = (id: string): number => index.eventOrdinalById.get(id)!;
  const attacksOnly = Uint8Array.from(index.events, (e) => (e.kind === 'attack' ? 1 : 0));

  it('treat events sharing a start as one step, returning the first of them', () => {
    expect(nextEventAfter(index, day(-1))).toBe(ord('e0'));
    expect(nextEventAfter(index, day(0))).toBe(ord('e2'));
    expect(nextEventAfter(index, day(6))).toBe(ord('e4'));
    expect(previousEventBefore(index, day(10))).toBe(ord('e3'));
    expect(previousEventBefore(index, day(5))).toBe(ord('e0'));
    expect(previousEventBefore(index, day(11))).toBe(ord('e4'));
  });

  it('return -1 past either end, and for NaN', () => {
    expect(nextEventAfter(index, day(10))).toBe(-1);
    expect(previousEventBefore(index, day(0))).toBe(-1);
    expect(nextEventAfter(index, Number.NaN)).toBe(-1);
    expect(previousEventBefore(index, Number.NaN)).toBe(-1);
    expect(firstEventFrom(index, day(11))).toBe(-1);
  });

  it('skip events the mask hides', () => {
    expect(nextEventAfter(index, day(-1), attacksOnly)).toBe(ord('e1'));
    expect(nextEventAfter(index, day(0), attacksOnly)).toBe(ord('e4'));
    expect(previousEventBefore(index, day(10), attacksOnly)).toBe(ord('e1'));
    expect(firstEventFrom(index, day(-1), attacksOnly)).toBe(ord('e1'));
  });

  it('find the first event from a time, and nothing in an empty dataset', () => {
    expect(firstEventFrom(index, day(5))).toBe(ord('e2'));
    const empty = buildDatasetIndex(makeDataset({ events: [] }));
    expect(firstEventFrom(empty, 0)).toBe(-1);
    expect(nextEventAfter(empty, 0)).toBe(-1);
  });
});
