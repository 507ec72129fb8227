/**
 * The messages between `loadDatasetOffMainThread` and the dataset worker: one request in,
 * progress messages and one result out.
 */
import type { DataProblem, LoadResult } from '../../domain/loaded-dataset';
import type { DatasetSource } from '../read-input-text';
import type { WireDataset, WireMode } from './dataset-wire-format';

/**
 * Phases of a load, in order: reading the bytes (a download or a file), parsing the JSON (or
 * reading and converting a CSV file), validating it (schema and cross-checks, dates resolved),
 * and indexing it for the transfer (packing events and excerpts into columns of typed arrays).
 */
export const LOAD_PHASES = ['reading', 'parsing', 'validating', 'indexing'] as const;
export type LoadPhase = (typeof LOAD_PHASES)[number];

export interface LoadProgress {
  phase: LoadPhase;
  /** Bytes read so far (all of them once reading is over). */
  loaded: number;
  /** The input's size, when known (a file, or a download with a Content-Length). */
  total?: number;
}

/** What to load: an absolute URL (resolved by the client), a Blob/File, or text. */
export type WorkerInput = DatasetSource;

export interface DatasetRequest {
  type: 'load';
  input: WorkerInput;
  mode: WireMode;
}

/** Milliseconds the worker spent in each phase. */
export type PhaseTimings = Record<LoadPhase, number>;

export type DatasetResponse =
  | { type: 'progress'; progress: LoadProgress }
  | {
      type: 'loaded';
      dataset: WireDataset;
      /** The file's format, for people ("ACLED CSV"); see LoadResult. */
      format: string;
      /** What an import left out or changed; empty for dataset v1. */
      warnings: DataProblem[];
      timings: PhaseTimings;
      postedAt: number;
    }
  | { type: 'failed'; result: Extract<LoadResult, { ok: false }>; timings: PhaseTimings };
