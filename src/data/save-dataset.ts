/**
 * A loaded dataset written back as dataset format v1 JSON, whatever it was opened from (our
 * format, an ACLED export, a TimelineJS file, GeoJSON): the loader's resolved spans are
 * dropped, everything else is kept as loaded, so `npm run validate` accepts the file and the
 * app reopens it to the same map.
 */
import type { DatasetInput } from '../domain/dataset-schema';
import type { LoadedDataset } from '../domain/loaded-dataset';

export function datasetToV1(dataset: LoadedDataset): DatasetInput {
  return {
    ...dataset,
    // Spans are derived from start/end/precision on every load; they are not part of the format.
    events: dataset.events.map(({ startMs: _startMs, endMs: _endMs, ...event }) => event),
  };
}

/** The JSON text of {@link datasetToV1}, indented for people who read or diff it. */
export function datasetToJsonText(dataset: LoadedDataset): string {
  return `${JSON.stringify(datasetToV1(dataset), null, 2)}\n`;
}

/** A file name for the download: the title in lower-case words, e.g. `us-strikes-in-deir-ez-zor.json`. */
export function datasetFileName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'dataset'}.json`;
}
