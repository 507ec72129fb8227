import { describe, expect, it } from 'vitest';
import { applyOp } from '../../../src/editor/draft-edits';
import { dependantsOf, deleteOp, hasDependants, itemName } from '../../../src/editor/draft-links';
import { checkDraft, itemKeyOfPath } from '../../../src/editor/draft-problems';
import { newId } from '../../../src/editor/new-id';
import { sampleDraft } from './draft-fixture';

describe('problems on the items they are about', () => {
  it('maps loader paths to items', () => {
    const d = sampleDraft();
    expect(itemKeyOfPath(d, 'events[0].start')).toBe('event:e1');
    expect(itemKeyOfPath(d, 'excerpts[1].quote')).toBe('excerpt:x2');
    expect(itemKeyOfPath(d, 'articles[0].ignore[0]')).toBe('article:a1');
    expect(itemKeyOfPath(d, 'features.features[0].geometry.coordinates')).toBe('place:p1');
    expect(itemKeyOfPath(d, 'title')).toBe('dataset');
    expect(itemKeyOfPath(d, 'events[9].start')).toBe('dataset');
  });

  it('a valid draft has none; a broken one has each on its item, by the app’s own loader', () => {
    expect(checkDraft(sampleDraft()).problems).toEqual([]);
    const broken = applyOp(applyOp(sampleDraft(), { type: 'remove-excerpt', id: 'x1' }), {
      type: 'put-excerpt',
      excerpt: { id: 'x9', articleId: 'a1', start: 0, end: 5, quote: 'wrong' },
    });
    const check = checkDraft(broken);
    expect(check.result.ok).toBe(false);
    expect(check.byItem.get('event:e1')?.map((p) => p.path)).toEqual(['events[0].excerptIds']);
    expect(check.byItem.get('excerpt:x9')?.[0]?.message).toContain('does not match the article text');
  });
});

describe('what loses its link when something is deleted', () => {
  it('an article: its excerpts, the events left without a source, the places', () => {
    const d = dependantsOf(sampleDraft(), 'article:a1');
    expect(d).toEqual({ excerpts: 2, events: ['Depot hit'], sourceless: ['Depot hit'], places: ['The depot'], steps: 0, storySteps: [] });
    expect(hasDependants(d)).toBe(true);
  });
  it('an excerpt cited by an event that has another source leaves it with a source', () => {
    const draft = applyOp(sampleDraft(), { type: 'put-event', event: { ...sampleDraft().events[0]!, excerptIds: ['x1', 'x2'] } });
    expect(dependantsOf(draft, 'excerpt:x1')).toEqual({ excerpts: 0, events: ['Depot hit'], sourceless: [], places: ['The depot'], steps: 0, storySteps: [] });
  });
  it('a place: the events there; an event: nothing', () => {
    expect(dependantsOf(sampleDraft(), 'place:p1').events).toEqual(['Depot hit']);
    expect(hasDependants(dependantsOf(sampleDraft(), 'event:e1'))).toBe(false);
    expect(deleteOp('place:p1')).toEqual({ type: 'remove-place', id: 'p1' });
    expect(itemName(sampleDraft(), 'excerpt:x2')).toBe('Roads reopened later');
  });
});

describe('new ids', () => {
  it('are readable and unique', () => {
    expect(newId('ev', 'US strikes on Iran-backed groups!', [])).toBe('ev-us-strikes-on-iran-backed-groups');
    expect(newId('pl', 'Al-Bukamal', ['pl-al-bukamal', 'pl-al-bukamal-2'])).toBe('pl-al-bukamal-3');
    expect(newId('pl', 'دير الزور', [])).toBe('pl-دير-الزور');
    expect(newId('x', '…', ['x'])).toBe('x-2');
  });
});
