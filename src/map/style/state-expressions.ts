/**
 * Paint expressions that read a mission feature's feature-state (`selected`, `hover`,
 * `active`), shared by the style's layers.
 */
import type { ExpressionSpecification } from 'maplibre-gl';

/**
 * Paint value that switches on the feature's feature-state: `selected`, then `hover`, then
 * `active`. The event layer sets `active: false` on a feature whose events are all outside the
 * current window, so it recedes; features with no state set (static geography, or before the
 * first update) read as active and never dim.
 */
type StateValue = string | number | ExpressionSpecification;

export function byState(selected: StateValue, hover: StateValue, normal: StateValue, dimmed: StateValue = normal): ExpressionSpecification {
  return [
    'case',
    ['boolean', ['feature-state', 'selected'], false],
    selected,
    ['boolean', ['feature-state', 'hover'], false],
    hover,
    ['boolean', ['feature-state', 'active'], true],
    normal,
    dimmed,
  ] as ExpressionSpecification;
}

/**
 * Full strength when active, selected or hovered; `off` when tied to no visible event.
 * Labels are left out on purpose: names stay readable while the mark recedes, and every
 * layer that reads feature-state re-uploads its paint arrays when a place's state changes —
 * for labels (one quad per glyph) that was nine tenths of the bytes a scrub step uploaded.
 */
export const dimmable = (on: number, off: number): ExpressionSpecification => byState(on, on, on, off);
