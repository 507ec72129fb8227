/**
 * The editor of one app: the draft being edited (its history of edits, the dataset they make,
 * and what the loader says of it), whether it is saved, and the actions on it. Every edit is
 * checked by the app's loader at once; a draft that passes is installed in the app store (the
 * map and the timeline show it, the view stays where it was), one that does not keeps its
 * problems for the forms to show and the app keeps the last good revision on screen. Every
 * change is written to IndexedDB as it happens, one tab at a time per draft (the Web Locks
 * API), and "Saved" is said only once the write is done.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { datasetToV1 } from '../data/save-dataset';
import type { DatasetInput } from '../domain/dataset-schema';
import type { LoadedDataset } from '../domain/loaded-dataset';
import type { AppStore } from '../store/create-app-store';
import type { ChangeOrigin } from '../store/change-origin';
import { applyEdits, isoDay, type DraftEdit, type DraftOp } from './draft-edits';
import { commitEdit, draftOf, nextRedo, redoEdit, startHistory, undoEdit, type DraftHistory } from './draft-history';
import { webDraftLocks, type DraftLock, type DraftLocks } from './draft-lock';
import { checkDraft, type DraftCheck, type ItemKey } from './draft-problems';
import {
  openDraftStorage,
  STARTED_EMPTY,
  storageFailureOf,
  type DraftHead,
  type DraftStorage,
  type StorageFailure,
  type StoredDraft,
} from './draft-storage';

export interface DraftSession {
  readonly id: string;
  readonly startedFrom: string;
  readonly createdAt: number;
  readonly history: DraftHistory;
  readonly draft: DatasetInput;
  readonly check: DraftCheck;
}

/** Whether the draft is on disk; a failure says why as a value, put in words by the panel in the interface's language. */
export type SaveState = { status: 'saved'; at: number } | { status: 'saving' } | { status: 'failed'; reason: StorageFailure };

/** The one form open in the editor panel. */
export type EditorForm =
  | { type: 'dataset' }
  | { type: 'article'; id?: string }
  | { type: 'event'; id?: string }
  | { type: 'place'; id?: string }
  | { type: 'cite'; articleId: string; start: number; end: number }
  | { type: 'delete'; item: Exclude<ItemKey, 'dataset'> }
  /** A new story (with its first step, from the view on screen), or renaming one. */
  | { type: 'story'; id?: string }
  /** A step from the view on screen added to a story, or the words of step `index` changed. */
  | { type: 'step'; storyId: string; index?: number };

export type EditorNotice =
  | { type: 'open-elsewhere'; draftId: string; title: string }
  | { type: 'taken-over'; title: string }
  | { type: 'drafts-waiting'; latest: DraftHead; count: number };

/** What is being drawn on the map for a place form (a new shape, or one being moved or reshaped): the map shows how. */
export type DrawingKind = 'point' | 'line' | 'area' | 'move' | 'reshape';

export interface EditorState {
  /** The "Edit" switch: the editing tools are shown. */
  editing: boolean;
  session: DraftSession | null;
  save: SaveState | null;
  notice: EditorNotice | null;
  form: EditorForm | null;
  /** The article the reader should show: one just added, or picked in the draft's contents. */
  readerArticleId: string | null;
  drawing: DrawingKind | null;
  /** A modal dialog of the editor that is open. */
  dialog: 'new-dataset' | 'drafts' | null;
}

export interface DraftSummary extends DraftHead {
  /** Another tab holds it now. */
  elsewhere: boolean;
}

export interface Editor {
  readonly store: StoreApi<EditorState>;
  /** On: edits the draft on screen, or starts one from the dataset on screen. Off: hides the tools; the draft stays. */
  setEditing(on: boolean): Promise<void>;
  newDataset(meta: { title: string; description: string; license: string }): Promise<void>;
  resume(id: string, options?: { steal?: boolean }): Promise<boolean>;
  /** At start: reopens the draft this tab had open (a reload), or says which drafts wait. */
  resumeLast(): Promise<void>;
  listDrafts(): Promise<DraftSummary[]>;
  readDraft(id: string): Promise<StoredDraft | null>;
  discard(id: string): Promise<void>;
  /** Applies one edit; resolves once it is saved (or saving it failed, which the state says). */
  commit(label: DraftEdit['label'], ops: DraftOp[]): Promise<void>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  openForm(form: EditorForm | null): void;
  showArticle(id: string | null): void;
  setDrawing(kind: DrawingKind | null): void;
  openDialog(dialog: EditorState['dialog']): void;
  dismissNotice(): void;
  /** The draft as it is, problems and all, as JSON text (the download offered when storage fails). */
  draftJson(): string | null;
  destroy(): void;
}

export interface EditorOptions {
  appStore: AppStore;
  storage?: () => Promise<DraftStorage>;
  locks?: DraftLocks;
  now?: () => number;
  /** Where a tab remembers the draft it had open, for a reload: sessionStorage in the app. */
  tabMemory?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  newDraftId?: () => string;
  /** Told whenever a draft revision goes on screen (the app then stops naming a data URL in links). */
  onInstall?: () => void;
  /** Waits between tries to take the lock of the draft a reloading tab had open (its old page may still hold it). */
  retryDelayMs?: number;
}

