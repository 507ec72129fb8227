/**
 * A DatasetLoader that runs on the page's own thread: reads a URL (streaming, with
 * progress), a file or text, then validates with the same loader as everywhere else.
 */
import { loadDataset } from '../data/load-dataset';
import type { LoadResult } from '../domain/loaded-dataset';
import type { DatasetInput } from './dataset-opener';
import type { LoadProgress } from './loading-status';

async function readUrl(url: string, onProgress: (p: LoadProgress) => void): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
  const total = Number(response.headers.get('content-length')) || undefined;
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    loaded += value.byteLength;
    text += decoder.decode(value, { stream: true });
    onProgress({ phase: 'reading', loaded, total });
  }
  return text + decoder.decode();
}

export async function loadOnMainThread(input: DatasetInput, onProgress: (p: LoadProgress) => void): Promise<LoadResult> {
  let text: string;
  try {
    if ('text' in input) text = input.text;
    else if ('file' in input) text = await input.file.text();
    else text = await readUrl(input.url, onProgress);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: '$', message: `could not be downloaded: ${reason}` }] };
  }
  onProgress({ phase: 'validating' });
  return loadDataset(text);
}
