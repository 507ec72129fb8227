/**
 * The default dataset (geo-data/datasets/deir-ez-zor-2022.json): it loads, and, checked
 * independently of the loader by reading the JSON file itself, every quote is the exact text at
 * its offsets and every reference resolves. It is also exactly what the builder makes today.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/load-dataset';
import { buildDefaultDatasetText } from '../../../geo-data/build/build-default-dataset';

const ROOT = new URL('../../../', import.meta.url);
const TEXT = readFileSync(new URL('geo-data/datasets/deir-ez-zor-2022.json', ROOT), 'utf8');

interface Raw {
  articles: { id: string; text: string; url: string; published: string; ignore: { start: number; end: number; reason: string }[] }[];
  excerpts: { id: string; articleId: string; start: number; end: number; quote: string }[];
  events: {
    id: string;
    kind: string;
    start: string;
    end?: string;
    precision: string;
    actors: string[];
    featureIds: string[];
    excerptIds: string[];
  }[];
  features: { type: string; features: { id: string; properties: { excerptIds: string[]; label?: string } }[] };
}

const raw = JSON.parse(TEXT) as Raw;
const article = raw.articles[0];
const eventById = (id: string): Raw['events'][number] | undefined => raw.events.find((e) => e.id === id);

describe('the default dataset', () => {
  it('loads without a problem', () => {
    const result = loadDataset(TEXT);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.ok && result.dataset.events.length).toBe(7);
  });

  it('is exactly what `npm run dataset` builds from its spec, the article copy and the mission features', () => {
    expect(TEXT).toBe(buildDefaultDatasetText());
  });

  it('stores the article byte for byte as the copy recorded in geo-data/articles/SOURCES.md', () => {
    const bytes = readFileSync(new URL('geo-data/articles/mem-2022-08-us-strikes-deir-ez-zor.txt', ROOT));
    const sources = readFileSync(new URL('geo-data/articles/SOURCES.md', ROOT), 'utf8');
    expect(sources).toContain(createHash('sha256').update(bytes).digest('hex'));
    expect(article?.text).toBe(bytes.toString('utf8'));
  });

  it('has every quote at its offsets, and every reference resolving (checked without the loader)', () => {
    const texts = new Map(raw.articles.map((a) => [a.id, a.text]));
    const excerptIds = new Set(raw.excerpts.map((x) => x.id));
    const featureIds = new Set(raw.features.features.map((f) => f.id));
    for (const x of raw.excerpts) {
      const text = texts.get(x.articleId);
      expect(text, x.id).toBeDefined();
      expect(text?.slice(x.start, x.end), x.id).toBe(x.quote);
      expect(text?.indexOf(x.quote), `${x.id} occurs once`).toBe(text?.lastIndexOf(x.quote));
    }
    for (const e of raw.events) {
      expect(e.excerptIds.length, e.id).toBeGreaterThan(0);
      for (const id of e.excerptIds) expect(excerptIds.has(id), `${e.id} → ${id}`).toBe(true);
      for (const id of e.featureIds) expect(featureIds.has(id), `${e.id} → ${id}`).toBe(true);
    }
    for (const f of raw.features.features) {
      for (const id of f.properties.excerptIds) expect(excerptIds.has(id), `${f.id} → ${id}`).toBe(true);
    }
    for (const ids of [raw.articles, raw.excerpts, raw.events, raw.features.features].map((c) => c.map((i) => i.id))) {
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('marks the page title, the unrelated headline and the footer as debris, and quotes none of it', () => {
    const ignored = article?.ignore.map((r) => article.text.slice(r.start, r.end));
    expect(ignored).toEqual([
      'US bombs Iranian military installations in Syria – Middle East Monitor',
      'US: Syrian regime responsible for chemical attack in Ghouta',
      'Comments are closed.',
    ]);
    for (const x of raw.excerpts) {
      for (const r of article?.ignore ?? []) expect(x.end <= r.start || x.start >= r.end, x.id).toBe(true);
    }
  });

  it('invents no place and no URL: unlocated events have no features, the URL is the publisher root with a note', () => {
    expect(eventById('ev-2022-08-15-attacks-on-us-personnel')?.featureIds).toEqual([]);
    expect(eventById('ev-2021-06-us-strikes-syria-iraq')?.featureIds).toEqual([]);
    expect(eventById('ev-us-forces-first-deployed-to-syria')?.featureIds).toEqual([]);
    expect(article?.url).toBe('https://www.middleeastmonitor.com/');
    expect(JSON.stringify(article)).toContain('own URL is not recorded');
  });

  it('dates the events as the seed notes allow, with precisions that say what is known', () => {
    expect(article?.published).toBe('2022-08-24');
    expect(eventById('ev-2022-08-23-us-strikes-deir-ez-zor')).toMatchObject({
      kind: 'strike',
      start: '2022-08-23',
      precision: 'day',
      featureIds: ['deir-ez-zor-governorate'],
    });
    expect(eventById('ev-2022-08-15-attacks-on-us-personnel')).toMatchObject({ kind: 'attack', start: '2022-08-15', precision: 'day' });
    expect(eventById('ev-2021-06-us-strikes-syria-iraq')).toMatchObject({ kind: 'strike', start: '2021-06', precision: 'month' });
    expect(eventById('ev-us-forces-first-deployed-to-syria')).toMatchObject({
      kind: 'deployment',
      start: '2009-01-20',
      end: '2017-01-20',
      // The article says only "during the Obama administration": some time within its term, not lasting through it.
      precision: 'between',
    });
    expect(eventById('ev-2022-08-24-pro-iranian-groups-west-of-euphrates')).toMatchObject({
      kind: 'presence',
      start: '2022-08-24',
      featureIds: ['euphrates', 'divide-west-bank', 'al-bukamal-crossing', 'supply-route'],
    });
  });

  it('names actors only as the article does', () => {
    const actors = new Set(raw.events.flatMap((e) => e.actors));
    for (const actor of actors) {
      const name = actor.replace(/ \(SDF\)$/, '');
      expect(article?.text, actor).toContain(name);
    }
  });

  it('cites an excerpt on every mission feature the article speaks of, with short cited labels on the banks', () => {
    const byId = new Map(raw.features.features.map((f) => [f.id, f.properties]));
    for (const id of ['deir-ez-zor', 'deir-ez-zor-governorate', 'euphrates', 'divide-west-bank', 'divide-east-bank', 'al-bukamal', 'al-bukamal-crossing', 'supply-route']) {
      expect(byId.get(id)?.excerptIds.length, id).toBeGreaterThan(0);
    }
    expect(byId.get('divide-east-bank')?.excerptIds).toEqual(['x-900-soldiers']);
    expect(byId.get('divide-east-bank')?.label).toContain('“in the east”');
    expect(byId.get('divide-west-bank')?.label).toContain('Pro-Iranian groups');
  });
});
