import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/load-dataset';
import { datasetFileName, datasetToJsonText } from '../../../src/data/save-dataset';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

describe('Download dataset', () => {
  for (const file of ['geo-data/datasets/deir-ez-zor-2022.json', 'tests/fixtures/datasets/dates-bounded-and-approximate.json']) {
    it(`writes ${file} back as v1 JSON that loads to the same dataset`, () => {
      const first = loadDataset(read(file));
      if (!first.ok) throw new Error(JSON.stringify(first.problems));
      const text = datasetToJsonText(first.dataset);
      expect(text).not.toContain('startMs');
      const second = loadDataset(text);
      if (!second.ok) throw new Error(JSON.stringify(second.problems));
      expect(second.dataset).toEqual(first.dataset);
    });
  }

  it('names the file after the title', () => {
    expect(datasetFileName('US strikes in Deir ez-Zor, August 2022')).toBe('us-strikes-in-deir-ez-zor-august-2022.json');
    expect(datasetFileName('غارات في دير الزور')).toBe('غارات-في-دير-الزور.json');
    expect(datasetFileName('***')).toBe('dataset.json');
  });
});
