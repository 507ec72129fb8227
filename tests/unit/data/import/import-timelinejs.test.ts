import { describe, expect, it } from 'vitest';
import { importDataset } from '../../../../src/data/import/import-dataset';
import { loadAnyDataset } from '../../../../src/data/import/load-any-dataset';
import { expectSound, importFixture, loadFixture, problemsOf, TODAY } from './fixtures';

const JSON_FIXTURE = 'timelinejs3-synthetic.json';
const SHEET_FIXTURE = 'timelinejs-sheet-synthetic.csv';

describe('TimelineJS3 JSON import', () => {
  it('turns slides into events without a place, that pass the loader; the title slide titles the dataset', () => {
    const result = loadFixture(JSON_FIXTURE);
    expect(result.format).toBe('TimelineJS3 JSON');
    const { dataset } = result;
    expectSound(dataset);
    expect(dataset.title).toBe('A synthetic test timeline');
    expect(dataset.description).toBe('Test data for the importer: no real events.\n\nSecond paragraph & more.');
    expect(dataset.features.features).toEqual([]);
    expect(dataset.events.every((e) => e.featureIds.length === 0)).toBe(true);
  });

  it('takes the precision from the date parts given (numbers written as text too), a range when there is an end', () => {
    const { dataset } = loadFixture(JSON_FIXTURE);
    expect(dataset.events.map((e) => [e.id, e.start, e.end, e.precision, e.kind])).toEqual([
      ['slide-1', '2021', undefined, 'year', 'Politics'],
      ['month-slide', '2021-06', undefined, 'month', 'event'],
      ['slide-3', '2021-07-14', undefined, 'day', 'Security'],
      ['slide-4', '2021-08-01', '2021-08-15', 'range', 'Security'],
      ['month-slide-2', '2022-02-24', undefined, 'day', 'event'],
      ['slide-6', '2022-03', '2022-05', 'range', 'event'],
      ['slide-7', '2022-07-04', undefined, 'day', 'event'],
    ]);
    expect(dataset.events[2]!.attributes).toEqual({ display_date: 'Mid-July 2021', time: '09:30' });
    expect(dataset.events[4]!.attributes).toEqual({ display_date: '24 February' });
    expect(dataset.eras).toEqual([
      { title: 'Test era one', start: '2021', end: '2021-12' },
      { title: 'Test era two', start: '2022-01', end: '2022-06-30' },
    ]);
  });

  it('reads HTML as plain text: no script or style content, links kept as words and address, entities decoded', () => {
    const { dataset } = loadFixture(JSON_FIXTURE);
    const all = JSON.stringify(dataset);
    expect(all).not.toMatch(/<|alert|pwned|color: red|javascript:/);
    expect(dataset.events[1]!.title).toBe('Month only');
    expect(dataset.events[1]!.summary).toBe('Known to the month. After.');
    expect(dataset.events[2]!.title).toBe('Bold headline & entity');
    expect(dataset.events[2]!.summary).toBe('See the test report (https://example.org/report) and this link.\n\none\ntwo');
    expect(dataset.events[4]!.summary).toBe('Text with a line\nbreak and an image.');
    // A slide without a headline is titled by the start of its text.
    expect(dataset.events[5]!.title).toBe('A slide with no headline, only text that is long enough to be cut into a title …');
  });

  it('cites each slide as a record of the timeline: the headline and the plain text, quoted whole', () => {
    const { dataset } = loadFixture(JSON_FIXTURE);
    expect(dataset.articles[2]).toMatchObject({
      kind: 'record',
      publisher: 'A synthetic test timeline',
      title: 'Bold headline & entity',
      text: 'Bold headline & entity\n\nSee the test report (https://example.org/report) and this link.\n\none\ntwo',
    });
    expect(dataset.articles[6]!.text).toBe('Arabic text: اختبار تجريبي\n\nنص تجريبي للاختبار فقط.');
    expect(dataset.excerpts[6]).toMatchObject({ articleId: dataset.articles[6]!.id, start: 0, end: dataset.articles[6]!.text.length });
  });

  it('keeps only http(s) media, with caption and credit as text, and says which were dropped', () => {
    const result = loadFixture(JSON_FIXTURE);
    expect(result.dataset.events.map((e) => e.media ?? null)).toEqual([
      null,
      [{ url: 'http://example.org/photo.jpg', caption: 'A test caption', credit: 'Test Agency' }],
      null,
      // An empty URL is no media at all: nothing to warn about.
      null,
      [{ url: 'https://example.org/video', credit: 'Test Credit', alt: 'A test picture' }],
      null,
      null,
    ]);
    expect(result.warnings).toEqual([
      {
        path: 'events[2].media.url',
        message: '"javascript:alert(document.cookie)": only http:// and https:// links are allowed; a "javascript:" link is refused. The media is left out',
      },
      {
        path: 'events[6].media.url',
        message: '"images/local.jpg": must be a full link starting with http:// or https://. The media is left out',
      },
      { path: 'events[4].unique_id', message: '"month-slide" is the id of an earlier slide too: this one is "month-slide-2"' },
    ]);
  });

  it('leaves broken slides out with their paths and reasons, and loads the rest', () => {
    const result = loadFixture('timelinejs-broken-slides.json');
    expect(result.dataset.events.map((e) => e.title)).toEqual(['The one good slide']);
    expect(result.warnings).toMatchObject([
      { path: '$', message: '8 slides were left out (listed below); the other 1 loaded' },
      { path: 'events[0].start_date.month', message: 'there is no month 13; the slide is left out' },
      { path: 'events[1].start_date.day', message: 'June 2022 has 30 days; the slide is left out' },
      { path: 'events[2].start_date.year', message: 'must be a number, not "abc"; the slide is left out' },
      { path: 'events[3].start_date', message: 'is missing: every slide but the title needs a start date; the slide is left out' },
      { path: 'events[4].end_date', message: 'ends (2022-04) before it starts (2022-05); the slide is left out' },
      { path: 'events[5].text', message: 'has no headline and no text: there are no words to cite; the slide is left out' },
      { path: 'events[6].start_date.year', message: 'year -500 cannot be shown: dates run from year 0 to 9999; the slide is left out' },
      { path: 'events[8]', message: 'must be an object { … }, not "not a slide"; the slide is left out' },
    ]);
  });

  it('refuses a file whose events are not a list, or whose slides all fail', () => {
    expect(problemsOf(importFixture('timelinejs-events-not-a-list.json'))).toMatchObject([
      { path: 'events', message: 'must be a list [ … ] of slides (found an object { … })' },
    ]);
    const none = importDataset(JSON.stringify({ events: [{ text: { headline: 'x' } }] }), 't.json');
    expect(problemsOf(none)).toMatchObject([
      { path: '$', message: 'none of its 1 slide could be read:' },
      { path: 'events[0].start_date', message: 'is missing: every slide but the title needs a start date; the slide is left out' },
    ]);
    expect(problemsOf(importDataset('{"events": []}', 't.json'))).toMatchObject([{ path: '$', message: 'has no slides (events) to show' }]);
  });

  it('names the file as publisher when the timeline has no title', () => {
    const result = loadAnyDataset(JSON.stringify({ events: [{ start_date: { year: 2020 }, text: { headline: 'Only slide' } }] }), 'my-timeline.json', {
      today: TODAY,
    });
    expect(result.ok && [result.dataset.title, result.dataset.articles[0]!.publisher, result.dataset.updated]).toEqual([
      'Timeline from my-timeline.json',
      'my-timeline.json',
      TODAY,
    ]);
  });
});

