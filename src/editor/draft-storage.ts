/**
 * Drafts in the browser's IndexedDB (through `idb`), written as they happen so that a reload,
 * a closed tab or a crashed page loses nothing: the dataset a draft started from is written
 * once, then each edit on its own with the draft's head (title, position in the history, when
 * it last changed) in one transaction, so a draft on disk is always a whole number of edits.
 * Undo and redo rewrite only the head. Failures (a full disk, private browsing) come back as
 * rejections, which {@link storageFailureOf} sorts into what a person can act on.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { DatasetInput } from '../domain/dataset-schema';
import type { Locale } from '../i18n/locale';
import type { DraftEdit } from './draft-edits';

/** What the Drafts list shows of a draft, and where its history stands. */
export interface DraftHead {
  id: string;
  /** The draft's title as written; '' while it has none (the lists then say so in words). */
  title: string;
  /** What it started from: a file name, a link, a dataset's title, or {@link STARTED_EMPTY}. */
  startedFrom: string;
  createdAt: number;
  /** When it last changed (an edit, an undo, a redo), epoch ms. */
  updatedAt: number;
  /** How many of its edits make the draft (the rest can be redone). */
  applied: number;
  editCount: number;
}

/**
 * What a draft started empty ("New dataset") records as its start: a marker the Drafts list
 * puts in words. The English words older versions stored, so their drafts read the same.
 */
export const STARTED_EMPTY = 'New dataset';

export interface StoredDraft {
  head: DraftHead;
  base: DatasetInput;
  edits: DraftEdit[];
}

interface DraftsDb extends DBSchema {
  bases: { key: string; value: { id: string; base: DatasetInput } };
  heads: { key: string; value: DraftHead };
  edits: { key: [string, number]; value: { draftId: string; seq: number; edit: DraftEdit } };
}

export interface DraftStorage {
  /** Writes a whole draft: a new one, or one whose earlier writes failed. */
  writeAll(draft: StoredDraft): Promise<void>;
  /** Writes edit number `seq` (dropping any edits from `seq` on, which can no longer be redone) and the head. */
  writeEdit(head: DraftHead, seq: number, edit: DraftEdit): Promise<void>;
  /** Writes the head alone (after an undo or a redo). */
  writeHead(head: DraftHead): Promise<void>;
  read(id: string): Promise<StoredDraft | null>;
  /** Every draft's head, the last changed first. */
  list(): Promise<DraftHead[]>;
  remove(id: string): Promise<void>;
}

export const DRAFTS_DB_NAME = 'conflict-map-drafts';
/** The error where there is no IndexedDB at all: told to the user as storage being turned off. */
const NO_INDEXED_DB = 'IndexedDB is not available';
const DB_VERSION = 1;
/** Each edit is on disk before the app says "Saved", not merely handed to the OS. */
const DURABLE: IDBTransactionOptions = { durability: 'strict' };

const editsOf = (id: string) => IDBKeyRange.bound([id, 0], [id, Number.MAX_SAFE_INTEGER]);

class IdbDraftStorage implements DraftStorage {
  constructor(private readonly db: IDBPDatabase<DraftsDb>) {}

  async writeAll({ head, base, edits }: StoredDraft): Promise<void> {
    const tx = this.db.transaction(['bases', 'heads', 'edits'], 'readwrite', DURABLE);
    await Promise.all([
      tx.objectStore('bases').put({ id: head.id, base }),
      tx.objectStore('edits').delete(editsOf(head.id)),
      ...edits.map((edit, seq) => tx.objectStore('edits').put({ draftId: head.id, seq, edit })),
      tx.objectStore('heads').put(head),
      tx.done,
    ]);
  }

  async writeEdit(head: DraftHead, seq: number, edit: DraftEdit): Promise<void> {
    const tx = this.db.transaction(['heads', 'edits'], 'readwrite', DURABLE);
    const edits = tx.objectStore('edits');
    await Promise.all([
      edits.delete(IDBKeyRange.bound([head.id, seq], [head.id, Number.MAX_SAFE_INTEGER])),
      edits.put({ draftId: head.id, seq, edit }),
      tx.objectStore('heads').put(head),
      tx.done,
    ]);
  }

  async writeHead(head: DraftHead): Promise<void> {
    const tx = this.db.transaction('heads', 'readwrite', DURABLE);
    await Promise.all([tx.store.put(head), tx.done]);
  }

  async read(id: string): Promise<StoredDraft | null> {
    const tx = this.db.transaction(['bases', 'heads', 'edits'], 'readonly');
    const [head, base, edits] = await Promise.all([
      tx.objectStore('heads').get(id),
      tx.objectStore('bases').get(id),
      tx.objectStore('edits').getAll(editsOf(id)),
    ]);
    if (!head || !base) return null;
    // Keys sort by [id, seq], so the edits come back in order.
    return { head, base: base.base, edits: edits.map((e) => e.edit) };
  }

  async list(): Promise<DraftHead[]> {
    const heads = await this.db.getAll('heads');
    return heads.sort((a, b) => b.updatedAt - a.updatedAt);
  }

  async remove(id: string): Promise<void> {
    const tx = this.db.transaction(['bases', 'heads', 'edits'], 'readwrite', DURABLE);
    await Promise.all([
      tx.objectStore('bases').delete(id),
      tx.objectStore('heads').delete(id),
      tx.objectStore('edits').delete(editsOf(id)),
      tx.done,
    ]);
  }
}

/** Opens (creating if needed) the drafts database of this site. */
export async function openDraftStorage(name = DRAFTS_DB_NAME): Promise<DraftStorage> {
  if (typeof indexedDB === 'undefined') throw new Error(NO_INDEXED_DB);
  const db = await openDB<DraftsDb>(name, DB_VERSION, {
    upgrade(database) {
      database.createObjectStore('bases', { keyPath: 'id' });
      database.createObjectStore('heads', { keyPath: 'id' });
      database.createObjectStore('edits', { keyPath: ['draftId', 'seq'] });
    },
  });
  return new IdbDraftStorage(db);
}

/** Why drafts could not be kept, as the interface tells it (`editor.storage.*`). */
export type StorageFailure =
  /** The site's share of the disk is used up. */
  | { kind: 'full' }
  /** The browser lets the site store nothing (private browsing, storage turned off). */
  | { kind: 'blocked' }
  /** Anything else, with the browser's own words. */
  | { kind: 'refused'; detail: string };

export function storageFailureOf(error: unknown): StorageFailure {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') return { kind: 'full' };
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError' || String(error).includes(NO_INDEXED_DB)) {
    return { kind: 'blocked' };
  }
  return { kind: 'refused', detail: error instanceof Error ? error.message : String(error) };
}

/** A failure in words that say what it means for the user, in the interface's language. */
export function describeStorageFailure(locale: Locale, failure: StorageFailure): string {
  return failure.kind === 'refused' ? locale.t('editor.storage.refused', { detail: failure.detail }) : locale.t(`editor.storage.${failure.kind}`);
}
