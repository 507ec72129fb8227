/**
 * TimelineJS slides (from TimelineJS3 JSON or its Google-sheet template) into dataset v1:
 * each slide an event with no place, its precision from the date parts given, its group as
 * its kind, its media as links (http(s) only), and a source record — publisher the timeline,
 * text the slide's headline and plain text — that the event cites verbatim. Eras become eras;
 * the title slide gives the dataset's title and description.
 *
 * The slide schemas are lenient the way real files need (numbers as strings, nulls for absent
 * parts); a slide that still does not pass is left out with its reason, and the rest load.
 */
import { z } from 'zod';
import type { Attributes, Media } from '../../domain/dataset-schema';
import type { DataProblem } from '../../domain/loaded-dataset';
import { resolveEventSpan } from '../../domain/resolve-event-span';
import { explainUnsafeUrl } from '../../domain/safe-http-url';
import { defaultMessageMap, problemsFromZodIssues } from '../zod-issue-problems';
import { CappedProblems, plural } from './capped-problems';
import { DatasetBuilder, type EraInput, type EventInput } from './dataset-builder';
import { isoFromParts } from './date-parts';
import { htmlToLine, htmlToText } from './html-to-text';
import { describeFile, todayOf, type ConvertResult, type ImportOptions } from './import-result';

/** Absent, null and blank all mean "not given". */
const blankToUndefined = (value: unknown) => (value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value);

/** Real files write numbers as text: `"year": "1963"`. */
const WholeNumber = z.preprocess(
  (value) => {
    const v = blankToUndefined(value);
    return typeof v === 'string' && /^\s*-?\d+\s*$/.test(v) ? Number(v) : v;
  },
  z.number().int('must be a whole number'),
);
const OptionalNumber = z.preprocess(blankToUndefined, WholeNumber.optional());
const OptionalText = z.preprocess((value) => {
  const v = blankToUndefined(value);
  return typeof v === 'number' ? String(v) : v;
}, z.string().optional());

export const SlideDateSchema = z.object({
  year: WholeNumber,
  month: OptionalNumber,
  day: OptionalNumber,
  hour: OptionalNumber,
  minute: OptionalNumber,
  display_date: OptionalText,
});
type SlideDate = z.infer<typeof SlideDateSchema>;

const TextSchema = z.object({ headline: OptionalText, text: OptionalText });
const MediaSchema = z.object({ url: OptionalText, caption: OptionalText, credit: OptionalText, alt: OptionalText, title: OptionalText });

export const SlideSchema = z.object({
  start_date: z.preprocess(blankToUndefined, SlideDateSchema.optional()),
  end_date: z.preprocess(blankToUndefined, SlideDateSchema.optional()),
  text: z.preprocess(blankToUndefined, TextSchema.optional()),
  media: z.preprocess(blankToUndefined, MediaSchema.optional()),
  group: OptionalText,
  display_date: OptionalText,
  unique_id: OptionalText,
});
type Slide = z.infer<typeof SlideSchema>;

const EraSchema = z.object({ start_date: SlideDateSchema, end_date: SlideDateSchema, text: z.preprocess(blankToUndefined, TextSchema.optional()) });

/** One slide as found in a file: its raw value, and how to name a place inside it in a message. */
export interface SlideSource {
  value: unknown;
  /** `['start_date', 'day']` → `events[3].start_date.day` (JSON) or `row 5, Day` (sheet). */
  locate: (path: readonly PropertyKey[]) => string;
  /** 1-based, for generated names ("Slide 4"). */
  number: number;
}

export interface TimelineSource {
  title: SlideSource | undefined;
  slides: SlideSource[];
  eras: SlideSource[];
  /** For messages and generated text: "TimelineJS" or "TimelineJS sheet". */
  kind: string;
  /** Problems found before the slides (the `scale`, extra title rows). */
  warnings: DataProblem[];
}

const PARSE = { error: defaultMessageMap, reportInput: true } as const;

/** Zod's issues as problems, each located the way the slide's source names places. */
function locatedProblems(issues: readonly z.core.$ZodIssue[], locate: SlideSource['locate']): DataProblem[] {
  return issues.flatMap((issue) => problemsFromZodIssues([issue]).map((p) => ({ ...p, path: locate(issue.path) })));
}

function parseSlide(source: SlideSource): { ok: true; slide: Slide } | { ok: false; problems: DataProblem[] } {
  const parsed = SlideSchema.safeParse(source.value, PARSE);
  return parsed.success ? { ok: true, slide: parsed.data } : { ok: false, problems: locatedProblems(parsed.error.issues, source.locate) };
}

