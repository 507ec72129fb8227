/**
 * The two ways a TimelineJS timeline arrives — TimelineJS3 JSON, and the Google-sheet template
 * saved as CSV — read into slides for `convertTimeline`, each slide knowing how to name its
 * places in a message (`events[3].start_date.day`, or `row 5, Day` for the sheet).
 */
import type { DataProblem } from '../../domain/loaded-dataset';
import { describeValue, describeValueParams, formatPath } from '../problem-wording';
import type { ConvertResult, ImportOptions } from './import-result';
import { brokenRowWording, isBlankRow, rowNumber, type CsvTable } from './read-csv';
import { convertTimeline, type SlideSource } from './timeline-slides';

export function importTimelineJson(value: Record<string, unknown>, fileName: string | undefined, options: ImportOptions = {}): ConvertResult {
  const { events, eras, title, scale } = value;
  if (!Array.isArray(events)) {
    return {
      ok: false,
      problems: [{ path: 'events', message: `must be a list [ … ] of slides (found ${describeValue(events)})`, code: 'slidesNotList', params: describeValueParams(events) }],
    };
  }
  const warnings: DataProblem[] = [];
  if (eras !== undefined && eras !== null && !Array.isArray(eras)) {
    warnings.push({ path: 'eras', message: `must be a list [ … ] (found ${describeValue(eras)}); the eras are left out`, code: 'erasNotList', params: describeValueParams(eras) });
  }
  if (scale === 'cosmological') {
    warnings.push({
      path: 'scale',
      message: 'is "cosmological": only slides dated within the years 0–9999 can be shown; the others are left out',
      code: 'cosmological',
    });
  }
  const at = (prefix: readonly PropertyKey[]) => (path: readonly PropertyKey[]) => formatPath([...prefix, ...path]);
  return convertTimeline(
    {
      title: title !== undefined && title !== null ? { value: title, locate: at(['title']), number: 0 } : undefined,
      slides: events.map((slide: unknown, k) => ({ value: slide, locate: at(['events', k]), number: k + 1 })),
      eras: Array.isArray(eras) ? eras.map((era: unknown, k) => ({ value: era, locate: at(['eras', k]), number: k + 1 })) : [],
      kind: 'TimelineJS',
      warnings,
    },
    fileName,
    options,
  );
}

/** The template's columns (lower case) holding each part of a slide. */
const SHEET_COLUMN: Record<string, string> = {
  'start_date': 'year',
  'start_date.year': 'year',
  'start_date.month': 'month',
  'start_date.day': 'day',
  'end_date': 'end year',
  'end_date.year': 'end year',
  'end_date.month': 'end month',
  'end_date.day': 'end day',
  'display_date': 'display date',
  'text': 'headline',
  'text.headline': 'headline',
  'text.text': 'text',
  'media': 'media',
  'media.url': 'media',
  'media.credit': 'media credit',
  'media.caption': 'media caption',
  'group': 'group',
};

export const TIMELINE_SHEET_REQUIRED_COLUMNS = ['Year', 'Headline'] as const;

/** `10:30` from the template's Time column, as the JSON's hour and minute. */
function readTime(text: string): { hour?: string; minute?: string } {
  const match = /^(\d{1,2}):(\d{2})/.exec(text);
  return match === null ? {} : { hour: match[1], minute: match[2] };
}

export function importTimelineSheet(table: CsvTable, fileName: string | undefined, options: ImportOptions = {}): ConvertResult {
  const { columns, header, rows } = table;
  const missing = TIMELINE_SHEET_REQUIRED_COLUMNS.filter((name) => !columns.has(name.toLowerCase()));
  if (missing.length > 0) {
    return {
      ok: false,
      problems: [
        {
          path: '$',
          message:
            `looks like a TimelineJS sheet but lacks the column${missing.length === 1 ? '' : 's'} ${missing.join(', ')} ` +
            `(found ${header.filter((h) => h.trim() !== '').join(', ')})`,
        },
      ],
    };
  }
  const cell = (row: readonly string[], name: string): string => {
    const at = columns.get(name);
    return at === undefined ? '' : (row[at] ?? '').trim();
  };
  const locateIn = (n: number) => (path: readonly PropertyKey[]) => {
    const column = SHEET_COLUMN[path.map(String).join('.')] ?? SHEET_COLUMN[String(path[0])];
    const at = column === undefined ? undefined : columns.get(column);
    return at === undefined ? `row ${n}` : `row ${n}, ${header[at] ?? column}`;
  };

  const warnings: DataProblem[] = [];
  let title: SlideSource | undefined;
  const slides: SlideSource[] = [];
  const eras: SlideSource[] = [];
  rows.forEach((row, index) => {
    if (isBlankRow(row) || row.every((value) => value.trim() === '')) return;
    const n = rowNumber(index);
    const broken = table.brokenRows.get(index);
    if (broken !== undefined) {
      warnings.push({ path: `row ${n}`, ...brokenRowWording(broken) });
      return;
    }
    const date = (prefix: string) => ({
      year: cell(row, `${prefix}year`),
      month: cell(row, `${prefix}month`),
      day: cell(row, `${prefix}day`),
      ...readTime(cell(row, `${prefix}time`)),
    });
    const value = {
      start_date: cell(row, 'year') === '' && cell(row, 'month') === '' && cell(row, 'day') === '' ? undefined : date(''),
      end_date: cell(row, 'end year') === '' && cell(row, 'end month') === '' && cell(row, 'end day') === '' ? undefined : date('end '),
      display_date: cell(row, 'display date'),
      text: { headline: cell(row, 'headline'), text: cell(row, 'text') },
      media: { url: cell(row, 'media'), credit: cell(row, 'media credit'), caption: cell(row, 'media caption') },
      group: cell(row, 'group'),
    };
    const type = cell(row, 'type').toLowerCase();
    if (type === 'title') {
      if (title === undefined) title = { value, locate: locateIn(n), number: 0 };
      else warnings.push({ path: `row ${n}`, message: 'is a second "title" row; only the first is used, this one is left out' });
    } else if (type === 'era') {
      eras.push({ value, locate: locateIn(n), number: eras.length + 1 });
    } else {
      slides.push({ value, locate: locateIn(n), number: slides.length + 1 });
    }
  });
  warnings.push(...table.warnings);
  return convertTimeline({ title, slides, eras, kind: 'TimelineJS sheet', warnings }, fileName, options);
}
