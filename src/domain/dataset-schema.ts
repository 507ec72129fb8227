/**
 * The dataset format, version 1: the zod schemas are the single source of truth.
 * TypeScript types are inferred from them (never written twice) and the JSON Schema in
 * `public/schema/dataset.v1.json` is generated from them by `npm run schema`.
 *
 * The schemas check the shape of each value. Rules that span several values (ids that
 * resolve, quotes that match their offsets, end after start, dates that exist) live in
 * `data/check-dataset.ts`.
 *
 * Our own objects are strict: an unknown field is reported, because a misspelt optional field
 * ("vai" for "via") would otherwise vanish without a word. GeoJSON objects are not: RFC 7946
 * allows foreign members, and files exported from GIS tools carry extra properties; those are
 * dropped on load.
 */
import { z } from 'zod';
import { explainUnsafeUrl } from './safe-http-url';

/** A non-empty id, unique within its collection. */
export const IdSchema = z
  .string()
  .trim()
  .min(1, 'must be a non-empty id')
  .describe('A non-empty id, unique within its collection, e.g. "ev-2022-08-23-strikes".');

/**
 * An ISO 8601 calendar date or date-time: `2022`, `2022-08`, `2022-08-23`,
 * `2022-08-23T10:00:00Z`. A time must carry its zone (`Z` or `+03:00`): a bare time would be
 * read differently on every reader's clock. Whether it is a real date is checked by the loader
 * with date-fns.
 */
export const IsoDateSchema = z
  .string()
  .regex(
    /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2}))?)?)?$/,
    'must be an ISO 8601 date such as 2022-08-23, 2022-08 or 2022 (a time needs its zone: 2022-08-23T10:00Z)',
  )
  .describe('ISO 8601: 2022, 2022-08, 2022-08-23, or a date-time with zone such as 2022-08-23T10:00:00Z.');

/** Only http(s) links are ever rendered; anything else is refused at the boundary. */
export const HttpUrlSchema = z
  .string()
  .superRefine((value, ctx) => {
    const reason = explainUnsafeUrl(value);
    if (reason !== null) ctx.addIssue({ code: 'custom', message: reason, input: value });
  })
  // The refinement is invisible to JSON Schema; this pattern is what editors are shown instead.
  .meta({
    pattern: '^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#@]+([/?#]\\S*)?$',
    description: 'An absolute http:// or https:// link; no other scheme is accepted.',
  });

const Offset = z.number().int('must be a whole number').min(0, 'must be 0 or more');

/** A character range [start, end) into an article's text. */
const RangeShape = {
  start: Offset.describe('Offset of the first character, counted in UTF-16 code units from 0 (JavaScript string indices).'),
  end: Offset.describe('Offset just after the last character (exclusive), in UTF-16 code units.'),
};

export const IgnoreRangeSchema = z.strictObject({
  ...RangeShape,
  reason: z.string().optional().describe('Why this stretch is not article content, e.g. "unrelated inline headline".'),
});

export const ArticleSchema = z.strictObject({
  id: IdSchema,
  title: z.string().min(1, 'must not be empty'),
  publisher: z.string().min(1, 'must not be empty'),
  url: HttpUrlSchema,
  published: IsoDateSchema,
  /** The wire service the publisher relied on, e.g. "Reuters". */
  via: z.string().optional().describe('The wire service the publisher relied on, e.g. "Reuters".'),
  /** The article text, verbatim, as collected. */
  text: z.string().describe('The article text, verbatim, as collected (excerpt offsets point into it).'),
  /** Collection debris inside `text` that is not article content (unrelated headlines, footers). */
  ignore: z
    .array(IgnoreRangeSchema)
    .default([])
    .describe('Collection debris inside `text` that is not article content (unrelated headlines, footers).'),
  /** Where metadata the text does not carry (dates) comes from. */
  note: z.string().optional().describe('Where metadata the text does not carry (such as dates) comes from.'),
});

export const ExcerptSchema = z.strictObject({
  id: IdSchema,
  articleId: IdSchema,
  ...RangeShape,
  /** Must equal `article.text.slice(start, end)` exactly. */
  quote: z.string().min(1, 'must not be empty').describe('Must equal the article text between start and end, exactly.'),
});

export const PRECISIONS = ['day', 'month', 'year', 'range'] as const;
export const PrecisionSchema = z
  .enum(PRECISIONS)
  .describe('day: start is YYYY-MM-DD; month: YYYY-MM; year: YYYY; range: start and end, each YYYY, YYYY-MM or YYYY-MM-DD.');

/** Kinds the app knows how to colour; others are allowed and drawn in a neutral colour. */
export const KNOWN_EVENT_KINDS = ['strike', 'attack', 'deployment', 'statement', 'presence'] as const;

