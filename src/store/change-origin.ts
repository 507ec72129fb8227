/**
 * Where a state change came from. Every action records it as `lastChangeOrigin`, so a
 * consumer that reacts to a change can skip the ones it made itself (the map does not move
 * its camera again for a time it just set): maputnik's `_from` habit. 'editor' marks a new
 * revision of the draft being edited, which keeps the view (see dataset-slice).
 */
export const CHANGE_ORIGINS = ['map', 'timeline', 'list', 'reader', 'url', 'api', 'keyboard', 'playback', 'editor', 'story'] as const;

export type ChangeOrigin = (typeof CHANGE_ORIGINS)[number];

/** The origin recorded when an action is called without one. */
export const DEFAULT_CHANGE_ORIGIN: ChangeOrigin = 'api';
