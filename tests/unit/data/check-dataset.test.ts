/**
 * One failing case for each rule the loader enforces beyond the schema: a copy of the default
 * dataset with one thing broken, and the path and reason the loader gives for it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/load-dataset';
import type { DataProblem } from '../../../src/domain/loaded-dataset';

interface RawDataset {
  articles: { id: string; url: string; text: string; published: string; ignore: { start: number; end: number }[] }[];
  excerpts: { id: string; articleId: string; start: number; end: number; quote: string }[];
  events: { id: string; start: string; end?: string; precision: string; featureIds: string[]; excerptIds: string[] }[];
  features: {
    features: {
      id: string;
      geometry: { type: string; coordinates: unknown };
      properties: { excerptIds: string[] };
    }[];
  };
  [key: string]: unknown;
}

const DEFAULT_TEXT = readFileSync(new URL('../../../geo-data/datasets/deir-ez-zor-2022.json', import.meta.url), 'utf8');

function fresh(): RawDataset {
  return JSON.parse(DEFAULT_TEXT) as RawDataset;
}

/**
 * The problems of the default dataset after `breakIt`, which must not be none: where and what,
 * in English (their codes are tested with the interface's wording, tests/unit/ui/problem-text.test.ts).
 */
function problemsAfter(breakIt: (d: RawDataset) => void): Pick<DataProblem, 'path' | 'message'>[] {
  const dataset = fresh();
  breakIt(dataset);
  const result = loadDataset(dataset);
  if (result.ok) throw new Error('expected the broken dataset to be refused');
  return result.problems.map(({ path, message }) => ({ path, message }));
}

function at<T>(items: T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`no item ${index}`);
  return item;
}

const featureIndex = (d: RawDataset, id: string): number => d.features.features.findIndex((f) => f.id === id);

