/** The elements of the timeline markup the controller drives, found by their `data-part`. */
/** The parts of the timeline markup the controller drives, found by `data-part`. */
export const PART_NAMES = [
  'track',
  'base',
  'highlight',
  'cursor',
  'window-bar',
  'window-band',
  'window-start',
  'window-end',
  'shade-before',
  'shade-after',
  'tooltip',
  'date',
  'count',
] as const;
export type PartName = (typeof PART_NAMES)[number];

export type TimelineParts = Record<PartName, HTMLElement>;

/** Finds every part under `root`; throws naming the first one the markup lacks. */
export function findTimelineParts(root: HTMLElement): TimelineParts {
  return Object.fromEntries(
    PART_NAMES.map((name) => {
      const element = root.querySelector<HTMLElement>(`[data-part="${name}"]`);
      if (element === null) throw new Error(`timeline markup lacks [data-part="${name}"]`);
      return [name, element];
    }),
  ) as TimelineParts;
}
