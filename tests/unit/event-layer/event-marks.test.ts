import { describe, expect, it } from 'vitest';
import { APPROXIMATE_BIT, buildEventMarks, DAY_MS, KIND_SLOT_MASK, mercatorX, mercatorY, spanTier } from '../../../src/map/event-layer/event-marks';
import { kindColor } from '../../../src/ui/kind-colors';
import { indexOf, syntheticIndex } from './fixtures';

describe('buildEventMarks', () => {
  it('makes one mark per (event, feature) link and none for events without a place', () => {
    const index = indexOf({
      events: [
        { id: 'a', from: 0, featureIds: ['p', 'q'] },
        { id: 'b', from: 1 },
        { id: 'c', from: 2, featureIds: ['q'], kind: 'rumour' },
      ],
    });
    const marks = buildEventMarks(index);
    expect(marks.count).toBe(3);
    const a = index.eventOrdinalById.get('a')!;
    const b = index.eventOrdinalById.get('b')!;
    expect(marks.eventMarkCount[a]).toBe(2);
    expect(marks.eventFirstMark[b]).toBe(-1);
    const c = index.eventOrdinalById.get('c')!;
    const cMark = marks.eventFirstMark[c]!;
    // Each mark's slot holds its kind's colour, the same as the timeline's and the lists'.
    expect(marks.slotColors[marks.style[cMark]! & KIND_SLOT_MASK]).toBe(kindColor(index, 'rumour'));
    expect(marks.slotColors[marks.style[marks.eventFirstMark[a]!]! & KIND_SLOT_MASK]).toBe(kindColor(index, index.events[a]!.kind));
    expect(new Set(marks.slotColors).size).toBe(marks.slotColors.length);
    expect(marks.featuresWithMarks).toBe(2);
  });

  it('places marks at the feature’s point in Web Mercator, flagging approximate ones', () => {
    const index = indexOf({ events: [{ id: 'a', from: 0, featureIds: ['p'] }] });
    const marks = buildEventMarks(index);
    const geometry = index.features[0]!.geometry;
    if (geometry.type !== 'Point') throw new Error('test features are points');
    const [lng, lat] = geometry.coordinates;
    expect(marks.x[0]).toBeCloseTo(mercatorX(lng), 12);
    expect(marks.y[0]).toBeCloseTo(mercatorY(lat), 12);
    // The hand-made features are points flagged approximate.
    expect((marks.style[0]! & APPROXIMATE_BIT) !== 0).toBe(index.features[0]!.properties.approximate);
    // MapLibre's MercatorCoordinate for (0, 0) is (0.5, 0.5).
    expect(mercatorX(0)).toBe(0.5);
    expect(mercatorY(0)).toBeCloseTo(0.5, 12);
  });

  it('groups marks in duration tiers, each sorted by start and no longer than its bound', () => {
    const index = syntheticIndex(5000);
    const marks = buildEventMarks(index);
    let total = 0;
    let previousTierEnd = 0;
    for (const tier of marks.tiers) {
      expect(tier.first).toBe(previousTierEnd);
      previousTierEnd = tier.end;
      total += tier.end - tier.first;
      const tierIndex = spanTier(tier.maxSpanMs);
      for (let m = tier.first; m < tier.end; m++) {
        if (m > tier.first) expect(marks.startMs[m]).toBeGreaterThanOrEqual(marks.startMs[m - 1]!);
        const span = marks.endMs[m]! - marks.startMs[m]!;
        expect(span).toBeLessThanOrEqual(tier.maxSpanMs);
        expect(spanTier(span)).toBe(tierIndex);
      }
    }
    expect(total).toBe(marks.count);
    // Several tiers: days, months, and the years-long ranges.
    expect(marks.tiers.length).toBeGreaterThan(3);
  });

  it('keeps each event’s marks contiguous, pointing back at the event', () => {
    const index = syntheticIndex(2000);
    const marks = buildEventMarks(index);
    let linked = 0;
    for (let o = 0; o < index.eventCount; o++) {
      const first = marks.eventFirstMark[o]!;
      const count = marks.eventMarkCount[o]!;
      linked += count;
      expect(count).toBe(index.eventFeatures.offsets[o + 1]! - index.eventFeatures.offsets[o]!);
      for (let m = first; m < first + count; m++) expect(marks.event[m]).toBe(o);
    }
    expect(linked).toBe(marks.count);
  });
});

describe('spanTier', () => {
  it('is 0 up to a day and k up to 2^k days', () => {
    expect(spanTier(1)).toBe(0);
    expect(spanTier(DAY_MS)).toBe(0);
    expect(spanTier(DAY_MS + 1)).toBe(1);
    expect(spanTier(2 * DAY_MS)).toBe(1);
    expect(spanTier(31 * DAY_MS)).toBe(5);
    expect(spanTier(3000 * DAY_MS)).toBe(12);
  });
});
