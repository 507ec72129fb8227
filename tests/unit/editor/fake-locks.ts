/** The Web Locks API as the editor uses it, for tests: tabs are callers sharing one instance. */
import type { DraftLock, DraftLocks } from '../../../src/editor/draft-lock';

export function fakeLocks(): DraftLocks {
  const held = new Map<string, () => void>();
  return {
    acquire: async (id, { steal = false } = {}) => {
      const holder = held.get(id);
      if (holder && !steal) return null;
      holder?.();
      let markLost: () => void = () => {};
      const lock: DraftLock = {
        lost: new Promise<void>((done) => (markLost = done)),
        release: () => {
          if (held.get(id) === markLost) held.delete(id);
        },
      };
      held.set(id, markLost);
      return lock;
    },
    held: async () => new Set(held.keys()),
  };
}

/** sessionStorage for one tab. */
export function tabMemory(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}
