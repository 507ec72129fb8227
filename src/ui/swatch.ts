/**
 * How one row of a legend is drawn: the symbol the map uses for a kind of place or event. The
 * map's legend (map/legend-rows) makes these; its on-screen legend and the picture export both
 * draw them.
 */

export type SwatchShape = 'divide' | 'area' | 'line' | 'route' | 'dot' | 'ring' | 'event';

export interface Swatch {
  shape: SwatchShape;
  /** The line, ring, dot or event colour; an area's edge. */
  color: string;
  /** An area's fill; a divide's casing. */
  fill?: string;
  /** An area hatched: approximate. */
  hatched?: boolean;
  /** An edge, line or ring dashed. */
  dashed?: boolean;
  /** Faded (a past event, a dimmed place) or hollow (an event at a stand-in position). */
  faded?: boolean;
  hollow?: boolean;
}
