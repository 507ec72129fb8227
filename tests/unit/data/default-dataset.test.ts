/**
 * The default dataset (geo-data/datasets/deir-ez-zor-2022.json): it loads, and, checked
 * independently of the loader by reading the JSON file itself, every quote is the exact text at
 * its offsets and every reference resolves. It is also exactly what the builder makes today.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/load-dataset';
import { parseIsoDate } from '../../../src/domain/parse-iso-date';
import { buildDefaultDatasetText } from '../../../geo-data/build/build-default-dataset';

const ROOT = new URL('../../../', import.meta.url);
const TEXT = readFileSync(new URL('geo-data/datasets/deir-ez-zor-2022.json', ROOT), 'utf8');

interface Raw {
  articles: { id: string; text: string; url: string; published: string; ignore: { start: number; end: number; reason: string }[] }[];
  excerpts: { id: string; articleId: string; start: number; end: number; quote: string }[];
  events: {
    id: string;
    title: string;
    kind: string;
    start: string;
    end?: string;
    precision: string;
    actors: string[];
    featureIds: string[];
    excerptIds: string[];
  }[];
  features: { type: string; features: { id: string; properties: { excerptIds: string[]; label?: string } }[] };
  stories?: {
    id: string;
    title: string;
    title_ar?: string;
    steps: {
      title: string;
      title_ar?: string;
      text: string;
      text_ar?: string;
      eventId?: string;
      featureId?: string;
      excerptId?: string;
      time?: string;
      window?: { start: string; end: string };
    }[];
  }[];
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

describe('the default dataset’s story', () => {
  const story = raw.stories?.find((s) => s.id === 'us-presence-in-eastern-syria');
  const steps = story?.steps ?? [];
  const loaded = loadDataset(TEXT);
  const timed = new Map(loaded.ok ? loaded.dataset.events.map((e) => [e.id, e]) : []);

  it('goes through the five events in order, each step naming an event or an excerpt that exists, in both languages', () => {
    expect(story?.title).toBe('US forces and Iran-backed groups in eastern Syria');
    expect(story?.title_ar).toBeTruthy();
    expect(steps.map((step) => step.eventId)).toEqual([
      'ev-us-forces-first-deployed-to-syria',
      'ev-2021-06-us-strikes-syria-iraq',
      'ev-2022-08-15-attacks-on-us-personnel',
      'ev-2022-08-23-us-strikes-deir-ez-zor',
      'ev-2022-08-24-pro-iranian-groups-west-of-euphrates',
    ]);
    for (const [n, step] of steps.entries()) {
      const named = [step.eventId !== undefined && eventById(step.eventId), step.excerptId !== undefined && raw.excerpts.some((x) => x.id === step.excerptId)];
      expect(named.filter(Boolean), `step ${n}`).toHaveLength(1);
      expect(step.featureId, `step ${n}`).toBeUndefined();
      for (const text of [step.title, step.title_ar, step.text, step.text_ar]) expect(text?.trim(), `step ${n}`).toBeTruthy();
    }
  });

  it('shows each step’s event on the timeline: its moment falls in the event, or its window overlaps it', () => {
    expect(steps).toHaveLength(5);
    for (const [n, step] of steps.entries()) {
      const event = step.eventId === undefined ? undefined : timed.get(step.eventId);
      if (event === undefined) continue;
      const from = parseIsoDate(step.time ?? step.window?.start ?? '');
      const to = parseIsoDate(step.time ?? step.window?.end ?? '');
      if (!from.ok || !to.ok) throw new Error(`step ${n} has neither a time nor a window`);
      if (step.time !== undefined) expect(event.startMs <= from.startMs && from.startMs < event.endMs, `step ${n}`).toBe(true);
      else expect(from.startMs < event.endMs && event.startMs < to.endMs, `step ${n}`).toBe(true);
    }
  });

  /** Western digits for Arabic-Indic ones (each script's zero sits at a multiple of 16: U+0030, U+0660, U+06F0). */
  const digits = (text: string) => text.replace(/\p{Nd}/gu, (d) => String(d.charCodeAt(0) % 16));
  const words = (text: string) => [...text.matchAll(/[\p{L}\p{N}]+/gu)];
  const numbers = (text: string) => digits(text).match(/\d+/g) ?? [];

  it('says in its texts no number and no name that the excerpts it cites (or its event’s title) do not', () => {
    expect(steps).toHaveLength(5);
    for (const [n, step] of steps.entries()) {
      const event = step.eventId === undefined ? undefined : eventById(step.eventId);
      const cited = event?.excerptIds ?? (step.excerptId === undefined ? [] : [step.excerptId]);
      const sources = [...cited.map((id) => raw.excerpts.find((x) => x.id === id)?.quote ?? ''), event?.title ?? ''].join('\n');
      const sourceWords = new Set(words(sources).map((m) => m[0]));
      const lowerWords = new Set([...sourceWords].map((w) => w.toLowerCase()));
      for (const number of [...numbers(step.text), ...numbers(step.text_ar ?? '')]) {
        expect(numbers(sources), `step ${n}: ${number}`).toContain(number);
      }
      for (const match of words(step.text)) {
        const word = match[0];
        if (word[0] === word[0]!.toLowerCase()) continue;
        // A sentence's first word is capitalised as a sentence's: it need only be a word of the sources.
        const opensSentence = /(^|[.!?]\s+)$/.test(step.text.slice(0, match.index));
        expect(opensSentence ? lowerWords.has(word.toLowerCase()) || /^(The|A|An|In|On)$/.test(word) : sourceWords.has(word), `step ${n}: ${word}`).toBe(true);
      }
    }
  });
});
