/**
 * The host-page API's messages (window.postMessage, both directions), version 1: zod schemas
 * for every message and the types inferred from them. Every `type` starts with
 * `conflict-map:`, so a host page (or the map) can tell our messages from anyone else's.
 *
 * Times: a host may send epoch milliseconds (UTC) or an ISO 8601 string (`2022-08-23`,
 * `2022-08-23T10:00Z`; a date-time needs its zone). The map always sends both: `time` in epoch
 * milliseconds and `timeIso` as an ISO string.
 *
 * The map validates what hosts send (`hostMessageSchema`); the map-to-host schemas describe
 * what the map sends, so tests (and careful hosts) can check it.
 */
import { z } from 'zod';
import { PRECISIONS } from '../domain/dataset-schema';
import { parseIsoDate } from '../domain/parse-iso-date';
import { DIGIT_STYLES, UI_LANGUAGES } from '../i18n/languages';
import { CHANGED_FIELDS } from './watch-user-changes';

/** Bumped only when a message changes incompatibly; sent in every message from the map. */
export const EMBED_API_VERSION = 1;

/** What every message type starts with, in both directions. */
export const MESSAGE_PREFIX = 'conflict-map:';

/** Ids are dataset ids: non-empty, and bounded so a hostile host cannot send megabytes. */
const idSchema = z.string().min(1).max(500);

/** A request id chosen by the host, echoed in the answer (`state`, `error`). */
const requestIdSchema = z.union([z.string().max(200), z.number().finite()]);

/** Epoch milliseconds, or an ISO 8601 date / date-time with zone (read as UTC), as epoch ms. */
const timeSchema = z.union([
  z.number().finite(),
  z
    .string()
    .max(40)
    .transform((value, context) => {
      const parsed = parseIsoDate(value);
      if (parsed.ok) return parsed.startMs;
      context.addIssue({ code: 'custom', message: `"${value}" ${parsed.reason}` });
      return z.NEVER;
    }),
]);

export const setTimeMessageSchema = z.object({
  type: z.literal('conflict-map:set-time'),
  time: timeSchema,
  requestId: requestIdSchema.optional(),
});

export const setWindowMessageSchema = z.object({
  type: z.literal('conflict-map:set-window'),
  /** The visible range [start, end); null switches to cursor mode (only events at the cursor). */
  window: z.object({ start: timeSchema, end: timeSchema }).nullable(),
  requestId: requestIdSchema.optional(),
});

export const selectMessageSchema = z
  .object({
    type: z.literal('conflict-map:select'),
    /** At most one of the three; none clears the selection. */
    eventId: idSchema.optional(),
    featureId: idSchema.optional(),
    excerptId: idSchema.optional(),
    requestId: requestIdSchema.optional(),
  })
  .refine((m) => [m.eventId, m.featureId, m.excerptId].filter((id) => id !== undefined).length <= 1, {
    message: 'select names at most one of eventId, featureId, excerptId',
  });

export const playMessageSchema = z.object({
  type: z.literal('conflict-map:play'),
  requestId: requestIdSchema.optional(),
});

export const pauseMessageSchema = z.object({
  type: z.literal('conflict-map:pause'),
  requestId: requestIdSchema.optional(),
});

export const setLanguageMessageSchema = z.object({
  type: z.literal('conflict-map:set-language'),
  /** The interface's language, which also orders the map's labels. */
  lang: z.enum(UI_LANGUAGES),
  /** Arabic-Indic digits in Arabic ('locale', the default) or 0–9 ('latin'); left as it is when absent. */
  digits: z.enum(DIGIT_STYLES).optional(),
  requestId: requestIdSchema.optional(),
});

export const goToStepMessageSchema = z.object({
  type: z.literal('conflict-map:go-to-step'),
  /** 1-based, as readers count ("3 of 8"); clamped to the story's steps. */
  step: z.number().int(),
  /** The story to play; without it, the story being played. */
  storyId: idSchema.optional(),
  requestId: requestIdSchema.optional(),
});

export const getStateMessageSchema = z.object({
  type: z.literal('conflict-map:get-state'),
  requestId: requestIdSchema,
});

/** Anything a host may send. Unknown fields are dropped, not refused, so later hosts can add some. */
export const hostMessageSchema = z.discriminatedUnion('type', [
  setTimeMessageSchema,
  setWindowMessageSchema,
  selectMessageSchema,
  playMessageSchema,
  pauseMessageSchema,
  setLanguageMessageSchema,
  goToStepMessageSchema,
  getStateMessageSchema,
]);

