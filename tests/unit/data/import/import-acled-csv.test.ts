import { describe, expect, it } from 'vitest';
import { importDataset } from '../../../../src/data/import/import-dataset';
import { loadAnyDataset } from '../../../../src/data/import/load-any-dataset';
import type { TimedEvent } from '../../../../src/domain/loaded-dataset';
import { convertedValue, expectSound, fixtureText, importFixture, loadFixture, problemsOf, TODAY } from './fixtures';

const MAIN = 'acled-deir-ez-zor-synthetic.csv';
const HEADER =
  'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,' +
  'assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,' +
  'geo_precision,source,source_scale,notes,fatalities,tags,timestamp';

/** One CSV row of the current export format, from the fields that matter to a test. */
function acledRow(fields: { id: string; date?: string; notes?: string; lat?: string; lon?: string; tp?: string; gp?: string }): string {
  const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;
  return [
    fields.id, fields.date ?? '2022-08-23', '2022', fields.tp ?? '1', 'Political violence', 'Battles', 'Armed clash',
    'Test Armed Group A', '', '3', '', '', '', '30', '', '760', 'Middle East', 'Syria', 'Deir ez-Zor', 'Deir ez-Zor',
    'Deir ez-Zor', 'Deir ez-Zor', fields.lat ?? '35.3359', fields.lon ?? '40.1408', fields.gp ?? '1', 'Test Observatory',
    'Subnational', quote(fields.notes ?? 'Synthetic test notes.'), '0', '', '1660000000',
  ].join(',');
}

function eventById(events: readonly TimedEvent[], id: string): TimedEvent {
  const event = events.find((e) => e.id === id);
  if (event === undefined) throw new Error(`no event ${id}`);
  return event;
}