type DateRead = { ok: true; iso: string; granularity: 'year' | 'month' | 'day' } | { ok: false; problem: DataProblem };

function readSlideDate(date: SlideDate, field: 'start_date' | 'end_date', source: SlideSource): DateRead {
  const parts = isoFromParts(date.year, date.month, date.day);
  if (parts.ok) return parts;
  const part = date.year < 0 || date.year > 9999 ? 'year' : date.month === undefined || date.month < 1 || date.month > 12 ? 'month' : 'day';
  return { ok: false, problem: { path: source.locate([field, part]), message: parts.reason } };
}

function timeOfDay(date: SlideDate): string | undefined {
  if (date.hour === undefined) return undefined;
  return `${String(date.hour).padStart(2, '0')}:${String(date.minute ?? 0).padStart(2, '0')}`;
}

/** The slide's media as an event's media, or why it is left out (only http(s) links are kept). */
function readMedia(slide: Slide, source: SlideSource): { media?: Media; warning?: DataProblem } {
  const raw = slide.media;
  const url = raw?.url?.trim();
  if (raw === undefined || url === undefined || url === '') return {};
  const unsafe = explainUnsafeUrl(url);
  if (unsafe !== null) {
    const shown = url.length > 60 ? `${url.slice(0, 59)}…` : url;
    return { warning: { path: source.locate(['media', 'url']), message: `"${shown}": ${unsafe}. The media is left out` } };
  }
  const media: Media = { url };
  const caption = raw.caption === undefined ? '' : htmlToText(raw.caption);
  const credit = raw.credit === undefined ? '' : htmlToLine(raw.credit);
  const alt = raw.alt ?? raw.title;
  if (caption !== '') media.caption = caption;
  if (credit !== '') media.credit = credit;
  if (alt !== undefined && htmlToLine(alt) !== '') media.alt = htmlToLine(alt);
  return { media };
}

/** Problems of one slide; the slide is left out when there are any. */
type SlideOutcome = { ok: true } | { ok: false; problems: DataProblem[] };

