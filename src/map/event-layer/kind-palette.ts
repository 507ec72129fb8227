/**
 * The event layer's colour slots: each known kind has its own slot, every other kind shares
 * the last one, so the shader needs a fixed, tiny palette whatever the dataset's kinds are.
 * Colours come from `ui/kind-colors`, the same as the timeline's and the lists'.
 */
import { KNOWN_EVENT_KINDS } from '../../domain/dataset-schema';
import { kindColor, OTHER_KIND_COLOR } from '../../ui/kind-colors';

/** Slot of each known kind, in KNOWN_EVENT_KINDS order; the next slot is "any other kind". */
export const OTHER_KIND_SLOT = KNOWN_EVENT_KINDS.length;

/** The slot colours as CSS hex, slot order. */
export const KIND_SLOT_COLORS: readonly string[] = [...KNOWN_EVENT_KINDS.map((kind) => kindColor(kind)), OTHER_KIND_COLOR];

/** Palette slot per kind code of an index (`kinds` as the index lists them). */
export function kindSlots(kinds: readonly string[]): Uint8Array {
  const known = KNOWN_EVENT_KINDS as readonly string[];
  return Uint8Array.from(kinds, (kind) => {
    const slot = known.indexOf(kind);
    return slot < 0 ? OTHER_KIND_SLOT : slot;
  });
}

/** '#rrggbb' → [r, g, b] in 0..1. */
export function hexToUnitRgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return [((value >> 16) & 0xff) / 255, ((value >> 8) & 0xff) / 255, (value & 0xff) / 255];
}
