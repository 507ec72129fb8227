/**
 * The editor against a real app store and IndexedDB (fake-indexeddb): edits checked by the
 * loader and installed when valid, the view kept, problems kept on the draft when not; undo
 * and redo; a reload; another dataset opened; two tabs; storage that fails.
 */
// The editor's words, as its chunk adds them in the app.
import '../../../src/editor/editor-messages';
import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/load-dataset';
import { createEditor, type EditorOptions } from '../../../src/editor/create-editor';
import { describeStorageFailure, openDraftStorage, STARTED_EMPTY, type DraftStorage } from '../../../src/editor/draft-storage';
import type { DatasetInput } from '../../../src/domain/dataset-schema';
import { localeFor } from '../../../src/i18n/locale';
import { createAppStore } from '../../../src/store/create-app-store';
import { sampleDraft } from './draft-fixture';
import { fakeLocks, tabMemory } from './fake-locks';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

function loaded(input: DatasetInput) {
  const result = loadDataset(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.dataset;
}

function setUp(options: Partial<EditorOptions> = {}) {
  const appStore = options.appStore ?? createAppStore({ dataset: loaded(sampleDraft()) });
  const editor = createEditor({ appStore, locks: fakeLocks(), tabMemory: tabMemory(), now: () => Date.UTC(2022, 7, 25), ...options });
  return { appStore, editor };
}

describe('editing a draft', () => {
  it('starts from the dataset on screen without loading it again', async () => {
    const { appStore, editor } = setUp();
    const shown = appStore.getState().dataset;
    await editor.setEditing(true);
    const state = editor.store.getState();
    expect(state.editing).toBe(true);
    expect(state.session?.draft.events.map((e) => e.id)).toEqual(['e1']);
    expect(appStore.getState().dataset).toBe(shown);
    expect(state.save?.status).toBe('saved');
  });

  it('a valid edit is on screen at once, the selection and the time kept', async () => {
    const { appStore, editor } = setUp();
    await editor.setEditing(true);
    appStore.getState().select({ type: 'event', id: 'e1' }, 'list');
    const { time } = appStore.getState();
    const event = editor.store.getState().session!.draft.events[0]!;
    await editor.commit('Rename', [{ type: 'put-event', event: { ...event, title: 'Depot struck' } }]);
    const state = appStore.getState();
    expect(state.dataset?.events[0]?.title).toBe('Depot struck');
    expect(state.selected).toEqual({ type: 'event', id: 'e1' });
    expect(state.time).toBe(time);
    expect(state.lastChangeOrigin).toBe('editor');
  });

  it('an edit with problems keeps them on its items; the screen keeps the last good revision; undo mends it', async () => {
    const { appStore, editor } = setUp();
    await editor.setEditing(true);
    const shown = appStore.getState().dataset;
    await editor.commit('Drop the source', [{ type: 'remove-excerpt', id: 'x1' }]);
    const { check } = editor.store.getState().session!;
    expect(check.problems.length).toBeGreaterThan(0);
    expect(check.byItem.get('event:e1')?.[0]?.path).toBe('events[0].excerptIds');
    expect(appStore.getState().dataset).toBe(shown);
    await editor.undo();
    expect(editor.store.getState().session!.check.problems).toEqual([]);
    expect(appStore.getState().dataset).not.toBe(shown);
    expect(appStore.getState().dataset?.excerpts.map((x) => x.id)).toEqual(['x1', 'x2']);
  });

  it('a new dataset starts empty and valid', async () => {
    const { appStore, editor } = setUp();
    await editor.newDataset({ title: 'From scratch', description: '', license: 'CC0' });
    expect(appStore.getState().dataset).toMatchObject({ title: 'From scratch', updated: '2022-08-25', articles: [], events: [] });
    expect(editor.store.getState().session?.startedFrom).toBe(STARTED_EMPTY);
  });
});

describe('keeping drafts', () => {
  it('a reload reopens the tab’s draft exactly, with its history', async () => {
    const tab = tabMemory();
    const locks = fakeLocks();
    const first = setUp({ tabMemory: tab, locks });
    await first.editor.setEditing(true);
    await first.editor.commit('Rename', [{ type: 'set-meta', title: 'One' }]);
    await first.editor.commit('Rename again', [{ type: 'set-meta', title: 'Two' }]);
    await first.editor.undo();
    const draft = first.editor.store.getState().session!.draft;
    first.editor.destroy();

    const second = setUp({ tabMemory: tab, locks });
    await second.editor.resumeLast();
    const session = second.editor.store.getState().session!;
    expect(session.draft).toEqual(draft);
    expect(second.appStore.getState().dataset?.title).toBe('One');
    await second.editor.redo();
    expect(second.appStore.getState().dataset?.title).toBe('Two');
  });

  it('a new tab is told which drafts wait, and resumes one', async () => {
    const locks = fakeLocks();
    const first = setUp({ locks });
    await first.editor.setEditing(true);
    await first.editor.commit('Rename', [{ type: 'set-meta', title: 'Kept' }]);
    first.editor.destroy();
    const second = setUp({ locks });
    await second.editor.resumeLast();
    const notice = second.editor.store.getState().notice;
    expect(notice).toMatchObject({ type: 'drafts-waiting', count: 1, latest: { title: 'Kept', applied: 1 } });
    await second.editor.resume(notice!.type === 'drafts-waiting' ? notice!.latest.id : '');
    expect(second.appStore.getState().dataset?.title).toBe('Kept');
  });

  it('opening another dataset ends editing; the draft stays in the list', async () => {
    const { appStore, editor } = setUp();
    await editor.setEditing(true);
    await editor.commit('Rename', [{ type: 'set-meta', title: 'Mine' }]);
    appStore.getState().setLoadedDataset(loaded({ ...sampleDraft(), title: 'Someone else’s' }), 'other.json');
    expect(editor.store.getState()).toMatchObject({ session: null, editing: false });
    expect((await editor.listDrafts()).map((d) => d.title)).toEqual(['Mine']);
  });

  it('a second tab is told the draft is open elsewhere; taking it over tells the first', async () => {
    const locks = fakeLocks();
    const a = setUp({ locks });
    await a.editor.setEditing(true);
    const id = a.editor.store.getState().session!.id;
    const b = setUp({ locks });
    expect(await b.editor.resume(id)).toBe(false);
    expect(b.editor.store.getState().notice).toMatchObject({ type: 'open-elsewhere', draftId: id });
    expect((await b.editor.listDrafts())[0]?.elsewhere).toBe(true);
    expect(await b.editor.resume(id, { steal: true })).toBe(true);
    await new Promise((done) => setTimeout(done, 0));
    expect(a.editor.store.getState()).toMatchObject({ session: null, notice: { type: 'taken-over' } });
  });

  it('storage that fails is said plainly, the draft can be downloaded, and the next write catches up', async () => {
    const real = await openDraftStorage();
    let full = false;
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    const failing: DraftStorage = {
      ...real,
      writeAll: (d) => real.writeAll(d),
      writeEdit: (h, seq, edit) => (full ? Promise.reject(quota) : real.writeEdit(h, seq, edit)),
    };
    const { editor } = setUp({ storage: async () => failing });
    await editor.setEditing(true);
    full = true;
    await editor.commit('Rename', [{ type: 'set-meta', title: 'Lost?' }]);
    expect(editor.store.getState().save).toEqual({ status: 'failed', reason: { kind: 'full' } });
    expect(describeStorageFailure(localeFor('en'), { kind: 'full' })).toBe('this browser’s storage for the site is full');
    expect(JSON.parse(editor.draftJson()!).title).toBe('Lost?');
    full = false;
    await editor.commit('Rename', [{ type: 'set-meta', title: 'Found' }]);
    expect(editor.store.getState().save?.status).toBe('saved');
    const stored = await real.read(editor.store.getState().session!.id);
    expect(stored?.edits.map((e) => e.ops)).toEqual([[{ type: 'set-meta', title: 'Lost?' }], [{ type: 'set-meta', title: 'Found' }]]);
  });
});