const TAB_MEMORY_KEY = 'conflict-map:open-draft';
const RESUME_TRIES = 10;

/** The tab's sessionStorage; null where reading it throws (a sandboxed frame) or there is none. */
function sessionStorageOrNull(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

function sessionOf(id: string, startedFrom: string, createdAt: number, history: DraftHistory, draft = draftOf(history)): DraftSession {
  return { id, startedFrom, createdAt, history, draft, check: checkDraft(draft) };
}

/** An empty dataset v1: what "New dataset" starts from. */
function emptyDataset(meta: { title: string; description: string; license: string }, today: string): DatasetInput {
  return {
    version: 1,
    ...meta,
    updated: today,
    articles: [],
    excerpts: [],
    events: [],
    features: { type: 'FeatureCollection', features: [] },
  };
}

export function createEditor(options: EditorOptions): Editor {
  const { appStore } = options;
  const now = options.now ?? Date.now;
  const locks = options.locks ?? webDraftLocks();
  const tabMemory = options.tabMemory === undefined ? sessionStorageOrNull() : options.tabMemory;
  const newDraftId = options.newDraftId ?? (() => crypto.randomUUID());
  const retryDelayMs = options.retryDelayMs ?? 200;
  let storagePromise: Promise<DraftStorage> | null = null;
  const storage = () => (storagePromise ??= (options.storage ?? openDraftStorage)());

  const store = createStore<EditorState>()(() => ({
    editing: false,
    session: null,
    save: null,
    notice: null,
    form: null,
    readerArticleId: null,
    drawing: null,
    dialog: null,
  }));

  let lock: DraftLock | null = null;
  /** The dataset the editor last put on screen; any other means the user opened another one. */
  let installed: LoadedDataset | null = null;

  // ---- saving ----
  let writes: Promise<void> = Promise.resolve();
  let pending = 0;
  /** After a failed write the next one writes the whole draft, so what is on disk is whole again. */
  let rewriteAll = false;

  const headOf = (session: DraftSession): DraftHead => ({
    id: session.id,
    title: session.draft.title.trim(),
    startedFrom: session.startedFrom,
    createdAt: session.createdAt,
    updatedAt: now(),
    applied: session.history.applied,
    editCount: session.history.edits.length,
  });
  const storedOf = (session: DraftSession): StoredDraft => ({
    head: headOf(session),
    base: session.history.base,
    edits: [...session.history.edits],
  });

  function persist(session: DraftSession, write: (target: DraftStorage) => Promise<void>): Promise<void> {
    pending++;
    store.setState({ save: { status: 'saving' } });
    const job = writes.then(async () => {
      const target = await storage();
      if (rewriteAll) await target.writeAll(storedOf(session));
      else await write(target);
      rewriteAll = false;
    });
    writes = job.then(
      () => {
        pending--;
        if (pending === 0 && store.getState().session?.id === session.id) store.setState({ save: { status: 'saved', at: now() } });
      },
      (error: unknown) => {
        pending--;
        rewriteAll = true;
        if (store.getState().session?.id === session.id) store.setState({ save: { status: 'failed', reason: storageFailureOf(error) } });
      },
    );
    return writes;
  }

  // ---- the draft on screen ----
  function install(session: DraftSession, origin: ChangeOrigin): void {
    const { result } = session.check;
    if (!result.ok) return;
    installed = result.dataset;
    // The draft's title names where the dataset on screen came from: data, in no language of the interface.
    appStore.getState().setLoadedDataset(result.dataset, session.draft.title, origin);
    options.onInstall?.();
  }

  function setSession(session: DraftSession, origin: ChangeOrigin): void {
    store.setState({ session });
    install(session, origin);
  }

  function close(): void {
    lock?.release();
    lock = null;
    tabMemory?.removeItem(TAB_MEMORY_KEY);
    store.setState({ session: null, editing: false, form: null, drawing: null, save: null });
  }

  // Opening another dataset ends the editing session; the draft stays in the Drafts list.
  const unsubscribe = appStore.subscribe(
    (s) => s.dataset,
    (dataset) => {
      if (store.getState().session !== null && dataset !== installed) close();
    },
  );

  async function open(session: DraftSession, draftLock: DraftLock, origin: ChangeOrigin | null): Promise<void> {
    if (store.getState().session !== null) close();
    lock = draftLock;
    tabMemory?.setItem(TAB_MEMORY_KEY, session.id);
    store.setState({ session, editing: true, notice: null, form: null, readerArticleId: null, save: { status: 'saved', at: now() } });
    if (origin === null) installed = appStore.getState().dataset;
    else install(session, origin);
    void draftLock.lost.then(() => {
      if (store.getState().session?.id !== session.id) return;
      close();
      store.setState({ notice: { type: 'taken-over', title: session.draft.title } });
    });
  }

  async function start(base: DatasetInput, startedFrom: string, origin: ChangeOrigin | null): Promise<void> {
    const id = newDraftId();
    const draftLock = (await locks.acquire(id)) ?? { release: () => {}, lost: new Promise<void>(() => {}) };
    const session = sessionOf(id, startedFrom, now(), startHistory(base));
    await open(session, draftLock, origin);
    await persist(session, (target) => target.writeAll(storedOf(session)));
  }

  async function resume(id: string, { steal = false }: { steal?: boolean } = {}): Promise<boolean> {
    if (store.getState().session?.id === id) {
      store.setState({ editing: true });
      return true;
    }
    let stored: StoredDraft | null;
    try {
      stored = await (await storage()).read(id);
    } catch (error) {
      store.setState({ save: { status: 'failed', reason: storageFailureOf(error) } });
      return false;
    }
    if (stored === null) return false;
    const draftLock = await locks.acquire(id, { steal });
    if (draftLock === null) {
      store.setState({ notice: { type: 'open-elsewhere', draftId: id, title: stored.head.title } });
      return false;
    }
    const { head, base, edits } = stored;
    await open(sessionOf(id, head.startedFrom, head.createdAt, startHistory(base, edits, head.applied)), draftLock, 'api');
    return true;
  }

  async function listDrafts(): Promise<DraftSummary[]> {
    const [heads, held] = await Promise.all([storage().then((s) => s.list()), locks.held()]);
    const mine = store.getState().session?.id;
    return heads.map((head) => ({ ...head, elsewhere: head.id !== mine && held.has(head.id) }));
  }

  const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

  return {
    store,

    async setEditing(on) {
      if (!on) {
        store.setState({ editing: false, form: null, drawing: null });
        return;
      }
      if (store.getState().session !== null) {
        store.setState({ editing: true });
        return;
      }
      const { dataset, source } = appStore.getState();
      if (dataset === null) return;
      // The dataset on screen is already this draft's first revision: no need to load it again.
      await start(datasetToV1(dataset), source ?? dataset.title, null);
    },

    newDataset: (meta) => start(emptyDataset(meta, isoDay(now())), STARTED_EMPTY, 'api'),

    resume,

    async resumeLast() {
      const id = tabMemory?.getItem(TAB_MEMORY_KEY);
      if (id) {
        for (let attempt = 0; attempt < RESUME_TRIES; attempt++) {
          if (await resume(id)) return;
          if (store.getState().notice?.type !== 'open-elsewhere') break;
          await wait(retryDelayMs);
        }
        return;
      }
      try {
        const drafts = await listDrafts();
        const waiting = drafts.filter((d) => !d.elsewhere);
        if (waiting.length > 0 && store.getState().session === null) {
          store.setState({ notice: { type: 'drafts-waiting', latest: waiting[0]!, count: waiting.length } });
        }
      } catch {
        // No storage, no drafts to offer: nothing to say until the user edits (then it is said).
      }
    },

    listDrafts,

    readDraft: async (id) => (await storage()).read(id),

    async discard(id) {
      if (store.getState().session?.id === id) close();
      await (await storage()).remove(id);
    },

    async commit(label, ops) {
      const session = store.getState().session;
      if (session === null || ops.length === 0) return;
      const edit: DraftEdit = { label, at: now(), ops };
      const history = commitEdit(session.history, edit);
      const next = sessionOf(session.id, session.startedFrom, session.createdAt, history, applyEdits(session.draft, [edit]));
      setSession(next, 'editor');
      await persist(next, (target) => target.writeEdit(headOf(next), history.applied - 1, edit));
    },

    async undo() {
      const session = store.getState().session;
      if (session === null || session.history.applied === 0) return;
      const history = undoEdit(session.history);
      const next = sessionOf(session.id, session.startedFrom, session.createdAt, history);
      setSession(next, 'editor');
      await persist(next, (target) => target.writeHead(headOf(next)));
    },

    async redo() {
      const session = store.getState().session;
      const edit = session && nextRedo(session.history);
      if (!session || !edit) return;
      const history = redoEdit(session.history);
      const next = sessionOf(session.id, session.startedFrom, session.createdAt, history, applyEdits(session.draft, [edit]));
      setSession(next, 'editor');
      await persist(next, (target) => target.writeHead(headOf(next)));
    },

    openForm: (form) => store.setState({ form }),
    showArticle: (readerArticleId) => store.setState({ readerArticleId }),
    setDrawing: (drawing) => store.setState({ drawing }),
    openDialog: (dialog) => store.setState({ dialog }),
    dismissNotice: () => store.setState({ notice: null }),

    draftJson() {
      const session = store.getState().session;
      return session === null ? null : `${JSON.stringify(session.draft, null, 2)}\n`;
    },

    destroy() {
      unsubscribe();
      lock?.release();
      lock = null;
    },
  };
}
