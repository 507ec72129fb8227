/** Shared by the importer tests: fixtures from tests/fixtures/import/, and the checks every import must pass. */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { importDataset } from '../../../../src/data/import/import-dataset';
import type { ImportResult } from '../../../../src/data/import/import-result';
import { loadAnyDataset } from '../../../../src/data/import/load-any-dataset';
import type { DatasetInput } from '../../../../src/domain/dataset-schema';
import type { LoadedDataset, LoadResult } from '../../../../src/domain/loaded-dataset';

/** A fixed "today", so a converted dataset's `updated` does not depend on when the test runs. */
export const TODAY = '2026-12-01';

export function fixtureText(name: string): string {
  return readFileSync(new URL(`../../../fixtures/import/${name}`, import.meta.url), 'utf8');
}

export function importFixture(name: string): ImportResult {
  return importDataset(fixtureText(name), name, { today: TODAY });
}

/** Imports and loads a fixture, failing the test with the problems when it does not load. */
export function loadFixture(name: string): Extract<LoadResult, { ok: true }> {
  const result = loadAnyDataset(fixtureText(name), name, { today: TODAY });
  if (!result.ok) throw new Error(`${name} did not load:\n${result.problems.map((p) => `${p.path}: ${p.message}`).join('\n')}`);
  return result;
}

/** The converted value of an import that must succeed. */
export function convertedValue(result: ImportResult): DatasetInput {
  if (!result.ok || result.format === 'dataset-v1') throw new Error(`expected a converted import, got ${JSON.stringify(result).slice(0, 400)}`);
  return result.value;
}

export function problemsOf(result: ImportResult | LoadResult): { path: string; message: string }[] {
  if (result.ok) throw new Error('expected a failure');
  return result.problems;
}

/** Every excerpt quotes its record exactly, at UTF-16 offsets, and every id is unique in its collection. */
export function expectSound(dataset: LoadedDataset | DatasetInput): void {
  const texts = new Map(dataset.articles.map((a) => [a.id, a.text]));
  for (const excerpt of dataset.excerpts) {
    const text = texts.get(excerpt.articleId);
    expect(text, excerpt.id).toBeDefined();
    expect(text!.slice(excerpt.start, excerpt.end), excerpt.id).toBe(excerpt.quote);
    expect(excerpt.quote.length).toBeGreaterThan(0);
  }
  for (const list of [dataset.articles, dataset.excerpts, dataset.events, dataset.features.features]) {
    const ids = list.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
  }
}
