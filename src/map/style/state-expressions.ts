/**
 * Paint expressions that read a mission feature's feature-state (`selected`, `hover`,
 * `active`, and the theme, `dark`), shared by the style's layers.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { PALETTES, type Palette } from './palette';

/** The feature-state the map controller sets on every mission feature: true in the dark theme. */
export const THEME_STATE = 'dark';

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

/**
 * A mission layer's per-feature value in either theme, picked by the feature's `dark` state
 * (the map controller sets it on every feature). A theme switch then changes states, which
 * MapLibre applies on the page, instead of a per-feature expression, which it would send to its
 * worker to lay the source out again: two frames more, and the labels placed again.
 */
export const themed = (value: (c: Palette) => string | ExpressionSpecification): ExpressionSpecification => [
  'case',
  ['boolean', ['feature-state', THEME_STATE], false],
  value(PALETTES.dark),
  value(PALETTES.light),
];
