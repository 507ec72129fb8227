/**
 * The benchmark's datasets as JSON files the app loads by URL, generated once from the
 * synthetic fixture and cached (in the OS temp folder) by size, seed and a hash of the
 * generator, so later runs skip the minute it takes to write a million events.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeSyntheticDatasetInput } from '../fixtures/synthetic-dataset';

export const BENCH_SEED = 20_220_823;

/**
 * Places the events happen at. A fixed 1,000 from 4,000 events up, so MapLibre's own layers
 * (the places, their labels) cost the same at every size and only the events grow.
 */
export function placesFor(events: number): number {
  return Math.min(1000, Math.max(1, Math.ceil(events / 4)));
}

export interface DatasetFile {
  events: number;
  name: string;
  path: string;
  bytes: number;
}

export function benchDataDir(): string {
  const generator = readFileSync(new URL('../fixtures/synthetic-dataset.ts', import.meta.url));
  const hash = createHash('sha256').update(generator).digest('hex').slice(0, 10);
  const dir = join(tmpdir(), 'conflict-map-bench', hash);
  mkdirSync(dir, { recursive: true });
  return dir;
}

export function ensureDatasetFile(dir: string, events: number, log: (line: string) => void): DatasetFile {
  const name = `synthetic-${events}.json`;
  const path = join(dir, name);
  if (!existsSync(path)) {
    const started = performance.now();
    const input = makeSyntheticDatasetInput({ events, seed: BENCH_SEED, features: placesFor(events) });
    const text = JSON.stringify(input);
    // Written under another name first, so an interrupted run never leaves half a file.
    writeFileSync(`${path}.part`, text);
    renameSync(`${path}.part`, path);
    log(`  generated ${name} (${(text.length / 1e6).toFixed(1)} MB) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  return { events, name, path, bytes: statSync(path).size };
}