export const EventSchema = z.strictObject({
  id: IdSchema,
  title: z.string().min(1, 'must not be empty'),
  summary: z.string().default(''),
  kind: z
    .string()
    .min(1, 'must not be empty')
    .describe('strike, attack, deployment, statement, presence, or another word (drawn in a neutral colour).'),
  start: IsoDateSchema,
  /** Required when `precision` is `range`; the last day (or month, year) the event covers. */
  end: IsoDateSchema.optional().describe(
    'Only with precision "range", and then required: the last day, month or year the event covers.',
  ),
  precision: PrecisionSchema,
  actors: z.array(z.string().min(1, 'must not be empty')).default([]),
  /** Map features where the event happened; empty when the sources name no place. */
  featureIds: z
    .array(IdSchema)
    .default([])
    .describe('Map features where the event happened; empty when the sources name no place.'),
  /** The excerpts that report the event: at least one, so nothing stands without a source. */
  excerptIds: z
    .array(IdSchema)
    .min(1, 'must cite at least one excerpt')
    .describe('The excerpts that report the event: at least one.'),
  /** Where the dates come from when the article text does not carry them itself. */
  note: z.string().optional().describe('Where the dates (or other facts) come from when the excerpts do not carry them.'),
});

const LONGITUDE_RANGE = 'longitude must be between -180 and 180; a position is [longitude, latitude]';
const LATITUDE_RANGE = 'latitude must be between -90 and 90; a position is [longitude, latitude], are they swapped?';

/** RFC 7946 positions are [longitude, latitude] in WGS84 degrees; an altitude may follow. */
const Position = z
  .tuple([
    z.number().min(-180, LONGITUDE_RANGE).max(180, LONGITUDE_RANGE),
    z.number().min(-90, LATITUDE_RANGE).max(90, LATITUDE_RANGE),
  ])
  .rest(z.number())
  .describe('[longitude, latitude] in WGS84 degrees');
const LinearRing = z.array(Position).min(4, 'a ring needs at least 4 positions');

export const GeometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Point'), coordinates: Position }),
  z.object({ type: z.literal('MultiPoint'), coordinates: z.array(Position) }),
  z.object({ type: z.literal('LineString'), coordinates: z.array(Position).min(2, 'a line needs at least 2 positions') }),
  z.object({
    type: z.literal('MultiLineString'),
    coordinates: z.array(z.array(Position).min(2, 'a line needs at least 2 positions')),
  }),
  z.object({ type: z.literal('Polygon'), coordinates: z.array(LinearRing).min(1, 'a polygon needs at least one ring') }),
  z.object({
    type: z.literal('MultiPolygon'),
    coordinates: z.array(z.array(LinearRing).min(1, 'a polygon needs at least one ring')),
  }),
]);

export const FeaturePropertiesSchema = z
  .object({
    /** What the feature is: city, governorate, river, divide-side, crossing, route, ... */
    kind: z.string().min(1, 'must not be empty').describe('city, governorate, river, divide-side, crossing, route, ...'),
    name: z.string().min(1, 'must not be empty'),
    name_ar: z.string().optional(),
    /** True when the geometry is derived or schematic rather than surveyed. */
    approximate: z.boolean().describe('True when the geometry is derived or schematic rather than surveyed.'),
    /** Where the geometry comes from (a geographic source, with how it was derived). */
    sources: z.string().optional().describe('Where the geometry comes from, and how it was derived.'),
    /** Excerpts of the articles that speak of this feature. */
    excerptIds: z.array(IdSchema).default([]).describe('Excerpts of the articles that speak of this feature.'),
    /** Short text shown on the map next to the feature (e.g. "schematic"). */
    label: z.string().optional().describe('Short text shown on the map next to the feature.'),
  })
  .refine((p) => p.excerptIds.length > 0 || (p.sources ?? '').trim() !== '', {
    message: 'must cite excerptIds or name a geographic source in `sources`',
  });

export const FeatureSchema = z.object({
  type: z.literal('Feature'),
  id: IdSchema,
  geometry: GeometrySchema,
  properties: FeaturePropertiesSchema,
});

export const FeatureCollectionSchema = z
  .object({
    type: z.literal('FeatureCollection'),
    features: z.array(FeatureSchema),
  })
  .describe('A GeoJSON FeatureCollection (RFC 7946) whose features have string ids.');

export const DatasetSchema = z.strictObject({
  /** Lets editors find the JSON Schema; ignored by the app. */
  $schema: z.string().optional().describe('Optional link to this JSON Schema, for editors; ignored by the app.'),
  version: z.literal(1, 'must be 1 (this app reads dataset format version 1)'),
  title: z.string().min(1, 'must not be empty'),
  description: z.string().default(''),
  license: z.string().min(1, 'must not be empty').describe('The license of the dataset, e.g. "CC BY 4.0".'),
  updated: IsoDateSchema,
  articles: z.array(ArticleSchema),
  excerpts: z.array(ExcerptSchema),
  events: z.array(EventSchema),
  features: FeatureCollectionSchema,
});

export type Dataset = z.infer<typeof DatasetSchema>;
export type DatasetInput = z.input<typeof DatasetSchema>;
export type Article = z.infer<typeof ArticleSchema>;
export type Excerpt = z.infer<typeof ExcerptSchema>;
export type DatasetEvent = z.infer<typeof EventSchema>;
export type Precision = z.infer<typeof PrecisionSchema>;
export type MapFeature = z.infer<typeof FeatureSchema>;
export type MapFeatureProperties = z.infer<typeof FeaturePropertiesSchema>;
export type Geometry = z.infer<typeof GeometrySchema>;
