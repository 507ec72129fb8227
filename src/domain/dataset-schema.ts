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
// First: zod must be told before any schema exists that it may not use `new Function` (CSP).
// Here, with the schemas, rather than only in each entry: the page loads the schemas on
// demand, after its entry has run (see csp-safe-zod.ts and vite.config.ts).
import './csp-safe-zod';
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
 * with date-fns. The pattern is exported for the loader's fast checks
 * (`data/check-dataset-schema.ts`), which must accept nothing the schema refuses.
 */
export const ISO_DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2}))?)?)?$/;

export const IsoDateSchema = z
  .string()
  .regex(
    ISO_DATE_PATTERN,
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

/** What a source is: a published article, or a record of a data tool (an ACLED row, a TimelineJS slide). */
export const SOURCE_KINDS = ['article', 'record'] as const;

export const ArticleSchema = z.strictObject({
  id: IdSchema,
  /**
   * A record is a source entry that a dataset tool published (an ACLED row's notes, a TimelineJS
   * slide, a GeoJSON feature's description): its `publisher` is the tool or file, `via` whom the
   * record cites. Records may lack a link and a publication date; articles may not.
   */
  kind: z
    .enum(SOURCE_KINDS)
    .optional()
    .describe('"article" (the default) or "record": an entry of a data tool or file (an ACLED row, a TimelineJS slide, a GeoJSON feature).'),
  title: z.string().min(1, 'must not be empty'),
  publisher: z.string().min(1, 'must not be empty'),
  url: HttpUrlSchema.optional(),
  published: IsoDateSchema.optional(),
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

/**
 * How much is known of when an event happened. `range` and `between` both take a start and an
 * end but claim different things (EDTF, ISO 8601-2, tells them apart the same way): `range`
 * lasted from start to end (`2009-01-20/2017-01-20`), `between` happened some time within them,
 * when is unknown (`[2009-01-20..2017-01-20]`). `month` and `year` are `between` over one
 * month or year.
 */
export const PRECISIONS = ['day', 'month', 'year', 'range', 'between'] as const;
export const PrecisionSchema = z
  .enum(PRECISIONS)
  .describe(
    'day: start is YYYY-MM-DD; month: YYYY-MM; year: YYYY; range (lasted from start to end) and between (happened some ' +
      'time within start and end, when unknown): start and end, each YYYY, YYYY-MM or YYYY-MM-DD.',
  );

/** What a source says beyond the format's fields, shown as "key: value" in details (ACLED's fatalities, admin areas, …). */
export const AttributesSchema = z
  .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))
  .describe('Other facts the source gives, shown as "key: value" lines, e.g. {"fatalities": 3, "admin1": "Deir ez-Zor"}.');

/** A picture, video or page that goes with an event: only ever shown as a link, never fetched. */
export const MediaSchema = z.strictObject({
  url: HttpUrlSchema,
  caption: z.string().optional(),
  credit: z.string().optional(),
  alt: z.string().optional().describe('A text alternative: what the media shows.'),
});

/** Kinds with a colour of their own in the app; others take one from the dataset's `kinds` or the app's palette. */
export const KNOWN_EVENT_KINDS = ['strike', 'attack', 'deployment', 'statement', 'presence'] as const;

export const EventSchema = z.strictObject({
  id: IdSchema,
  title: z.string().min(1, 'must not be empty'),
  title_ar: z.string().min(1, 'must not be empty').optional().describe('The title in Arabic, when the original is not: the Arabic interface shows it first, the original beneath.'),
  summary: z.string().default(''),
  summary_ar: z.string().optional().describe('The summary in Arabic, shown by the Arabic interface with the original beneath.'),
  kind: z
    .string()
    .min(1, 'must not be empty')
    .describe('strike, attack, deployment, statement, presence, or another word (coloured from `kinds` or the app\'s palette).'),
  start: IsoDateSchema,
  /** Required when `precision` is `range` or `between`; the last day (or month, year) the event covers. */
  end: IsoDateSchema.optional().describe(
    'Only with precision "range" or "between", and then required: the last day, month or year the event covers (range) or may fall in (between).',
  ),
  precision: PrecisionSchema,
  /** EDTF's `~`: the date is about right ("about 1920"). */
  approximate: z
    .boolean()
    .optional()
    .describe('True when the sources give the date only roughly ("about 1920", "around mid-June"): EDTF\'s "~".'),
  /** EDTF's `?`: the sources are not sure of the date ("1920, possibly"). */
  uncertain: z
    .boolean()
    .optional()
    .describe('True when the sources doubt the date itself ("possibly 1920", "reportedly on 3 June"): EDTF\'s "?".'),
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
  attributes: AttributesSchema.optional(),
  media: z.array(MediaSchema).optional().describe('Links to pictures, videos or pages for the event; shown as links, never fetched.'),
});

/** A named period drawn as a labelled band behind the timeline (TimelineJS's eras). */
export const EraSchema = z.strictObject({
  title: z.string().min(1, 'must not be empty'),
  start: IsoDateSchema.describe('The first day, month or year of the era.'),
  end: IsoDateSchema.describe('The last day, month or year of the era.'),
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

/**
 * Display hints: how the map draws a feature beyond its geometry, said by the data so that no
 * dataset's ids or kinds are written into the app. A small fixed vocabulary (see
 * docs/dataset-format.md, "Display hints"); a feature without a role is drawn plainly.
 */
export const FEATURE_ROLES = ['divide', 'side', 'route', 'crossing', 'outline'] as const;
export const FeatureRoleSchema = z
  .enum(FEATURE_ROLES)
  .describe(
    'How the map draws the feature: divide (a bold line that splits the map, e.g. a river or front line), side (an area ' +
      'on one side of a divide, tinted in its colour), route (a dashed line with arrows from its first position to its ' +
      'last), crossing (a point drawn as a ring, labelled first), outline (an area that frames the others: faint fill, ' +
      'solid edge).',
  );

/** A colour for the map, legend and timeline: `#rrggbb` only, so it means the same everywhere. */
export const HexColorSchema = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour written #rrggbb, e.g. "#c2572b"')
  .describe('A colour written #rrggbb, e.g. "#c2572b".');

/** How one event kind is shown: its name in words and its colour. */
export const EventKindDisplaySchema = z.strictObject({
  label: z.string().min(1, 'must not be empty').optional().describe('The kind in words, for the legend and lists.'),
  label_ar: z.string().min(1, 'must not be empty').optional().describe('The kind in Arabic words, for the Arabic interface.'),
  color: HexColorSchema.optional(),
});

/** How one feature kind is shown: its name in words, its colour, and the role of its features. */
export const FeatureKindDisplaySchema = z.strictObject({
  label: z.string().min(1, 'must not be empty').optional().describe('The kind in words, for the legend and the Places list.'),
  label_ar: z.string().min(1, 'must not be empty').optional().describe('The kind in Arabic words, for the Arabic interface.'),
  color: HexColorSchema.optional(),
  role: FeatureRoleSchema.optional().describe('The role of every feature of this kind that names none itself.'),
});

/** Display hints per kind; kinds left out get a colour from the app's palette and are named as written. */
export const KindsSchema = z.strictObject({
  events: z
    .record(z.string().min(1, 'must not be empty'), EventKindDisplaySchema)
    .optional()
    .describe('Event kinds (as written in events[].kind) → label and colour.'),
  features: z
    .record(z.string().min(1, 'must not be empty'), FeatureKindDisplaySchema)
    .optional()
    .describe('Feature kinds (as written in properties.kind) → label, colour and role.'),
});

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
    attributes: AttributesSchema.optional(),
    role: FeatureRoleSchema.optional(),
    /** Overrides the colour of the feature's kind (e.g. each side of a divide its own). */
    color: HexColorSchema.optional().describe("The feature's own colour, over its kind's."),
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

/** Where the map looks during a story step. */
export const StoryCameraSchema = z.strictObject({
  center: z
    .tuple([z.number().min(-180, LONGITUDE_RANGE).max(180, LONGITUDE_RANGE), z.number().min(-90, LATITUDE_RANGE).max(90, LATITUDE_RANGE)])
    .describe('[longitude, latitude] in WGS84 degrees.'),
  zoom: z.number().min(0, 'must be at least 0').max(22, 'must be at most 22'),
});

/**
 * One step of a story: what to read (title and plain text, never HTML), what to select (at
 * most one of an event, a place, an excerpt: the reader then shows the cited words), when
 * (a moment, or a window), and optionally where the map looks and which kinds and actors show.
 */
export const StoryStepSchema = z.strictObject({
  title: z.string().min(1, 'must not be empty'),
  title_ar: z.string().min(1, 'must not be empty').optional().describe('The title in Arabic, for the Arabic interface.'),
  text: z.string().default('').describe('Plain text shown with the step; never read as HTML.'),
  text_ar: z.string().optional().describe('The text in Arabic, for the Arabic interface.'),
  eventId: IdSchema.optional().describe('The event this step is about: selected, its sources in the reader.'),
  featureId: IdSchema.optional().describe('The place this step is about (when no event is named).'),
  excerptId: IdSchema.optional().describe('The excerpt this step quotes: highlighted in the reader.'),
  time: IsoDateSchema.optional().describe('The moment the timeline shows (cursor mode), when no window is given.'),
  window: z
    .strictObject({
      start: IsoDateSchema.describe('The first day, month or year shown.'),
      end: IsoDateSchema.describe('The last day, month or year shown.'),
    })
    .optional()
    .describe('The span the timeline shows.'),
  camera: StoryCameraSchema.optional().describe('Where the map looks; without it, the map frames what the step selects.'),
  filters: z
    .strictObject({
      kinds: z.array(z.string().min(1, 'must not be empty')).optional().describe('Only events of these kinds show.'),
      actors: z.array(z.string().min(1, 'must not be empty')).optional().describe('Only events involving these actors show.'),
    })
    .optional(),
});

/** A guided path through the data: steps a reader goes through with Next and Previous. */
export const StorySchema = z.strictObject({
  id: IdSchema,
  title: z.string().min(1, 'must not be empty'),
  title_ar: z.string().min(1, 'must not be empty').optional().describe('The title in Arabic, for the Arabic interface.'),
  steps: z.array(StoryStepSchema).min(1, 'must have at least one step'),
});

export const DatasetSchema = z.strictObject({
  /** Lets editors find the JSON Schema; ignored by the app. */
  $schema: z.string().optional().describe('Optional link to this JSON Schema, for editors; ignored by the app.'),
  version: z.literal(1, 'must be 1 (this app reads dataset format version 1)'),
  title: z.string().min(1, 'must not be empty'),
  title_ar: z.string().min(1, 'must not be empty').optional().describe("The dataset's title in Arabic, shown by the Arabic interface."),
  description: z.string().default(''),
  license: z.string().min(1, 'must not be empty').describe('The license of the dataset, e.g. "CC BY 4.0".'),
  updated: IsoDateSchema,
  articles: z.array(ArticleSchema),
  excerpts: z.array(ExcerptSchema),
  events: z.array(EventSchema),
  features: FeatureCollectionSchema,
  eras: z.array(EraSchema).optional().describe('Named periods drawn as labelled bands on the timeline.'),
  kinds: KindsSchema.optional().describe('Display hints per event kind and feature kind: label, colour, role.'),
  stories: z.array(StorySchema).optional().describe('Guided stories through the events, step by step.'),
});

export type Dataset = z.infer<typeof DatasetSchema>;
export type DatasetInput = z.input<typeof DatasetSchema>;
export type Article = z.infer<typeof ArticleSchema>;
export type Excerpt = z.infer<typeof ExcerptSchema>;
export type DatasetEvent = z.infer<typeof EventSchema>;
export type Precision = z.infer<typeof PrecisionSchema>;
export type Attributes = z.infer<typeof AttributesSchema>;
export type Media = z.infer<typeof MediaSchema>;
export type Era = z.infer<typeof EraSchema>;
export type MapFeature = z.infer<typeof FeatureSchema>;
export type MapFeatureProperties = z.infer<typeof FeaturePropertiesSchema>;
export type Geometry = z.infer<typeof GeometrySchema>;
export type FeatureRole = z.infer<typeof FeatureRoleSchema>;
export type DatasetKinds = z.infer<typeof KindsSchema>;
export type Story = z.infer<typeof StorySchema>;
export type StoryStep = z.infer<typeof StoryStepSchema>;
export type StoryCamera = z.infer<typeof StoryCameraSchema>;
