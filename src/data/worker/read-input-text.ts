/**
 * Reads the text of a dataset input, reporting bytes as they arrive: a download streamed
 * from its URL, a Blob/File streamed from disk, or text as given. UTF-8 is decoded in
 * chunks, so a 200 MB file never exists twice as bytes.
 */
import type { WorkerInput } from './worker-protocol';

export type TextRead = { ok: true; text: string; bytes: number } | { ok: false; message: string };

export type ByteProgress = (bytesRead: number, bytesTotal: number | null) => void;

/** At most one progress report per this many ms (and always one at the end). */
const REPORT_EVERY_MS = 50;

export async function readInputText(
  input: WorkerInput,
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
    return { ok: false, message: `could not be downloaded from ${input.url} (${error instanceof Error ? error.message : 'network error'})` };
  }
  if (!response.ok) {
    return { ok: false, message: `could not be downloaded from ${input.url}: the server answered ${response.status} ${response.statusText}`.trim() };
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

async function readStream(stream: ReadableStream<Uint8Array>, total: number | null, onBytes: ByteProgress): Promise<TextRead> {
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  const reader = stream.getReader();
  let bytes = 0;
  let lastReport = -Infinity;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      parts.push(decoder.decode(value, { stream: true }));
      const now = performance.now();
      if (now - lastReport >= REPORT_EVERY_MS) {
        lastReport = now;
        onBytes(bytes, total);
      }
    }
  } catch (error) {
    return { ok: false, message: `could not be read (${error instanceof Error ? error.message : 'read error'})` };
  }
  parts.push(decoder.decode());
  onBytes(bytes, total ?? bytes);
  return { ok: true, text: parts.join(''), bytes };
}