/** A message as the host writes it (times as numbers or ISO strings). */
export type HostMessage = z.input<typeof hostMessageSchema>;
/** A message as the map reads it after validation (times as epoch ms). */
export type ParsedHostMessage = z.output<typeof hostMessageSchema>;
export type RequestId = z.infer<typeof requestIdSchema>;

/** The view as the map reports it. */
export const embedStateSchema = z.object({
  /** The time cursor. */
  time: z.number(),
  timeIso: z.string(),
  /** The visible range [start, end), or null in cursor mode. */
  window: z.object({ start: z.number(), end: z.number(), startIso: z.string(), endIso: z.string() }).nullable(),
  playing: z.boolean(),
  selectedEventId: z.string().nullable(),
  selectedFeatureId: z.string().nullable(),
  selectedExcerptId: z.string().nullable(),
  /**
   * When the selected event happened, as the data claims it: its dates, whether it lasted
   * (`range`) or happened some time within bounds (`between`, `month`, `year`), and the same in
   * words ("some time between 20 January 2009 and 20 January 2017"). Null without a selected event.
   */
  selectedEventDate: z
    .object({
      start: z.string(),
      end: z.string().nullable(),
      precision: z.enum(PRECISIONS),
      approximate: z.boolean(),
      uncertain: z.boolean(),
      text: z.string(),
    })
    .nullable(),
  /** Ids of the events the map shows (in the window, or at the cursor, passing the filters), in time order. */
  visibleEventIds: z.array(z.string()),
  /** How many events the map shows; more than `visibleEventIds.length` when that list was cut short. */
  visibleEventCount: z.number().int().nonnegative(),
  visibleEventIdsTruncated: z.boolean(),
  /** The dataset's title, or null while none is loaded (or it could not be read). */
  datasetTitle: z.string().nullable(),
  /** The interface's language and digits (see `conflict-map:set-language`). */
  lang: z.enum(UI_LANGUAGES),
  digits: z.enum(DIGIT_STYLES),
  /** The story being played and its step (1-based), or null while the reader explores freely. */
  story: z.object({ id: z.string(), step: z.number().int().positive(), stepCount: z.number().int().positive() }).nullable(),
});
export type EmbedState = z.infer<typeof embedStateSchema>;

export const ERROR_CODES = ['unknown-id', 'invalid-value'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

const version = z.literal(EMBED_API_VERSION);

export const readyMessageSchema = z.object({
  type: z.literal('conflict-map:ready'),
  version,
  state: embedStateSchema,
});

export const changeMessageSchema = z.object({
  type: z.literal('conflict-map:change'),
  version,
  /** Which parts the user changed since the previous `change`. */
  changed: z.array(z.enum(CHANGED_FIELDS)).min(1),
  state: embedStateSchema,
});

/** Sent whenever the story's step changes (by the reader, the host or the URL), and when the story is left. */
export const storyStepMessageSchema = z.object({
  type: z.literal('conflict-map:story-step'),
  version,
  /** The story and step now (1-based), or null: back to free exploring. */
  story: embedStateSchema.shape.story,
  /** The step's title, in the data's words; null when no story plays. */
  title: z.string().nullable(),
});

export const stateMessageSchema = z.object({
  type: z.literal('conflict-map:state'),
  version,
  requestId: requestIdSchema,
  state: embedStateSchema,
});

export const errorMessageSchema = z.object({
  type: z.literal('conflict-map:error'),
  version,
  code: z.enum(ERROR_CODES),
  message: z.string(),
  /** The type of the message that failed. */
  request: z.string(),
  requestId: requestIdSchema.optional(),
});

export const mapMessageSchema = z.discriminatedUnion('type', [
  readyMessageSchema,
  changeMessageSchema,
  stateMessageSchema,
  storyStepMessageSchema,
  errorMessageSchema,
]);

export type ReadyMessage = z.infer<typeof readyMessageSchema>;
export type ChangeMessage = z.infer<typeof changeMessageSchema>;
export type StateMessage = z.infer<typeof stateMessageSchema>;
export type StoryStepMessage = z.infer<typeof storyStepMessageSchema>;
export type ErrorMessage = z.infer<typeof errorMessageSchema>;
/** Anything the map sends. */
export type MapMessage = z.infer<typeof mapMessageSchema>;

/** A cheap first look, before validation: does this claim to be one of our messages? */
export function isConflictMapMessage(data: unknown): data is { type: string } {
  if (typeof data !== 'object' || data === null) return false;
  const type = (data as { type?: unknown }).type;
  return typeof type === 'string' && type.startsWith(MESSAGE_PREFIX);
}
