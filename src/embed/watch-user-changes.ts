/**
 * Tells an embedder what the *reader* changed — time, window, selection, playing, language — and
 * nothing else: changes the embedder made itself (origin 'api'), the URL applied ('url') and
 * playback's own ticks are left out. Reports are coalesced: scrubbing sets the time on every
 * pointer move, so at most one report goes out per `intervalMs`, naming every part changed
 * since the last one.
 */
import type { AppState } from '../store/app-state';
import type { AppStore } from '../store/create-app-store';

/** The parts of the state a `change` can be about (the messages' schema lists the same). */
export const CHANGED_FIELDS = ['time', 'window', 'selection', 'playing', 'language'] as const;
export type ChangedField = (typeof CHANGED_FIELDS)[number];

/**
 * Origins that are not the reader. The playback clock ('playback') is the reader's doing
 * only when it stops by itself at the end; its ticks are filtered by `isPlaybackTick`.
 */
const NOT_THE_READER: ReadonlySet<string> = new Set(['api', 'url']);

export const DEFAULT_CHANGE_INTERVAL_MS = 100;

function changedFields(next: AppState, prev: AppState): ChangedField[] {
  const changed: ChangedField[] = [];
  if (next.time !== prev.time) changed.push('time');
  if (next.window !== prev.window) changed.push('window');
  if (next.selected !== prev.selected) changed.push('selection');
  if (next.playing !== prev.playing) changed.push('playing');
  if (next.lang !== prev.lang || next.digits !== prev.digits) changed.push('language');
  return changed;
}

/**
 * A tick of the playback clock moves only the time, while playing, tagged 'playback'; a
 * pointer scrub during playback is tagged 'timeline' and is reported.
 */
function isPlaybackTick(next: AppState, prev: AppState, changed: readonly ChangedField[]): boolean {
  return (
    changed.length === 1 &&
    changed[0] === 'time' &&
    prev.playing &&
    next.playing &&
    next.lastChangeOrigin === 'playback'
  );
}

/** Whether a store update is one the reader made. */
export function isReaderChange(next: AppState, prev: AppState, changed: readonly ChangedField[]): boolean {
  const origin = next.lastChangeOrigin;
  if (origin === null || NOT_THE_READER.has(origin)) return false;
  return !isPlaybackTick(next, prev, changed);
}

/**
 * Calls `onChange` with the parts the reader changed, at most once per `intervalMs` (the
 * first change after a quiet spell goes out on the next task). Returns the function that
 * stops watching; a report still pending is dropped.
 */
export function watchUserChanges(
  store: AppStore,
  onChange: (changed: ChangedField[]) => void,
  intervalMs = DEFAULT_CHANGE_INTERVAL_MS,
): () => void {
  const pending = new Set<ChangedField>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastReport = -Infinity;

  const flush = () => {
    timer = undefined;
    lastReport = Date.now();
    const changed = CHANGED_FIELDS.filter((field) => pending.has(field));
    pending.clear();
    if (changed.length > 0) onChange(changed);
  };

  const unsubscribe = store.subscribe((next, prev) => {
    const changed = changedFields(next, prev);
    if (changed.length === 0 || !isReaderChange(next, prev, changed)) return;
    for (const field of changed) pending.add(field);
    timer ??= setTimeout(flush, Math.max(0, lastReport + intervalMs - Date.now()));
  });

  return () => {
    unsubscribe();
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    pending.clear();
  };
}
