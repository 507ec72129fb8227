import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset, copySeedArticle, formatDatasetJson } from '../../../geo-data/build/build-default-dataset';
import { DEIR_EZ_ZOR_2022_SPEC } from '../../../geo-data/build/deir-ez-zor-2022.spec';
import type { DatasetSpec } from '../../../geo-data/build/deir-ez-zor-2022.spec';
import { loadDataset } from '../../../src/data/load-dataset';

const ROOT = new URL('../../../', import.meta.url);
const ARTICLE = readFileSync(new URL('geo-data/articles/mem-2022-08-us-strikes-deir-ez-zor.txt', ROOT), 'utf8');
const SAMPLE_FEATURES = JSON.parse(
  readFileSync(new URL('tests/fixtures/datasets/mission-features.sample.geojson', ROOT), 'utf8'),
) as { features: { id: string; properties: Record<string, unknown> }[] };

const withSpec = (change: (spec: DatasetSpec) => void): DatasetSpec => {
  const spec = structuredClone(DEIR_EZ_ZOR_2022_SPEC);
  change(spec);
  return spec;
};

describe('buildDataset', () => {
  it('builds a loadable dataset from quotes and a feature collection, computing offsets from the quotes', () => {
    const dataset = buildDataset(DEIR_EZ_ZOR_2022_SPEC, ARTICLE, SAMPLE_FEATURES);
    expect(loadDataset(dataset).ok).toBe(true);
    const excerpt = dataset.excerpts.find((x) => x.id === 'x-900-soldiers');
    expect(excerpt && ARTICLE.slice(excerpt.start, excerpt.end)).toBe(excerpt?.quote);
    const east = dataset.features.features.find((f) => f.id === 'divide-east-bank');
    expect(east?.properties).toMatchObject({ excerptIds: ['x-900-soldiers'], name: 'Test east' });
    const route = dataset.features.features.find((f) => f.id === 'supply-route');
    expect(route?.properties.label).toBe('schematic');
  });

  it('fails on a quote that is not in the text', () => {
    const spec = withSpec((s) => s.excerpts.push({ id: 'x-new', quote: 'About 1,000 American soldiers' }));
    expect(() => buildDataset(spec, ARTICLE, SAMPLE_FEATURES)).toThrow(/excerpt "x-new": the quote is not in the article text/);
  });

  it('fails on a quote that occurs more than once', () => {
    const spec = withSpec((s) => s.excerpts.push({ id: 'x-short', quote: 'Deir Ez-Zor' }));
    expect(() => buildDataset(spec, ARTICLE, SAMPLE_FEATURES)).toThrow(/excerpt "x-short": the quote occurs more than once/);
  });

  it('fails when the features file lacks a cited feature', () => {
    const features = { ...SAMPLE_FEATURES, features: SAMPLE_FEATURES.features.filter((f) => f.id !== 'al-bukamal-crossing') };
    expect(() => buildDataset(DEIR_EZ_ZOR_2022_SPEC, ARTICLE, features)).toThrow(/has no feature "al-bukamal-crossing"/);
  });

  it('fails when the result does not load (e.g. an event citing a missing excerpt)', () => {
    const spec = withSpec((s) => s.events[0]?.excerptIds.push('x-missing'));
    expect(() => buildDataset(spec, ARTICLE, SAMPLE_FEATURES)).toThrow(/no excerpt has the id "x-missing"/);
  });
});

describe('formatDatasetJson', () => {
  it('keeps each position on one line and is valid, equivalent JSON', () => {
    const value = { a: [[1, 2.5], [-3, 4]], b: 'x [1, 2]', c: [] };
    const text = formatDatasetJson(value);
    expect(text).toBe('{\n  "a": [\n    [1, 2.5],\n    [-3, 4]\n  ],\n  "b": "x [1, 2]",\n  "c": []\n}\n');
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('copySeedArticle', () => {
  it('copies the article byte for byte, writes SOURCES.md with its sha256, and can run again', () => {
    const seed = mkdtempSync(join(tmpdir(), 'cm-seed-'));
    const repo = mkdtempSync(join(tmpdir(), 'cm-repo-'));
    const bytes = Buffer.from('Title – site\r\n\nBody “quoted”.\n', 'utf8');
    writeFileSync(join(seed, 'mem-2022-08-us-strikes-deir-ez-zor.txt'), bytes);
    writeFileSync(join(seed, 'README.md'), '# Source article\n\nNotes on dates.\n');
    mkdirSync(join(repo, 'geo-data'));
    for (let run = 0; run < 2; run += 1) {
      const target = copySeedArticle(seed, repo);
      expect(readFileSync(target).equals(bytes)).toBe(true);
    }
    const sources = readFileSync(join(repo, 'geo-data', 'articles', 'SOURCES.md'), 'utf8');
    expect(sources).toContain('sha256 `');
    expect(sources).toContain('> Notes on dates.');
  });
});
