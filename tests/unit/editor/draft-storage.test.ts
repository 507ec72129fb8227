/**
 * Drafts in IndexedDB (fake-indexeddb): what is written is read back whole; an edit is on
 * disk before the editor says "Saved", so a page killed right after — no unload, the
 * connection never closed — loses nothing.
 */
import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/load-dataset';
import { createEditor } from '../../../src/editor/create-editor';
import type { DraftEdit } from '../../../src/editor/draft-edits';
import { openDraftStorage, type DraftHead, type DraftStorage } from '../../../src/editor/draft-storage';
import { createAppStore } from '../../../src/store/create-app-store';
import { sampleDraft } from './draft-fixture';
import { fakeLocks, tabMemory } from './fake-locks';

beforeEach(() => {
  // A fresh, empty IndexedDB for every test.
  globalThis.indexedDB = new IDBFactory();
});

const head = (id: string, updatedAt: number, applied = 0, editCount = applied): DraftHead => ({
  id,
  title: `Draft ${id}`,
  startedFrom: 'a test',
  createdAt: 1,
  updatedAt,
  applied,
  editCount,
});
const rename = (title: string): DraftEdit => ({ label: title, at: 2, ops: [{ type: 'set-meta', title }] });

describe('draft storage', () => {
  it('reads back what it wrote, lists the last changed first, forgets what it removed', async () => {
    const storage = await openDraftStorage();
    await storage.writeAll({ head: head('a', 10, 1), base: sampleDraft(), edits: [rename('A')] });
    await storage.writeAll({ head: head('b', 20), base: sampleDraft(), edits: [] });
    expect((await storage.list()).map((h) => h.id)).toEqual(['b', 'a']);
    expect(await storage.read('a')).toEqual({ head: head('a', 10, 1), base: sampleDraft(), edits: [rename('A')] });
    await storage.remove('a');
    expect(await storage.read('a')).toBeNull();
    expect((await storage.list()).map((h) => h.id)).toEqual(['b']);
  });

  it('an edit written after an undo replaces the edits that could have been redone', async () => {
    const storage = await openDraftStorage();
    await storage.writeAll({ head: head('a', 1, 3), base: sampleDraft(), edits: [rename('1'), rename('2'), rename('3')] });
    await storage.writeEdit(head('a', 2, 2, 2), 1, rename('2b'));
    expect((await storage.read('a'))?.edits.map((e) => e.label)).toEqual(['1', '2b']);
  });
});

describe('never lose an edit', () => {
  function appStore() {
    const loaded = loadDataset(sampleDraft());
    if (!loaded.ok) throw new Error('fixture');
    return createAppStore({ dataset: loaded.dataset });
  }

  it('"Saved" is said only once the edit is written', async () => {
    const real = await openDraftStorage();
    let release: () => void = () => {};
    const written: DraftEdit['label'][] = [];
    const slow: DraftStorage = {
      ...real,
      writeAll: (d) => real.writeAll(d),
      writeEdit: async (h, seq, edit) => {
        await new Promise<void>((done) => (release = done));
        await real.writeEdit(h, seq, edit);
        written.push(edit.label);
      },
    };
    const editor = createEditor({ appStore: appStore(), storage: async () => slow, locks: fakeLocks(), tabMemory: tabMemory() });
    await editor.setEditing(true);
    const saving = editor.commit('Rename', [{ type: 'set-meta', title: 'Renamed' }]);
    await new Promise((done) => setTimeout(done, 20));
    expect(editor.store.getState().save?.status).toBe('saving');
    expect(written).toEqual([]);
    release();
    await saving;
    expect(written).toEqual(['Rename']);
    expect(editor.store.getState().save?.status).toBe('saved');
  });

  it('a page killed mid-edit, right after "Saved", comes back with the edit', async () => {
    const tab = tabMemory();
    const locks = fakeLocks();
    const before = createEditor({ appStore: appStore(), locks, tabMemory: tab });
    await before.setEditing(true);
    await before.commit('Rename', [{ type: 'set-meta', title: 'Renamed' }]);
    await before.commit('Drop x2', [{ type: 'remove-excerpt', id: 'x2' }]);
    await before.undo();
    expect(before.store.getState().save?.status).toBe('saved');
    const draftBefore = before.store.getState().session!.draft;
    // Killed: no unload, no close, the connection and the lock simply gone. (The browser frees the
    // lock of a dead tab; here the next "tab" takes it.)
    const after = createEditor({ appStore: appStore(), locks, tabMemory: tab, retryDelayMs: 1 });
    await after.resume(before.store.getState().session!.id, { steal: true });
    const session = after.store.getState().session!;
    expect(session.draft).toEqual(draftBefore);
    expect(session.draft.title).toBe('Renamed');
    expect(session.history.applied).toBe(1);
    // The undone edit can still be redone after the reload.
    await after.redo();
    expect(after.store.getState().session!.draft.excerpts.map((x) => x.id)).toEqual(['x1']);
  });
});
