/**
 * A DatasetLoader that runs on the page's own thread, where no worker can start: reads the
 * input with the worker's own reader (`readInputText`: streaming, progress, the same
 * messages), then imports and validates with the same code as everywhere else.
 */
import { loadAnyDataset } from '../data/import/load-any-dataset';
import { problemAt } from '../data/problem-wording';
import { readInputText, sourceName, type DatasetSource } from '../data/read-input-text';
import type { LoadResult } from '../domain/loaded-dataset';
import type { DatasetInput } from './dataset-opener';
import type { LoadProgress } from './loading-status';

/** A URL resolved against the page, as the worker's client does before handing it over. */
function absolute(input: DatasetInput): DatasetSource {
  if (!('url' in input)) return input;
  try {
    return { url: new URL(input.url, globalThis.document?.baseURI ?? globalThis.location?.href).href };
  } catch {
    // Not a URL at all: fetch refuses it, and the reader says so.
    return input;
  }
}

export async function loadOnMainThread(input: DatasetInput, onProgress: (p: LoadProgress) => void): Promise<LoadResult> {
  const source = absolute(input);
  const read = await readInputText(source, (loaded, total) =>
    onProgress(total === null ? { phase: 'reading', loaded } : { phase: 'reading', loaded, total }),
  );
  if (!read.ok) return { ok: false, problems: [problemAt('$', read)] };
  onProgress({ phase: 'validating' });
  return loadAnyDataset(read.text, sourceName(source));
}
