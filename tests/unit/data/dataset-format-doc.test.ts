/** docs/dataset-format.md stays true: its minimal example is the valid fixture, and it loads; so does its story. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/load-dataset';

const ROOT = new URL('../../../', import.meta.url);

describe('docs/dataset-format.md', () => {
  it('shows the minimal valid fixture as its complete example, and the example loads', () => {
    const doc = readFileSync(new URL('docs/dataset-format.md', ROOT), 'utf8');
    const example = /## A minimal complete example\n\n```json\n([\s\S]*?)```/.exec(doc)?.[1];
    const fixture = readFileSync(new URL('tests/fixtures/datasets/minimal-valid.json', ROOT), 'utf8');
    expect(example).toBe(fixture);
    expect(loadDataset(example).ok).toBe(true);
  });

  it('shows a story that loads with the minimal example', () => {
    const doc = readFileSync(new URL('docs/dataset-format.md', ROOT), 'utf8');
    const stories = /## Stories\n[\s\S]*?```json\n([\s\S]*?)```/.exec(doc)?.[1];
    const fixture = JSON.parse(readFileSync(new URL('tests/fixtures/datasets/minimal-valid.json', ROOT), 'utf8')) as object;
    const dataset = { ...fixture, ...(JSON.parse(`{${stories ?? ''}}`) as object) };
    const result = loadDataset(dataset);
    expect(result.ok ? result.dataset.stories?.[0]?.steps.length : result.problems).toBe(2);
  });
});
