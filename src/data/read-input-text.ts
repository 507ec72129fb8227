/**
 * Reads the text of a dataset input, reporting bytes as they arrive: a download streamed
 * from its URL, a Blob/File streamed from disk, or text as given. UTF-8 is decoded in
 * chunks, so a 200 MB file never exists twice as bytes; bytes that are not UTF-8 are refused.
 * The one reader of the dataset worker and of the page's own fallback loader (and the
 * wording of the command line's "not UTF-8"). A failure's `message` is English; its `code` and
 * `params` let the interface word it in its own language (see ProblemCode).
 */
import type { ProblemWording } from '../domain/loaded-dataset';

/** What to load: an absolute URL, a Blob/File, or text. */
export type DatasetSource = { url: string } | { file: Blob } | { text: string };

export type TextRead = { ok: true; text: string; bytes: number } | ({ ok: false } & ProblemWording);

export type ByteProgress = (bytesRead: number, bytesTotal: number | null) => void;

/** At most one progress report per this many ms (and always one at the end). */
const REPORT_EVERY_MS = 50;

export async function readInputText(
  input: DatasetSource,
  onBytes: ByteProgress,
  fetchImpl: typeof fetch = fetch,
): Promise<TextRead> {
  if ('text' in input) {
    onBytes(input.text.length, input.text.length);
    return { ok: true, text: input.text, bytes: input.text.length };
  }
  if ('file' in input) return readStream(input.file.stream(), input.file.size, onBytes);

  let response: Response;
  try {
    response = await fetchImpl(input.url);
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'network error';
    return {
      ok: false,
      message: `could not be downloaded from ${input.url} (${detail})`,
      code: 'downloadFailed',
      params: { url: input.url, error: detail },
    };
  }
  if (!response.ok) {
    const { status, statusText } = response;
    return {
      ok: false,
      message: `could not be downloaded from ${input.url}: the server answered ${status} ${statusText}`.trim(),
      code: 'downloadStatus',
      params: { url: input.url, status, statusText },
    };
  }
  // Content-Length counts the compressed bytes when the body is encoded: no total then.
  const encoding = response.headers.get('content-encoding');
  const length = Number(response.headers.get('content-length'));
  const total = (!encoding || encoding === 'identity') && Number.isFinite(length) && length > 0 ? length : null;
  if (!response.body) {
    const text = await response.text();
    onBytes(text.length, total);
    return { ok: true, text, bytes: text.length };
  }
  return readStream(response.body, total, onBytes);
}

/** The file's name, when the input has one (the last part of a URL): imported datasets name their source file. */
export function sourceName(input: DatasetSource): string | undefined {
  if ('file' in input) {
    const name = (input.file as Partial<File>).name;
    return typeof name === 'string' && name !== '' ? name : undefined;
  }
  if ('url' in input) {
    try {
      const last = new URL(input.url).pathname.split('/').at(-1) ?? '';
      return last === '' ? undefined : decodeURIComponent(last);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * Why bytes that are not UTF-8 cannot be loaded, with the likely encoding when its mark shows:
 * Excel's "Unicode text" is UTF-16, and its plain CSV a legacy code page (Windows-1252, 1256).
 */
export function notUtf8Message(firstBytes: Uint8Array | undefined): string {
  return notUtf8(firstBytes).message;
}

/** {@link notUtf8Message} with its code (`notUtf8`, or `notUtf8Utf16` when the mark says UTF-16). */
export function notUtf8(firstBytes: Uint8Array | undefined): ProblemWording {
  const [a, b] = firstBytes ?? [];
  const utf16 = (a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff);
  return {
    message: `is not UTF-8 text${utf16 ? ' (it is UTF-16)' : ''}: save it as UTF-8 (in a spreadsheet: "CSV UTF-8")`,
    code: utf16 ? 'notUtf8Utf16' : 'notUtf8',
  };
}

async function readStream(stream: ReadableStream<Uint8Array>, total: number | null, onBytes: ByteProgress): Promise<TextRead> {
  // Fatal: a byte that is not UTF-8 would otherwise become U+FFFD silently, and quotes must be exact.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const parts: string[] = [];
  const reader = stream.getReader();
  let bytes = 0;
  let lastReport = -Infinity;
  let firstBytes: Uint8Array | undefined;
  /** Decodes a chunk (the last one when `value` is undefined); null for bytes that are not UTF-8. */
  const decode = (value?: Uint8Array): string | null => {
    try {
      return value === undefined ? decoder.decode() : decoder.decode(value, { stream: true });
    } catch {
      return null;
    }
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      firstBytes ??= value.slice(0, 4);
      bytes += value.byteLength;
      const part = decode(value);
      if (part === null) {
        reader.cancel().catch(() => undefined);
        return { ok: false, ...notUtf8(firstBytes) };
      }
      parts.push(part);
      const now = performance.now();
      if (now - lastReport >= REPORT_EVERY_MS) {
        lastReport = now;
        onBytes(bytes, total);
      }
    }
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'read error';
    return { ok: false, message: `could not be read (${detail})`, code: 'readFailed', params: { error: detail } };
  }
  const last = decode();
  if (last === null) return { ok: false, ...notUtf8(firstBytes) };
  parts.push(last);
  onBytes(bytes, total ?? bytes);
  return { ok: true, text: parts.join(''), bytes };
}
