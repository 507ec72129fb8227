import { describe, expect, it } from 'vitest';
import { applyEdits, applyOp, type DraftEdit } from '../../../src/editor/draft-edits';
import { canRedo, canUndo, commitEdit, draftOf, redoEdit, startHistory, undoEdit } from '../../../src/editor/draft-history';
import { loadDataset } from '../../../src/data/load-dataset';
import { sampleDraft, TEXT } from './draft-fixture';

const AUG_25 = Date.UTC(2022, 7, 25, 9);

describe('operations', () => {
  it('put adds a new item and replaces one with the same id in place', () => {
    const d = sampleDraft();
    const added = applyOp(d, { type: 'put-event', event: { id: 'e2', title: 'Roads', kind: 'statement', start: '2022-08', precision: 'month', excerptIds: ['x2'] } });
    expect(added.events.map((e) => e.id)).toEqual(['e1', 'e2']);
    const changed = applyOp(added, { type: 'put-event', event: { ...added.events[0]!, title: 'Depot struck' } });
    expect(changed.events.map((e) => e.title)).toEqual(['Depot struck', 'Roads']);
    expect(d.events).toHaveLength(1); // the input is never changed
  });

  it('removing an excerpt removes it from every event and place that cites it', () => {
    const d = applyOp(sampleDraft(), { type: 'remove-excerpt', id: 'x1' });
    expect(d.excerpts.map((x) => x.id)).toEqual(['x2']);
    expect(d.events[0]!.excerptIds).toEqual([]);
    expect(d.features.features[0]!.properties.excerptIds).toEqual(['x2']);
  });

  it('removing an article takes its excerpts and their links with it', () => {
    const d = applyOp(sampleDraft(), { type: 'remove-article', id: 'a1' });
    expect(d.articles).toEqual([]);
    expect(d.excerpts).toEqual([]);
    expect(d.features.features[0]!.properties.excerptIds).toEqual([]);
  });

  it('removing a place removes it from the events that happened there', () => {
    const d = applyOp(sampleDraft(), { type: 'remove-place', id: 'p1' });
    expect(d.features.features).toEqual([]);
    expect(d.events[0]!.featureIds).toEqual([]);
  });

  it('debris ranges are added and removed by their offsets', () => {
    const d = applyOp(sampleDraft(), { type: 'add-debris', articleId: 'a1', range: { start: 54, end: 74 } });
    expect(d.articles[0]!.ignore).toEqual([{ start: 54, end: 74 }]);
    expect(applyOp(d, { type: 'remove-debris', articleId: 'a1', start: 54, end: 74 }).articles[0]!.ignore).toEqual([]);
  });

  it('the dataset’s own fields change with set-meta', () => {
    expect(applyOp(sampleDraft(), { type: 'set-meta', title: 'Renamed', license: 'CC0' })).toMatchObject({ title: 'Renamed', license: 'CC0', description: '' });
  });

  it('the draft is dated by its last edit', () => {
    const edits: DraftEdit[] = [{ label: 'rename', at: AUG_25, ops: [{ type: 'set-meta', title: 'New' }] }];
    expect(applyEdits(sampleDraft(), edits).updated).toBe('2022-08-25');
    expect(applyEdits(sampleDraft(), []).updated).toBe('2024-01-01');
  });
});

describe('history', () => {
  const rename = (title: string, at = AUG_25): DraftEdit => ({ label: `Rename to ${title}`, at, ops: [{ type: 'set-meta', title }] });

  it('undo and redo move through the edits; the draft is always base + applied edits', () => {
    let h = startHistory(sampleDraft());
    expect(canUndo(h)).toBe(false);
    h = commitEdit(h, rename('One'));
    h = commitEdit(h, rename('Two'));
    expect(draftOf(h).title).toBe('Two');
    h = undoEdit(h);
    expect(draftOf(h).title).toBe('One');
    h = undoEdit(undoEdit(h));
    expect(draftOf(h).title).toBe('Sample');
    expect(draftOf(h).updated).toBe('2024-01-01');
    h = redoEdit(redoEdit(redoEdit(h)));
    expect(draftOf(h).title).toBe('Two');
    expect(canRedo(h)).toBe(false);
  });

  it('a new edit after an undo drops what could have been redone', () => {
    let h = commitEdit(commitEdit(startHistory(sampleDraft()), rename('One')), rename('Two'));
    h = commitEdit(undoEdit(h), rename('Three'));
    expect(h.edits.map((e) => e.label)).toEqual(['Rename to One', 'Rename to Three']);
    expect(canRedo(h)).toBe(false);
  });

  it('a draft rebuilt from its saved edits is the same draft, and still valid', () => {
    const edits: DraftEdit[] = [
      { label: 'cite', at: AUG_25, ops: [{ type: 'put-excerpt', excerpt: { id: 'x3', articleId: 'a1', start: 22, end: 39, quote: TEXT.slice(22, 39) } }] },
      { label: 'event', at: AUG_25 + 1, ops: [{ type: 'put-event', event: { id: 'e2', title: 'Near the crossing', kind: 'strike', start: '2022-08-23', precision: 'day', excerptIds: ['x3'] } }] },
    ];
    const live = applyEdits(applyEdits(sampleDraft(), edits.slice(0, 1)), edits.slice(1));
    const rebuilt = draftOf(startHistory(sampleDraft(), edits, 2));
    expect(rebuilt).toEqual(live);
    expect(loadDataset(rebuilt).ok).toBe(true);
  });
});
