/** What the importers return: a dataset v1 value and warnings, or the problems that stop the import. */
import type { DatasetInput } from '../../domain/dataset-schema';
import type { DataProblem } from '../../domain/loaded-dataset';
import type { FormatName } from './detect-format';

/** What one format's converter returns; `importDataset` adds the format. */
export type ConvertResult =
  | { ok: true; value: DatasetInput; warnings: DataProblem[] }
  | { ok: false; problems: DataProblem[] };

export type ImportResult =
  | { ok: true; format: Exclude<FormatName, 'dataset-v1'>; value: DatasetInput; warnings: DataProblem[] }
  /** Our own format is not converted: its parsed value goes to `loadDataset` as it is, which judges it. */
  | { ok: true; format: 'dataset-v1'; value: unknown; warnings: DataProblem[] }
  | { ok: false; format: FormatName | null; problems: DataProblem[] };

export interface ImportOptions {
  /**
   * The date a converted dataset is `updated` on when the file itself says nothing of when it
   * last changed (ISO `YYYY-MM-DD`); today (UTC) by default. Tests pass a fixed one.
   */
  today?: string;
}

/** `options.today`, or today's date in UTC. */
export function todayOf(options: ImportOptions): string {
  return options.today ?? new Date().toISOString().slice(0, 10);
}

/** How a file is named in generated text: "the GeoJSON file incidents.geojson", or "a GeoJSON file". */
export function describeFile(kind: string, fileName: string | undefined): string {
  return fileName === undefined || fileName.trim() === '' ? `a ${kind} file` : `the ${kind} file ${fileName}`;
}
