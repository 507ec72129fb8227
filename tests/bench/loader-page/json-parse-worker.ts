/**
 * The loading benchmark's baseline: `JSON.parse` alone in a module worker, on the dataset file
 * already in memory as text, read with the dataset worker's own reader (so the string it
 * parses is the one the loader parses). Posts how long the parse took: a load is judged as a
 * multiple of it.
 */
import { readInputText } from '../../../src/data/read-input-text';

self.onmessage = async (message: MessageEvent<{ url: string }>) => {
  const read = await readInputText({ url: message.data.url }, () => undefined);
  if (!read.ok) throw new Error(read.message);
  const started = performance.now();
  const value = JSON.parse(read.text) as { events?: unknown[] };
  const parseMs = performance.now() - started;
  self.postMessage({ parseMs, events: Array.isArray(value.events) ? value.events.length : 0 });
};