describe('loader checks beyond the schema (each on a broken copy of the default dataset)', () => {
  it('the unbroken copy loads', () => {
    expect(loadDataset(fresh()).ok).toBe(true);
  });

  describe('dangling ids', () => {
    it('excerpt → article', () => {
      expect(problemsAfter((d) => (at(d.excerpts, 2).articleId = 'mem-2022-08-24-us-strike-deir-ez-zor'))).toEqual([
        {
          path: 'excerpts[2].articleId',
          message:
            'no article has the id "mem-2022-08-24-us-strike-deir-ez-zor" (did you mean "mem-2022-08-24-us-strikes-deir-ez-zor"?)',
        },
      ]);
    });

    it('event → feature', () => {
      expect(problemsAfter((d) => (at(d.events, 0).featureIds = ['deir-ez-zor-province']))).toEqual([
        { path: 'events[0].featureIds[0]', message: 'no feature has the id "deir-ez-zor-province"' },
      ]);
    });

    it('event → excerpt', () => {
      expect(problemsAfter((d) => at(d.events, 3).excerptIds.push('x-june-2021')))
        .toEqual([{ path: 'events[3].excerptIds[2]', message: 'no excerpt has the id "x-june-2021"' }]);
    });

    it('feature → excerpt', () => {
      const problems = problemsAfter((d) => (at(d.features.features, 2).properties.excerptIds = ['x-euphrates']));
      expect(problems).toEqual([
        { path: 'features.features[2].properties.excerptIds[0]', message: 'no excerpt has the id "x-euphrates"' },
      ]);
    });
  });

  describe('duplicate ids within a collection', () => {
    it.each([
      ['excerpts', (d: RawDataset) => (at(d.excerpts, 5).id = at(d.excerpts, 1).id), 'excerpts[5].id', 'excerpts[1]'],
      ['events', (d: RawDataset) => (at(d.events, 4).id = at(d.events, 0).id), 'events[4].id', 'events[0]'],
      [
        'features',
        (d: RawDataset) => (at(d.features.features, 7).id = at(d.features.features, 6).id),
        'features.features[7].id',
        'features.features[6]',
      ],
      [
        'articles',
        (d: RawDataset) => d.articles.push({ ...at(d.articles, 0) }),
        'articles[1].id',
        'articles[0]',
      ],
    ])('%s', (_name, breakIt, path, first) => {
      const problems = problemsAfter(breakIt);
      expect(problems).toContainEqual({ path, message: expect.stringContaining(`is already the id of ${first}`) });
    });
  });

  it('a quote that does not match its offsets, saying what the text there is', () => {
    const problems = problemsAfter((d) => {
      const x = at(d.excerpts, 1);
      x.start += 4;
      x.end += 4;
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('excerpts[1].quote');
    expect(problems[0]?.message).toMatch(/^does not match the article text at 294–481, which reads "Iranian groups are largely .{20,}…"/);
    expect(problems[0]?.message).toContain('the quote is found at 290–477 instead');
  });

  it('a quote that differs only typographically (straight quotes for curly ones)', () => {
    const problems = problemsAfter((d) => {
      const x = at(d.excerpts, 2);
      x.quote = x.quote.replace('“', '"');
    });
    expect(problems[0]?.message).toContain('only if quotation marks, dashes or spaces are ignored');
  });

  it('offsets outside the text', () => {
    const length = fresh().articles[0]?.text.length ?? 0;
    expect(problemsAfter((d) => (at(d.excerpts, 0).end = length + 5))).toEqual([
      { path: 'excerpts[0].end', message: `${length + 5} is past the end of the article text (${length} characters)` },
    ]);
    expect(problemsAfter((d) => Object.assign(at(d.excerpts, 0), { start: length, end: length + 3 }))).toEqual([
      { path: 'excerpts[0].start', message: `${length} is past the end of the article text (${length} characters)` },
    ]);
    expect(problemsAfter((d) => (at(at(d.articles, 0).ignore, 2).end = length + 1))).toEqual([
      { path: 'articles[0].ignore[2].end', message: `${length + 1} is past the end of the article text (${length} characters)` },
    ]);
  });

  describe('end before start', () => {
    it('excerpt offsets', () => {
      expect(problemsAfter((d) => Object.assign(at(d.excerpts, 0), { start: 288, end: 73 }))).toEqual([
        { path: 'excerpts[0].end', message: '73 is before start 288; end is the offset just after the last character' },
      ]);
    });

    it('ignore ranges', () => {
      expect(problemsAfter((d) => Object.assign(at(at(d.articles, 0).ignore, 1), { start: 1137, end: 1078 }))).toEqual([
        { path: 'articles[0].ignore[1].end', message: '1078 is before start 1137; end is the offset just after the last character' },
      ]);
    });

    it('event dates', () => {
      expect(problemsAfter((d) => (at(d.events, 4).end = '2008-12'))).toEqual([
        { path: 'events[4].end', message: '"2008-12" is before start "2009-01-20"' },
      ]);
    });
  });

  it('an excerpt that quotes collection debris', () => {
    const problems = problemsAfter((d) =>
      Object.assign(at(d.excerpts, 0), { start: 1078, end: 1137, quote: 'US: Syrian regime responsible for chemical attack in Ghouta' }),
    );
    expect(problems).toEqual([
      {
        path: 'excerpts[0]',
        message: expect.stringContaining('marks as not article content in ignore[1] (inline headline of an unrelated article'),
      },
    ]);
  });

  describe('dates', () => {
    it('a date that does not exist', () => {
      expect(problemsAfter((d) => (at(d.events, 3).start = '2022-13'))).toEqual([
        { path: 'events[3].start', message: '"2022-13" is not a real date (there is no month 13)' },
      ]);
      expect(problemsAfter((d) => Object.assign(at(d.events, 0), { start: '2022-13-01' }))).toEqual([
        { path: 'events[0].start', message: '"2022-13-01" is not a real date (there is no month 13)' },
      ]);
      expect(problemsAfter((d) => (at(d.articles, 0).published = '2022-02-30'))).toEqual([
        { path: 'articles[0].published', message: '"2022-02-30" is not a real date (February 2022 has 28 days)' },
      ]);
      expect(problemsAfter((d) => (d['updated'] = '2026-04-31'))).toEqual([
        { path: 'updated', message: '"2026-04-31" is not a real date (April 2026 has 30 days)' },
      ]);
    });

    it('a precision that disagrees with the date', () => {
      expect(problemsAfter((d) => (at(d.events, 3).precision = 'day'))).toEqual([
        {
          path: 'events[3].start',
          message: '"2021-06" is a month, but precision "day" needs a full date such as 2022-08-23 (or set precision to "month")',
        },
      ]);
    });

    it('a range or between without end, and an end without either', () => {
      expect(problemsAfter((d) => delete at(d.events, 4).end)).toEqual([
        { path: 'events[4].end', message: expect.stringContaining('precision "between" needs an end') },
      ]);
      expect(problemsAfter((d) => ((at(d.events, 4).precision = 'range'), delete at(d.events, 4).end))).toEqual([
        { path: 'events[4].end', message: expect.stringContaining('precision "range" needs an end') },
      ]);
      expect(problemsAfter((d) => (at(d.events, 0).end = '2022-08-24'))).toEqual([
        { path: 'events[0].end', message: expect.stringContaining('only allowed when precision is "range" or "between"') },
      ]);
    });
  });

  it('coordinates out of range', () => {
    const problems = problemsAfter((d) => {
      at(d.features.features, featureIndex(d, 'deir-ez-zor')).geometry.coordinates = [35.33, 140.13];
      at(d.features.features, featureIndex(d, 'al-bukamal')).geometry.coordinates = [-181, 34.45];
    });
    const city = featureIndex(fresh(), 'deir-ez-zor');
    const town = featureIndex(fresh(), 'al-bukamal');
    expect(problems).toEqual([
      {
        path: `features.features[${city}].geometry.coordinates[1]`,
        message: expect.stringMatching(/^latitude must be between -90 and 90; .* \(found the number 140\.13\)$/),
      },
      {
        path: `features.features[${town}].geometry.coordinates[0]`,
        message: expect.stringMatching(/^longitude must be between -180 and 180; .* \(found the number -181\)$/),
      },
    ]);
  });

  it('a polygon ring that is not closed', () => {
    const index = featureIndex(fresh(), 'deir-ez-zor-governorate');
    const problems = problemsAfter((d) => {
      const rings = at(d.features.features, index).geometry.coordinates as number[][][];
      at(rings, 0).pop();
    });
    expect(problems).toEqual([
      { path: `features.features[${index}].geometry.coordinates[0]`, message: expect.stringContaining('must end at the same position') },
    ]);
  });

  it.each([
    ['javascript:alert(document.cookie)', 'only http:// and https:// links are allowed; a "javascript:" link is refused'],
    ['data:text/html;base64,PHNjcmlwdD4=', 'only http:// and https:// links are allowed; a "data:" link is refused'],
    ['www.middleeastmonitor.com', 'must be a full link starting with http:// or https://'],
  ])('an unsafe or unusable url: %s', (url, reason) => {
    expect(problemsAfter((d) => (at(d.articles, 0).url = url))).toEqual([
      { path: 'articles[0].url', message: `${reason} (found ${JSON.stringify(url)})` },
    ]);
  });

  it('invalid JSON, with line and column', () => {
    const broken = DEFAULT_TEXT.replace('"version": 1,', '"version": 1,,');
    const result = loadDataset(broken);
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          path: '$',
          message: 'is not valid JSON: line 2, column 16: expected a property name in double quotes, found \',\'',
          code: 'jsonSyntax',
          params: { line: 2, column: 16, reason: 'expectedName', found: 'quoted', token: ',' },
        },
      ],
    });
  });

  it('ids that are also names of object machinery (__proto__, constructor) are ids like any other', () => {
    const dataset = fresh();
    const excerpt = at(dataset.excerpts, 0);
    for (const event of dataset.events) event.excerptIds = event.excerptIds.map((id) => (id === excerpt.id ? '__proto__' : id));
    for (const feature of dataset.features.features) {
      feature.properties.excerptIds = feature.properties.excerptIds.map((id) => (id === excerpt.id ? '__proto__' : id));
    }
    excerpt.id = '__proto__';
    // The default story's steps follow the events they name.
    const steps = (dataset['stories'] as { steps: { eventId?: string }[] }[]).flatMap((story) => story.steps);
    const renameEvent = (index: number, id: string) => {
      for (const step of steps) if (step.eventId === at(dataset.events, index).id) step.eventId = id;
      at(dataset.events, index).id = id;
    };
    renameEvent(1, 'constructor');
    expect(loadDataset(dataset).ok).toBe(true);
    renameEvent(2, 'constructor');
    expect(problemsAfter((d) => Object.assign(d, dataset))).toEqual([
      { path: 'events[2].id', message: '"constructor" is already the id of events[1]; ids must be unique among the events' },
    ]);
  });

  describe('stories', () => {
    /** Gives the copy one story of these steps, `more` stories after it. */
    const tell = (d: RawDataset, steps: Record<string, unknown>[], ...more: Record<string, unknown>[]) => {
      d['stories'] = [{ id: 'story', title: 'A story', steps }, ...more];
    };

    it('a copy with a story whose steps resolve loads, its story as written', () => {
      const d = fresh();
      const steps = [
        { title: 'One', eventId: 'ev-2021-06-us-strikes-syria-iraq', window: { start: '2021-06', end: '2021-06' } },
        { title: 'Two', featureId: 'al-bukamal-crossing', time: '2022-08-24', camera: { center: [40.9, 34.4], zoom: 8 } },
        { title: 'Three', text: 'Plain <b>text</b>', excerptId: 'x-900-soldiers', filters: { kinds: ['strike'], actors: ['United States'] } },
      ];
      tell(d, steps);
      const result = loadDataset(d);
      expect(result.ok ? [] : result.problems).toEqual([]);
      // `text` is the one field with a default.
      expect(result.ok && result.dataset.stories).toEqual([
        { id: 'story', title: 'A story', steps: steps.map((step) => ({ text: '', ...step })) },
      ]);
    });

    it('a step that names an event, a place or an excerpt that does not exist (with the closest id)', () => {
      expect(
        problemsAfter((d) =>
          tell(d, [
            { title: 'a', eventId: 'ev-2022-08-23-us-strike-deir-ez-zor' },
            { title: 'b', featureId: 'al-bukamal-border' },
            { title: 'c', excerptId: 'x-june-2021' },
          ]),
        ),
      ).toEqual([
        {
          path: 'stories[0].steps[0].eventId',
          message: 'no event has the id "ev-2022-08-23-us-strike-deir-ez-zor" (did you mean "ev-2022-08-23-us-strikes-deir-ez-zor"?)',
        },
        { path: 'stories[0].steps[1].featureId', message: 'no feature has the id "al-bukamal-border"' },
        { path: 'stories[0].steps[2].excerptId', message: 'no excerpt has the id "x-june-2021"' },
      ]);
    });

    it('a step that names more than one thing to select', () => {
      expect(
        problemsAfter((d) =>
          tell(d, [
            { title: 'a', eventId: 'ev-2021-06-us-strikes-syria-iraq' },
            { title: 'b', eventId: 'ev-2021-06-us-strikes-syria-iraq', excerptId: 'x-june-last-year' },
            { title: 'c', eventId: 'ev-2021-06-us-strikes-syria-iraq', featureId: 'al-bukamal', excerptId: 'x-june-last-year' },
          ]),
        ),
      ).toEqual([
        { path: 'stories[0].steps[1]', message: 'name at most one of eventId, featureId, excerptId (this step names eventId and excerptId)' },
        {
          path: 'stories[0].steps[2]',
          message: 'name at most one of eventId, featureId, excerptId (this step names eventId, featureId and excerptId)',
        },
      ]);
    });

    it('a window that ends before it starts, compared as the spans its dates cover', () => {
      expect(problemsAfter((d) => tell(d, [{ title: 'a', window: { start: '2021-06', end: '2021-05-31' } }]))).toEqual([
        { path: 'stories[0].steps[0].window.end', message: '"2021-05-31" is before start "2021-06"' },
      ]);
      // The last day of a window may lie inside its first month, or be its first day.
      for (const window of [{ start: '2021-06-15', end: '2021-06' }, { start: '2021-06-15', end: '2021-06-15' }, { start: '2021', end: '2021-01' }]) {
        const d = fresh();
        tell(d, [{ title: 'a', window }]);
        expect(loadDataset(d).ok, JSON.stringify(window)).toBe(true);
      }
    });

    it('a step date that does not exist', () => {
      expect(
        problemsAfter((d) => tell(d, [{ title: 'a', time: '2022-02-29' }, { title: 'b', window: { start: '2022-13', end: '2023' } }])),
      ).toEqual([
        { path: 'stories[0].steps[0].time', message: '"2022-02-29" is not a real date (February 2022 has 28 days)' },
        { path: 'stories[0].steps[1].window.start', message: '"2022-13" is not a real date (there is no month 13)' },
      ]);
    });

    it('two stories with the same id', () => {
      const other = { id: 'story', title: 'Another', steps: [{ title: 'x' }] };
      expect(problemsAfter((d) => tell(d, [{ title: 'a' }], { ...other, id: 'second' }, other))).toEqual([
        { path: 'stories[2].id', message: '"story" is already the id of stories[0]; ids must be unique among the stories' },
      ]);
    });

    it('a misspelt field of a step, with the field meant', () => {
      expect(problemsAfter((d) => tell(d, [{ title: 'a', evenId: 'ev-2021-06-us-strikes-syria-iraq' }]))).toEqual([
        { path: 'stories[0].steps[0].evenId', message: 'is not a field of this format; did you mean "eventId"?' },
      ]);
    });

    it('checks stories in a file the schema refuses too, listing their problems after those of the events', () => {
      const problems = problemsAfter((d) => {
        tell(d, [{ title: 'a', eventId: 'nope' }, { title: 'b', window: { start: '2022', end: '2021' } }]);
        at(d.events, 0).start = '2022-13-01';
        (at(d.events, 1) as Record<string, unknown>)['kind'] = '';
      });
      expect(problems.map((p) => p.path)).toEqual([
        'events[0].start',
        'events[1].kind',
        'stories[0].steps[0].eventId',
        'stories[0].steps[1].window.end',
      ]);
    });
  });

  it('a misspelt field', () => {
    expect(
      problemsAfter((d) => {
        const article = at(d.articles, 0) as unknown as Record<string, unknown>;
        article['vai'] = article['via'];
        delete article['via'];
      }),
    ).toEqual([{ path: 'articles[0].vai', message: 'is not a field of this format; did you mean "via"?' }]);
  });
});
