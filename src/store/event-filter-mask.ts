/**
 * The event filter mask: one byte per event ordinal saying whether the event passes the kind
 * and actor filters, built once per (index, filters) so that "is this event visible?" is a
 * single array read wherever it is asked (the map at a million events, the list, playback).
 */
import type { DatasetIndex } from './dataset-index';
import type { EventMask } from './queries';

/**
 * `kinds`/`actors`: null lets every event through on that axis; an array keeps events whose
 * kind is listed, or that involve at least one listed actor (so an event naming no actor
 * fails an actor filter). Returns null when neither filter is set: everything passes.
 */
export function buildEventFilterMask(
  index: DatasetIndex,
  kinds: readonly string[] | null,
  actors: readonly string[] | null,
): EventMask {
  if (kinds === null && actors === null) return null;
  const n = index.eventCount;
  const mask = new Uint8Array(n);

  const kindPasses = new Uint8Array(index.kinds.length).fill(1);
  if (kinds !== null) {
    kindPasses.fill(0);
    const wanted = new Set(kinds);
    index.kinds.forEach((kind, code) => (kindPasses[code] = wanted.has(kind) ? 1 : 0));
  }
  let actorPasses: Uint8Array | null = null;
  if (actors !== null) {
    const wanted = new Set(actors);
    actorPasses = Uint8Array.from(index.actors, (actor) => (wanted.has(actor) ? 1 : 0));
  }

  const { kindCodes } = index;
  const { offsets, values } = index.eventActors;
  for (let o = 0; o < n; o++) {
    if (kindPasses[kindCodes[o]!] !== 1) continue;
    if (actorPasses !== null) {
      let any = 0;
      for (let p = offsets[o]!; p < offsets[o + 1]! && any === 0; p++) any = actorPasses[values[p]!]!;
      if (any !== 1) continue;
    }
    mask[o] = 1;
  }
  return mask;
}

/** Whether an event ordinal passes (every ordinal passes a null mask). */
export function passesEventMask(mask: EventMask, ordinal: number): boolean {
  return mask === null || mask[ordinal] === 1;
}
