/**
 * One tab at a time per draft, with the Web Locks API: a tab holds the draft's lock while it
 * edits it, so a second tab learns the draft is open elsewhere instead of both writing over
 * each other. The browser frees a lock when its tab closes or crashes. Taking a draft over
 * ("Edit here instead") steals the lock, and the tab that lost it is told, through `lost`.
 */
export interface DraftLock {
  release(): void;
  /** Resolves if another tab takes the draft over. */
  readonly lost: Promise<void>;
}

export interface DraftLocks {
  /** The draft's lock, or null when another tab holds it (unless `steal`). */
  acquire(draftId: string, options?: { steal?: boolean }): Promise<DraftLock | null>;
  /** Ids of drafts some tab holds now. */
  held(): Promise<Set<string>>;
}

const PREFIX = 'conflict-map-draft:';

const NO_LOCK: DraftLock = { release: () => {}, lost: new Promise<void>(() => {}) };

/** Locks through `navigator.locks`; where a browser has none, every draft opens (there is nothing to ask). */
export function webDraftLocks(locks: LockManager | undefined = globalThis.navigator?.locks): DraftLocks {
  return {
    acquire: (draftId, { steal = false } = {}) => {
      if (!locks) return Promise.resolve(NO_LOCK);
      return new Promise((resolve) => {
        let release: () => void = () => {};
        const held = new Promise<void>((done) => (release = done));
        let markLost: () => void = () => {};
        const lost = new Promise<void>((done) => (markLost = done));
        const options: LockOptions = steal ? { steal: true } : { ifAvailable: true };
        locks
          .request(`${PREFIX}${draftId}`, options, (lock) => {
            if (lock === null) {
              resolve(null);
              return undefined;
            }
            resolve({ release, lost });
            return held;
          })
          // A stolen lock's request rejects (AbortError): another tab has the draft now.
          .catch(() => markLost());
      });
    },
    held: async () => {
      if (!locks) return new Set();
      const { held = [] } = await locks.query();
      return new Set(held.flatMap((lock) => (lock.name?.startsWith(PREFIX) ? [lock.name.slice(PREFIX.length)] : [])));
    },
  };
}