describe('ACLED CSV import', () => {
  it('turns every row into an event that passes the loader, citing ACLED’s notes verbatim', () => {
    const result = loadFixture(MAIN);
    expect(result.format).toBe('ACLED CSV');
    const { dataset } = result;
    expect(dataset.events).toHaveLength(36);
    expect(dataset.articles).toHaveLength(36);
    expectSound(dataset);

    const event = eventById(dataset.events, 'SYR90002');
    expect(event).toMatchObject({
      title: 'Attack in Hajin',
      kind: 'Violence against civilians',
      start: '2022-03-07',
      precision: 'day',
      actors: ['Unidentified Armed Group (Syria)', 'Civilians (Syria)', 'Test Farmers (Syria)'],
      attributes: { sub_event_type: 'Attack', fatalities: 4, admin1: 'Deir ez-Zor', admin3: 'Hajin', civilian_targeting: 'Civilian targeting' },
    });
    const record = dataset.articles.find((a) => a.id === 'r-SYR90002');
    // "Who said so" reads "ACLED, citing Example Monitor".
    expect(record).toMatchObject({ kind: 'record', publisher: 'ACLED', via: 'Example Monitor', title: 'ACLED SYR90002', published: '2022-08-10' });
    // The day of the row's last change; the exact Unix time stays an attribute.
    expect(event.attributes?.['timestamp']).toBe(1660172800);
    const excerpt = dataset.excerpts.find((x) => x.id === event.excerptIds[0]);
    expect(excerpt?.quote).toBe(record?.text);
  });

  it('keeps quoted notes with commas, doubled quotes, line breaks and Arabic exactly as written', () => {
    const { dataset } = loadFixture(MAIN);
    const text = (id: string) => dataset.articles.find((a) => a.id === `r-${id}`)?.text;
    expect(text('SYR90028')).toBe(
      'Synthetic test record 28: on 1 February 2022, Protesters (Syria) and an unnamed group were reported near Al Busayrah, ' +
        '"details unverified", according to the test source.\nA second paragraph of the test notes, after a line break; ' +
        'it mentions "quotes", commas, and a semicolon. اختبار: سجل تجريبي عن حادث في ريف دير الزور، لا يصف حدثًا حقيقيًا',
    );
    // Every record's text is a notes cell of the file, character for character.
    const raw = fixtureText(MAIN);
    for (const article of dataset.articles.filter((a) => a.note === undefined)) {
      expect(raw.includes(article.text.replace(/"/g, '""'))).toBe(true);
    }
  });

  it('maps time_precision 1, 2 and 3 to a day, some time within 6 days either side, and the month', () => {
    const { dataset } = loadFixture(MAIN);
    expect(eventById(dataset.events, 'SYR90001')).toMatchObject({ start: '2022-02-04', precision: 'day' });
    expect(eventById(dataset.events, 'SYR90004')).toMatchObject({
      start: '2022-05-07',
      end: '2022-05-19',
      precision: 'between',
      attributes: { event_date: '2022-05-13' },
    });
    expect(eventById(dataset.events, 'SYR90004').note).toMatch(/time_precision 2/);
    expect(eventById(dataset.events, 'SYR90005')).toMatchObject({ start: '2022-06', precision: 'month', attributes: { event_date: '2022-06-15' } });
    const between = eventById(dataset.events, 'SYR90004');
    expect(between.endMs - between.startMs).toBe(13 * 86_400_000);
  });

  it('makes one point per place and precision, approximate where geo_precision is 2 or 3, saying what the code means', () => {
    const { dataset } = loadFixture(MAIN);
    const features = dataset.features.features;
    // 6 places, each coded at geo_precision 1, 2 and 3 somewhere in the file.
    expect(features).toHaveLength(18);
    const hajin = features.filter((f) => f.properties.name === 'Hajin');
    expect(hajin.map((f) => [f.id, f.properties.approximate])).toEqual([
      ['loc-34.6946_40.8316-gp2', true],
      ['loc-34.6946_40.8316-gp3', true],
      ['loc-34.6946_40.8316', false],
    ]);
    expect(hajin[0]!.properties.sources).toMatch(/^ACLED geo_precision 2: near the named town/);
    expect(hajin[1]!.properties.sources).toMatch(/^ACLED geo_precision 3: a larger region/);
    expect(hajin[2]!.geometry).toEqual({ type: 'Point', coordinates: [40.8316, 34.6946] });
    const atHajin = dataset.events.filter((e) => e.featureIds[0] === 'loc-34.6946_40.8316-gp2');
    expect(atHajin.length).toBeGreaterThan(1);
  });

  it('builds a record from the row’s own fields for a row without notes, and says so', () => {
    const result = loadFixture(MAIN);
    const record = result.dataset.articles.find((a) => a.id === 'r-SYR90033');
    expect(record?.text).toBe(
      'event_type: Protests\nsub_event_type: Peaceful protest\nevent_date: 2022-07-16\nlocation: Abu Kamal\nactor1: Protesters (Syria)\nfatalities: 1',
    );
    expect(record?.note).toMatch(/no notes/);
    expect(result.warnings).toEqual([
      { path: '$', message: "row 34 has no notes: its source record lists the row's own fields instead of ACLED's summary" },
    ]);
  });

  it('reads an older export: DD Month YYYY dates, old columns, none of the 2023 ones', () => {
    const { dataset, warnings } = loadFixture('acled-old-export.csv');
    expect(warnings).toEqual([]);
    expect(dataset.events.map((e) => [e.id, e.start, e.end, e.precision])).toEqual([
      ['SYR5001', '2019-03-14', undefined, 'day'],
      ['SYR5002', '2019-03-14', '2019-03-26', 'between'],
      ['SYR5003', '2019-04', undefined, 'month'],
    ]);
    expect(dataset.events[0]!.attributes).not.toHaveProperty('disorder_type');
  });

  it('tolerates capitalised column names and a semicolon-separated file', () => {
    const text = `${HEADER.toUpperCase().replace(/,/g, ';')}\n${acledRow({ id: 'SYR1' }).replace(/,/g, ';')}\n`;
    const result = loadAnyDataset(text, 'old.csv', { today: TODAY });
    expect(result.ok && result.dataset.events.map((e) => e.id)).toEqual(['SYR1']);
  });

  it('leaves broken rows out, naming each by row and column, and loads the rest', () => {
    const result = loadFixture('acled-broken-rows.csv');
    expect(result.dataset.events.map((e) => e.id)).toEqual(['SYR1', 'SYR9', 'SYR11']);
    expect(result.warnings).toMatchObject([
      { path: '$', message: '8 rows were left out because they could not be read (listed below); the other 3 loaded' },
      { path: 'row 3, event_date', message: '"2022-02-30" is not a real date (February 2022 has 28 days)' },
      { path: 'row 4, latitude', message: '95.5 is outside -90…90 (are latitude and longitude swapped?)' },
      { path: 'row 5, time_precision', message: '"4" is not 1, 2 or 3' },
      { path: 'row 6, event_id_cnty', message: '"SYR1" is also the id of row 2; only the first is kept' },
      { path: 'row 7, event_type', message: 'is empty: every ACLED event has an event type' },
      { path: 'row 8, event_date', message: '"31 June 2022" is not a real date' },
      { path: 'row 9, longitude', message: '"forty" is not a number' },
      { path: 'row 11', message: 'has 4 fields where the header has 31 (a comma or quote out of place?); the row is left out' },
    ]);
    // Rows after a multi-line quoted field keep their spreadsheet numbers.
    expect(result.dataset.events[2]!.start).toBe('2022-03-12');
  });

  it('lists at most 50 problems of rows left out, then counts the rest', () => {
    const rows = Array.from({ length: 80 }, (_, k) => acledRow({ id: `SYR${k}`, date: k === 0 ? '2022-01-01' : '2022-13-01' }));
    const result = loadAnyDataset([HEADER, ...rows].join('\n'), 'many.csv');
    if (!result.ok) throw new Error('expected the good row to load');
    expect(result.warnings[0]).toMatchObject({ path: '$', message: '79 rows were left out because they could not be read (listed below); the other 1 loaded' });
    expect(result.warnings).toHaveLength(52);
    expect(result.warnings.at(-1)).toMatchObject({ path: '$', message: 'and 29 more problems in rows left out (only the first 50 are listed)' });
  });

  it('refuses a CSV without the essential columns, naming what is missing and what was found', () => {
    expect(problemsOf(importFixture('acled-missing-columns.csv'))).toMatchObject([
      {
        path: '$',
        message:
          'looks like an ACLED export but lacks the columns notes, source (an ACLED export needs event_id_cnty, event_date, ' +
          'event_type, latitude, longitude, notes, source; found event_id_cnty, event_date, event_type, sub_event_type, latitude, longitude, fatalities)',
      },
    ]);
  });

  it('refuses a file whose rows are all broken, or that has no rows', () => {
    const broken = importDataset(`${HEADER}\n${acledRow({ id: 'SYR1', lat: 'north' })}\n`, 'x.csv');
    expect(problemsOf(broken)).toMatchObject([
      { path: '$', message: 'none of its 1 row could be read:' },
      { path: 'row 2, latitude', message: '"north" is not a number' },
    ]);
    expect(problemsOf(importDataset(`${HEADER}\n\n`, 'x.csv'))).toMatchObject([{ path: '$', message: 'has the columns of an ACLED export but no rows' }]);
  });

  it('keeps the rows before a quote that never closes, and says where it opened', () => {
    const last = acledRow({ id: 'SYR3' }).replace('"Synthetic test notes.",0,,1660000000', '"Synthetic test notes cut short');
    const cut = [HEADER, acledRow({ id: 'SYR1' }), acledRow({ id: 'SYR2' }), last].join('\n');
    const result = loadAnyDataset(cut, 'cut.csv');
    if (!result.ok) throw new Error('expected the first rows to load');
    expect(result.dataset.events.map((e) => e.id)).toEqual(['SYR1', 'SYR2']);
    expect(result.warnings[0]).toMatchObject({
      path: 'row 4',
      message: 'a quoted field opens here and never closes (is the file cut short?): this row and everything after it were read as one field and left out',
    });
  });

  it('reads multi-byte notes that straddle the parser’s pieces without breaking a character', () => {
    // Long Arabic notes make the file several of papaparse's 1 MB pieces, cut mid-row and mid-field.
    const arabic = 'اختبار: سجل تجريبي طويل عن حادث في ريف دير الزور، لا يصف حدثًا حقيقيًا. '.repeat(40);
    const rows = Array.from({ length: 1500 }, (_, k) => acledRow({ id: `SYR${k}`, notes: `${k}: ${arabic}\n"${k}"` }));
    const result = loadAnyDataset([HEADER, ...rows].join('\r\n'), 'arabic.csv');
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
    expect(result.dataset.articles).toHaveLength(1500);
    result.dataset.articles.forEach((article, k) => expect(article.text).toBe(`${k}: ${arabic}\n"${k}"`));
    expect(result.warnings).toEqual([]);
  });

  it('gives the same ids for the same file, and ids unique within each collection', () => {
    const first = convertedValue(importFixture(MAIN));
    const second = convertedValue(importFixture(MAIN));
    expect(second).toEqual(first);
    expectSound(first);
    // The dataset is dated by the newest ACLED timestamp, not by the day of the import.
    expect(first.updated).toBe('2022-09-13');
  });
});
