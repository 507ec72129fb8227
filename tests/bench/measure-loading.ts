/**
 * Measures loading one dataset file three ways on the loader page: in the dataset worker
 * with the result sent back as transferred columns, the same with structured clone, and
 * on the page's own thread. For each: total time and how long the page's thread was
 * blocked (long tasks), which is what "off the main thread" has to keep small. In the same
 * run, on the same file, the baseline: `JSON.parse` alone in a worker (the text already in
 * memory); `ratio` is a load's total over it (the target at 10^6 events: at most 3).
 */
import type { Browser } from 'playwright-core';
import type { DatasetFile } from './synthetic-files';

export type LoadMode = 'columns' | 'clone' | 'main-thread';

export interface LoadingResult {
  events: number;
  mode: LoadMode;
  ok: boolean;
  totalMs: number;
  longestTaskMs: number;
  blockedMs: number;
  progressMessages: number;
  /** The store's index build on the page's thread, after the load (not part of the load). */
  indexMs: number;
  /** The worker's phases and the page's transfer and decode times, ms. */
  timings: Record<string, number> | null;
  /** `JSON.parse` alone on the same file, in a worker, ms. */
  jsonParseMs: number;
  /** totalMs / jsonParseMs. */
  ratio: number;
}

export async function measureLoading(
  browser: Browser,
  loaderUrl: string,
  dataUrl: string,
  file: DatasetFile,
  modes: readonly LoadMode[],
): Promise<LoadingResult[]> {
  const results: LoadingResult[] = [];
  const baseline = await browser.newContext();
  let jsonParseMs: number;
  try {
    const page = await baseline.newPage();
    await page.goto(loaderUrl);
    await page.waitForFunction(() => '__benchJsonParse' in window);
    const parsed = (await page.evaluate(`window.__benchJsonParse(${JSON.stringify(dataUrl)})`)) as { parseMs: number; events: number };
    if (parsed.events !== file.events) throw new Error(`the baseline parsed ${parsed.events} events, not ${file.events}`);
    jsonParseMs = parsed.parseMs;
  } finally {
    await baseline.close();
  }
  for (const mode of modes) {
    // A fresh page per load, so no load pays for the garbage of the one before.
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(loaderUrl);
      await page.waitForFunction(() => '__benchLoad' in window);
      const outcome = (await page.evaluate(`window.__benchLoad(${JSON.stringify(dataUrl)}, ${JSON.stringify(mode)})`)) as Omit<
        LoadingResult,
        'events' | 'mode' | 'jsonParseMs' | 'ratio'
      >;
      results.push({ events: file.events, mode, ...outcome, jsonParseMs, ratio: outcome.totalMs / jsonParseMs });
    } finally {
      await context.close();
    }
  }
  return results;
}
