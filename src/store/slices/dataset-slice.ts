/**
 * The dataset slice: the loaded dataset, its index and the problems of the last failed load.
 * Loading happens before the store (`app/dataset-opener`, in a worker): a valid result
 * replaces the dataset, a failed one only records its problems, so the last good dataset stays.
 */
import type { DataProblem, LoadedDataset } from '../../domain/loaded-dataset';
import type { AppSliceCreator, AppState } from '../app-state';
import { DEFAULT_CHANGE_ORIGIN, type ChangeOrigin } from '../change-origin';
import { buildDatasetIndex, type DatasetIndex, type TimeSpan } from '../dataset-index';
import { entityOrdinal, type EntityRef } from './selection-slice';
import { buildEventFilterMask } from '../event-filter-mask';

export interface DatasetSlice {
  dataset: LoadedDataset | null;
  index: DatasetIndex | null;
  /** Where the current dataset came from (a file name, a URL), if the caller said. */
  source: string | null;
  /** The format the current dataset was read from ("ACLED CSV", "Conflict Map dataset v1"), if known. */
  format: string | null;
  /** What its import left out or found odd but usable (rows skipped, ring winding); empty for most files. */
  warnings: readonly DataProblem[];
  /** Problems of the last failed load; emptied by a successful one. */
  problems: readonly DataProblem[];
  /** Where the input of the last failed load came from, and the format it was read as, if known. */
  problemsSource: string | null;
  problemsFormat: string | null;

  /** Records problems found outside the loader (a download that failed); the dataset stays. */
  reportProblems: (problems: readonly DataProblem[], source?: string, origin?: ChangeOrigin, format?: string) => void;
  /**
   * Makes an already validated dataset current (from a loader run elsewhere, a worker). An
   * `index` built beforehand for this very dataset (in slices, off the critical path) is
   * used as is; otherwise the index is built here.
   */
  setLoadedDataset: (dataset: LoadedDataset, source?: string, origin?: ChangeOrigin, index?: DatasetIndex, report?: LoadReport) => void;
}

/** What the loader said of a dataset it accepted. */
export interface LoadReport {
  format: string;
  warnings: readonly DataProblem[];
}

const NO_PROBLEMS: readonly DataProblem[] = [];

export const createDatasetSlice: AppSliceCreator<DatasetSlice> = (set, get) => {
  const install = (dataset: LoadedDataset, source?: string, origin?: ChangeOrigin, prebuilt?: DatasetIndex, report?: LoadReport): void => {
    const index = prebuilt?.dataset === dataset ? prebuilt : buildDatasetIndex(dataset);
    set({
      ...datasetChange(get(), index, source ?? null, origin ?? DEFAULT_CHANGE_ORIGIN),
      format: report?.format ?? null,
      warnings: report?.warnings ?? NO_PROBLEMS,
    });
  };

  return {
    dataset: null,
    index: null,
    source: null,
    format: null,
    warnings: NO_PROBLEMS,
    problems: NO_PROBLEMS,
    problemsSource: null,
    problemsFormat: null,

    reportProblems: (problems, source, origin, format) =>
      set({ problems, problemsSource: source ?? null, problemsFormat: format ?? null, lastChangeOrigin: origin ?? DEFAULT_CHANGE_ORIGIN }),

    setLoadedDataset: install,
  };
};

/**
 * Everything a new dataset changes, applied in one `set` so subscribers never see a new
 * index with an old selection. Selection is cleared (its ids may not exist any more); the
 * cursor goes to the last event and the window to the whole extent; playback stops. Kind and
 * actor filters are kept (they may come from the URL before the data) and re-applied.
 */
function datasetChange(state: AppState, index: DatasetIndex, source: string | null, origin: ChangeOrigin): Partial<AppState> {
  const { dataset } = index;
  const last = index.eventCount - 1;
  // The last ordinal may be one of several sharing the latest start; any of them gives that start.
  const time = last >= 0 ? index.startMs[last]! : state.time;
  const change = {
    dataset,
    index,
    source,
    problems: NO_PROBLEMS,
    problemsSource: null,
    problemsFormat: null,
    selected: null,
    hovered: null,
    story: null,
    time,
    window: index.extent,
    playing: false,
    eventFilterMask: buildEventFilterMask(index, state.kinds, state.actors),
    lastChangeOrigin: origin,
  };
  return origin === 'editor' ? { ...change, ...keptView(state, index) } : change;
}

const sameSpan = (a: TimeSpan | null, b: TimeSpan | null) => a === b || (a !== null && b !== null && a.start === b.start && a.end === b.end);
const stillThere = (index: DatasetIndex, ref: EntityRef | null) => (ref !== null && entityOrdinal(index, ref) >= 0 ? ref : null);

/** The story being played while it is still in the revision, at a step it still has. */
function keptStory({ story }: AppState, index: DatasetIndex): AppState['story'] {
  const steps = story === null ? 0 : (index.dataset.stories?.find((candidate) => candidate.id === story.id)?.steps.length ?? 0);
  return story === null || steps === 0 ? null : { id: story.id, step: Math.min(story.step, steps - 1) };
}

/**
 * A revision of the draft being edited is the same dataset, changed: what the user looks at
 * stays — the selection and hover while their ids exist, the cursor while it is inside the
 * data's time, and a time window they chose. A window that showed everything grows to show
 * everything still, so a new event is in it.
 */
function keptView(state: AppState, index: DatasetIndex): Partial<AppState> {
  const chosenWindow = state.window !== null && state.index?.extent != null && !sameSpan(state.window, state.index.extent);
  const { extent } = index;
  const cursorInside = extent !== null && state.time >= extent.start && state.time < extent.end;
  return {
    selected: stillThere(index, state.selected),
    // A story being written is played as it grows, while it exists.
    story: keptStory(state, index),
    hovered: stillThere(index, state.hovered),
    ...(chosenWindow ? { window: state.window } : {}),
    ...(chosenWindow || cursorInside ? { time: state.time } : {}),
  };
}