export function convertTimeline(source: TimelineSource, fileName: string | undefined, options: ImportOptions = {}): ConvertResult {
  const builder = new DatasetBuilder();
  const leftOut = new CappedProblems(50);
  const warnings = new CappedProblems();
  for (const w of source.warnings) warnings.add('general', w);

  let title = '';
  let description = '';
  // Problems reworded below ("…; the slide is left out") are rebuilt without a code, which would word them without the addition.
  if (source.title !== undefined) {
    const parsed = parseSlide(source.title);
    if (parsed.ok) {
      title = htmlToLine(parsed.slide.text?.headline ?? '');
      description = htmlToText(parsed.slide.text?.text ?? '');
    } else for (const p of parsed.problems) warnings.add('title', { path: p.path, message: `${p.message} (the title slide is ignored)` });
  }
  const publisher = title !== '' ? title : fileName !== undefined && fileName.trim() !== '' ? fileName : source.kind;

  const convertSlide = (from: SlideSource): SlideOutcome => {
    const parsed = parseSlide(from);
    if (!parsed.ok) return parsed;
    const { slide } = parsed;
    if (slide.start_date === undefined) {
      return { ok: false, problems: [{ path: from.locate(['start_date']), message: 'is missing: every slide but the title needs a start date' }] };
    }
    const start = readSlideDate(slide.start_date, 'start_date', from);
    const end = slide.end_date === undefined ? undefined : readSlideDate(slide.end_date, 'end_date', from);
    const problems: DataProblem[] = [];
    if (!start.ok) problems.push(start.problem);
    if (end !== undefined && !end.ok) problems.push(end.problem);
    if (!start.ok || (end !== undefined && !end.ok)) return { ok: false, problems };
    if (end !== undefined && end.ok && !resolveEventSpan({ start: start.iso, end: end.iso, precision: 'range' }).ok) {
      return { ok: false, problems: [{ path: from.locate(['end_date']), message: `ends (${end.iso}) before it starts (${start.iso})` }] };
    }

    const headline = htmlToLine(slide.text?.headline ?? '');
    const body = htmlToText(slide.text?.text ?? '');
    const text = headline !== '' && body !== '' ? `${headline}\n\n${body}` : headline || body;
    if (text === '') {
      return { ok: false, problems: [{ path: from.locate(['text']), message: 'has no headline and no text: there are no words to cite' }] };
    }
    const firstLine = body.split('\n')[0] ?? '';
    const eventTitle = headline || (firstLine.length > 80 ? `${firstLine.slice(0, 79)}…` : firstLine) || `Slide ${from.number}`;
    const baseId = slide.unique_id?.trim() || `slide-${from.number}`;
    const excerptId = builder.addRecord(baseId, { title: headline || `Slide ${from.number}`, publisher, text });
    const id = builder.claimId('events', baseId);
    if (id !== baseId) {
      warnings.add('unique_id', { path: from.locate(['unique_id']), message: `"${baseId}" is the id of an earlier slide too: this one is "${id}"` });
    }
    const event: EventInput = {
      id,
      title: eventTitle,
      summary: body,
      kind: htmlToLine(slide.group ?? '') || 'event',
      start: start.iso,
      // A TimelineJS slide with an end date is drawn across it: it lasted.
      ...(end?.ok === true ? { end: end.iso } : {}),
      precision: end === undefined ? start.granularity : 'range',
      featureIds: [],
      excerptIds: [excerptId],
    };
    const attributes: Attributes = {};
    const displayDate = slide.display_date ?? slide.start_date.display_date;
    if (displayDate !== undefined) attributes['display_date'] = htmlToLine(displayDate);
    const time = timeOfDay(slide.start_date);
    if (time !== undefined) attributes['time'] = time;
    if (Object.keys(attributes).length > 0) event.attributes = attributes;
    const { media, warning } = readMedia(slide, from);
    if (media !== undefined) event.media = [media];
    if (warning !== undefined) warnings.add('media', warning);
    builder.addEvent(event);
    return { ok: true };
  };

  let loaded = 0;
  let slidesLeftOut = 0;
  for (const slide of source.slides) {
    const outcome = convertSlide(slide);
    if (outcome.ok) loaded += 1;
    else {
      slidesLeftOut += 1;
      for (const p of outcome.problems) leftOut.add('slide', { path: p.path, message: `${p.message}; the slide is left out` });
    }
  }

  const eras: EraInput[] = [];
  for (const from of source.eras) {
    const parsed = EraSchema.safeParse(from.value, PARSE);
    if (!parsed.success) {
      for (const p of locatedProblems(parsed.error.issues, from.locate)) warnings.add('era', { path: p.path, message: `${p.message}; the era is left out` });
      continue;
    }
    const start = readSlideDate(parsed.data.start_date, 'start_date', from);
    const end = readSlideDate(parsed.data.end_date, 'end_date', from);
    if (!start.ok || !end.ok) {
      for (const read of [start, end]) if (!read.ok) warnings.add('era', { path: read.problem.path, message: `${read.problem.message}; the era is left out` });
      continue;
    }
    if (!resolveEventSpan({ start: start.iso, end: end.iso, precision: 'range' }).ok) {
      warnings.add('era', { path: from.locate(['end_date']), message: `ends (${end.iso}) before it starts (${start.iso}); the era is left out` });
      continue;
    }
    eras.push({ title: htmlToLine(parsed.data.text?.headline ?? '') || `Era ${from.number}`, start: start.iso, end: end.iso });
  }

  const total = source.slides.length;
  if (loaded === 0) {
    const why: DataProblem =
      total === 0
        ? { path: '$', message: 'has no slides (events) to show', code: 'noSlides' }
        : { path: '$', message: `none of its ${plural(total, 'slide')} could be read:`, code: 'noSlideReadable', params: { count: total } };
    return { ok: false, problems: [why, ...leftOut.toList()] };
  }
  const list: DataProblem[] = [];
  if (slidesLeftOut > 0) {
    list.push({
      path: '$',
      message: `${plural(slidesLeftOut, 'slide was', 'slides were')} left out (listed below); the other ${loaded} loaded`,
      code: 'slidesLeftOut',
      params: { count: slidesLeftOut, loaded },
    });
    list.push(...leftOut.toList());
  }
  list.push(...warnings.toList());

  const file = describeFile(source.kind, fileName);
  return {
    ok: true,
    value: builder.build({
      title: title !== '' ? title : fileName !== undefined && fileName.trim() !== '' ? `Timeline from ${fileName}` : 'Timeline',
      description: description !== '' ? description : `${plural(loaded, 'slide')} imported from ${file}.`,
      license: `Unknown: the terms of ${file} apply`,
      updated: todayOf(options),
      eras,
    }),
    warnings: list,
  };
}
