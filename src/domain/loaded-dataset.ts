/**
 * What a successful load hands to the rest of the app: the validated dataset with every
 * event's dates resolved to UTC epoch milliseconds, and the problems type of a failed load.
 */
import type { Dataset, DatasetEvent } from './dataset-schema';

/**
 * An event with its time span resolved. The span is half-open, [startMs, endMs):
 * `2022-08-23` (day) covers that whole UTC day, `2021-06` (month) the whole month,
 * a `range` runs from the start of `start` to the end of the period named by `end`.
 */
export interface TimedEvent extends DatasetEvent {
  startMs: number;
  endMs: number;
}

export interface LoadedDataset extends Omit<Dataset, 'events'> {
  events: TimedEvent[];
}

/** One problem found in an input, e.g. `{ path: 'events[3].start', message: 'must be ...' }`. */
export interface DataProblem {
  path: string;
  message: string;
}

/**
 * `format` names the format the file was in, for people ("ACLED CSV", "Conflict Map dataset v1");
 * a failed load names it when it was recognised. `warnings` are what an import of another
 * format left out or changed (rows left out, media dropped); always empty for dataset v1.
 */
export type LoadResult =
  | { ok: true; dataset: LoadedDataset; format: string; warnings: DataProblem[] }
  | { ok: false; problems: DataProblem[]; format?: string };
