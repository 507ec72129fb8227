/**
 * The import row: a synthetic ACLED export (100k rows, ~50 MB) opened in the built app by
 * `?data=URL`, timed from navigation to its events in the store (the timeline draws from the
 * store in the same frame), with the page's longest task meanwhile; and, in the same run,
 * papaparse's bare parse of the same file in a worker, the baseline the target is set against
 * (importMs ≤ 3 × parseMs).
 */
import { existsSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { makeSyntheticAcledCsv } from '../fixtures/synthetic-acled';

export interface ImportResult {
  rows: number;
  megabytes: number;
  /** Navigation to the events in the store. */
  importMs: number;
  eventsLoaded: number;
  /** The page's longest task from navigation to the events in the store. */
  longestTaskMs: number;
  /** papaparse alone, in a worker, on the text already in memory. */
  papaparseParseMs: number;
  ratio: number;
  ratioOk: boolean;
  longestTaskOk: boolean;
}

export function ensureAcledFile(dir: string, rows: number, log: (line: string) => void): { name: string; path: string; bytes: number } {
  const name = `synthetic-acled-${rows}.csv`;
  const path = join(dir, name);
  if (!existsSync(path)) {
    const text = makeSyntheticAcledCsv({ rows, seed: 7, mixedDates: true });
    writeFileSync(`${path}.part`, text);
    renameSync(`${path}.part`, path);
    log(`  generated ${name} (${(text.length / 1e6).toFixed(1)} MB)`);
  }
  return { name, path, bytes: statSync(path).size };
}

export async function measureImport(
  browser: Browser,
  options: { appUrl: string; loaderUrl: string; dataUrl: string; rows: number; bytes: number },
): Promise<ImportResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  let importMs: number;
  let eventsLoaded: number;
  let longestTaskMs: number;
  try {
    await page.addInitScript(() => {
      const tasks: [number, number][] = [];
      (window as unknown as { __longTasks: [number, number][] }).__longTasks = tasks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push([entry.startTime, entry.duration]);
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${options.appUrl}?data=${encodeURIComponent(options.dataUrl)}`);
    const handle = await page.waitForFunction(
      () => {
        const state = window.__conflictMap?.store.getState();
        const count = state?.index?.eventCount ?? 0;
        // With ?data= the default dataset is never loaded: the first events in the store are the file's.
        return count > 0 ? { at: performance.now(), count } : null;
      },
      undefined,
      { polling: 'raf', timeout: 600_000 },
    );
    const seen = (await handle.jsonValue()) as { at: number; count: number };
    importMs = seen.at;
    eventsLoaded = seen.count;
    await page.waitForTimeout(100);
    longestTaskMs = await page.evaluate(
      (until) => Math.max(0, ...(window as unknown as { __longTasks: [number, number][] }).__longTasks.filter(([start]) => start <= until).map(([, d]) => d)),
      importMs,
    );
  } finally {
    await context.close();
  }

  const baseline = await browser.newContext();
  const loader = await baseline.newPage();
  let papaparseParseMs: number;
  try {
    await loader.goto(options.loaderUrl);
    await loader.waitForFunction(() => '__benchPapaparse' in window);
    const parsed = (await loader.evaluate(`window.__benchPapaparse(${JSON.stringify(options.dataUrl)})`)) as { parseMs: number; rows: number };
    papaparseParseMs = parsed.parseMs;
  } finally {
    await baseline.close();
  }
  const ratio = importMs / papaparseParseMs;
  return {
    rows: options.rows,
    megabytes: Math.round(options.bytes / 1e5) / 10,
    importMs: Math.round(importMs),
    eventsLoaded,
    longestTaskMs: Math.round(longestTaskMs),
    papaparseParseMs: Math.round(papaparseParseMs),
    ratio: Math.round(ratio * 100) / 100,
    ratioOk: ratio <= 3,
    longestTaskOk: longestTaskMs <= 200,
  };
}
