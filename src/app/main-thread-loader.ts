/**
 * A DatasetLoader that runs on the page's own thread: reads a URL (streaming, with
 * progress), a file or text, then imports and validates with the same code as everywhere else.
 */
import { loadAnyDataset } from '../data/import/load-any-dataset';
import { notUtf8Message } from '../data/worker/read-input-text';
import type { LoadResult } from '../domain/loaded-dataset';
import type { DatasetInput } from './dataset-opener';
import type { LoadProgress } from './loading-status';

/** Thrown for bytes that are not UTF-8, so the message says that rather than "could not be downloaded". */
class NotUtf8Error extends Error {}

function decodeAll(bytes: Uint8Array): string {
  try {
    // Fatal: a byte that is not UTF-8 would otherwise become U+FFFD silently, and quotes must be exact.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new NotUtf8Error(notUtf8Message(bytes.subarray(0, 4)));
  }
}

async function readUrl(url: string, onProgress: (p: LoadProgress) => void): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
  const total = Number(response.headers.get('content-length')) || undefined;
  if (!response.body) return decodeAll(new Uint8Array(await response.arrayBuffer()));
  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let text = '';
  let loaded = 0;
  let firstBytes: Uint8Array | undefined;
  const decode = (value?: Uint8Array): string => {
    try {
      return value === undefined ? decoder.decode() : decoder.decode(value, { stream: true });
    } catch {
      throw new NotUtf8Error(notUtf8Message(firstBytes));
    }
  };
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    firstBytes ??= value.slice(0, 4);
    loaded += value.byteLength;
    text += decode(value);
    onProgress({ phase: 'reading', loaded, total });
  }
  return text + decode();
}

/** The name of the file or the last part of the URL: imported datasets name their source file. */
function nameOf(input: DatasetInput): string | undefined {
  if ('file' in input) return (input.file as Partial<File>).name || undefined;
  if ('url' in input) return new URL(input.url, globalThis.location?.href).pathname.split('/').at(-1) || undefined;
  return undefined;
}

export async function loadOnMainThread(input: DatasetInput, onProgress: (p: LoadProgress) => void): Promise<LoadResult> {
  let text: string;
  try {
    if ('text' in input) text = input.text;
    else if ('file' in input) text = decodeAll(new Uint8Array(await input.file.arrayBuffer()));
    else text = await readUrl(input.url, onProgress);
  } catch (error) {
    if (error instanceof NotUtf8Error) return { ok: false, problems: [{ path: '$', message: error.message }] };
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: '$', message: `could not be downloaded: ${reason}` }] };
  }
  onProgress({ phase: 'validating' });
  let name: string | undefined;
  try {
    name = nameOf(input);
  } catch {
    name = undefined;
  }
  return loadAnyDataset(text, name);
}