describe('TimelineJS sheet (CSV) import', () => {
  it('reads the Google-sheet template: title and era rows, slides with their dates, groups, media and time', () => {
    const result = loadFixture(SHEET_FIXTURE);
    expect(result.format).toBe('TimelineJS sheet CSV');
    const { dataset } = result;
    expectSound(dataset);
    expect(dataset.title).toBe('A synthetic test timeline (sheet)');
    expect(dataset.description).toBe('Test data for the sheet importer, not real events.');
    expect(dataset.eras).toEqual([{ title: 'Test era (sheet)', start: '2020-01', end: '2020-06' }]);
    expect(dataset.events.map((e) => [e.title, e.start, e.end, e.precision, e.kind])).toEqual([
      ['Sheet slide one', '2020-03-15', undefined, 'day', 'Group A'],
      ['Sheet slide two', '2020-04', undefined, 'month', 'event'],
      ['Sheet slide three', '2021', '2022', 'range', 'Group B'],
      ['Sheet slide with an unsafe link', '2022-05-01', undefined, 'day', 'event'],
    ]);
    expect(dataset.events[0]).toMatchObject({
      summary: 'Text, with a comma and "quotes"',
      attributes: { time: '10:30' },
      media: [{ url: 'https://example.org/a.jpg', credit: 'Test credit', caption: 'Test caption' }],
    });
    expect(dataset.events[2]!.attributes).toEqual({ display_date: '2021–2022' });
  });

  it('names problems by row and column, as the spreadsheet shows them', () => {
    expect(loadFixture(SHEET_FIXTURE).warnings).toMatchObject([
      { path: '$', message: '1 slide was left out (listed below); the other 4 loaded' },
      { path: 'row 8, Day', message: 'February 2022 has 28 days; the slide is left out' },
      {
        path: 'row 9, Media',
        message: '"javascript:alert(1)": only http:// and https:// links are allowed; a "javascript:" link is refused. The media is left out',
      },
    ]);
    const wrongYear = importDataset('Year,Month,Day,Headline,Text\nnineteen,1,1,A slide,Text\n2020,1,1,Another,Text\n', 'sheet.csv');
    expect(wrongYear.ok && wrongYear.warnings[1]).toEqual({ path: 'row 2, Year', message: 'must be a number, not "nineteen"; the slide is left out' });
  });

  it('refuses a sheet without its Year column, naming what it found', () => {
    expect(problemsOf(importDataset('Headline,Text,Media\nA,B,\n', 'sheet.csv'))).toEqual([
      { path: '$', message: 'looks like a TimelineJS sheet but lacks the column Year (found Headline, Text, Media)' },
    ]);
  });
});
