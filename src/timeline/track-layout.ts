/**
 * The vertical bands of the timeline track, in CSS px, shared by the canvas painter, the
 * pointer hit-testing and (through CSS custom properties the controller sets) the stylesheet:
 * the cursor's knob lane on top, the plot (histogram and marks), the axis, and the window
 * lane at the bottom where the window is dragged.
 */

export const KNOB_LANE_PX = 14;
export const AXIS_PX = 18;
export const WINDOW_LANE_PX = 16;
const LANE_PX = 4;
const LANE_GAP_PX = 3;

export interface TrackLayout {
  readonly height: number;
  readonly plotTop: number;
  readonly plotBottom: number;
  readonly axisTop: number;
  readonly windowTop: number;
}

export function trackLayout(height: number): TrackLayout {
  const windowTop = height - WINDOW_LANE_PX;
  const axisTop = windowTop - AXIS_PX;
  return { height, plotTop: KNOB_LANE_PX, plotBottom: axisTop, axisTop, windowTop };
}

/** Top of span lane `lane` (0 = the top one). */
export function laneTop(layout: TrackLayout, lane: number): number {
  return layout.plotTop + LANE_GAP_PX + lane * (LANE_PX + LANE_GAP_PX);
}

export const SPAN_LANE_HEIGHT_PX = LANE_PX;

/** Height of the kind-coloured strip dense views draw at the top of the plot. */
const RUG_PX = 12;

/** The strip at the top of the plot where dense views draw marks per pixel column. */
export function rugBand(layout: TrackLayout): { top: number; bottom: number } {
  const top = layout.plotTop + LANE_GAP_PX;
  return { top, bottom: Math.min(top + RUG_PX, layout.plotBottom - 12) };
}

/** Radius of the dot that heads a day mark (its stem runs down the mark band). */
export const DAY_DOT_RADIUS_PX = 4.5;

/** The band where day and month/year marks stand, below the span lanes in use. */
export function markBand(layout: TrackLayout, laneCount: number): { top: number; bottom: number } {
  const top = laneCount > 0 ? laneTop(layout, laneCount) + 1 : layout.plotTop + LANE_GAP_PX;
  return { top: Math.min(top, layout.plotBottom - 12), bottom: layout.plotBottom - 1 };
}
