/**
 * The event layer's colour slots for one dataset: each distinct colour of its event kinds
 * (from `ui/kind-colors`, the same as the timeline's and the lists') gets a slot, so the
 * shader holds a small fixed table whatever the dataset's kinds are.
 */
import { eventKindColors, MAX_KIND_COLORS, OTHER_KIND_COLOR, type KindColorSource } from '../../ui/kind-colors';
import { KIND_SLOT_COUNT } from './event-shaders';

// Every distinct kind colour, and grey, must have a slot of its own.
if (MAX_KIND_COLORS + 1 > KIND_SLOT_COUNT) throw new Error('the event shader has too few kind colour slots');

export interface KindSlots {
  /** Palette slot per kind code of the index (`kinds` as the index lists them). */
  readonly slotOfKind: Uint8Array;
  /** The slot colours as CSS hex, slot order. */
  readonly colors: readonly string[];
}

export function kindSlots(source: KindColorSource): KindSlots {
  const colorsByKind = eventKindColors(source);
  const colors: string[] = [];
  const slotOfKind = Uint8Array.from(source.kinds, (kind) => {
    const color = colorsByKind.get(kind) ?? OTHER_KIND_COLOR;
    let slot = colors.indexOf(color);
    if (slot < 0) slot = colors.push(color) - 1;
    return slot;
  });
  return { slotOfKind, colors };
}

/** '#rrggbb' → [r, g, b] in 0..1. */
export function hexToUnitRgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return [((value >> 16) & 0xff) / 255, ((value >> 8) & 0xff) / 255, (value & 0xff) / 255];
}
