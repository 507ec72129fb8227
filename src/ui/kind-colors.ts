/**
 * One colour per kind, built once per dataset and shared by the map's event marks, the
 * timeline, the lists and the legend, so a kind reads the same everywhere. A kind takes the
 * colour its dataset gives it (`kinds`), else the app's own colour for a known event kind,
 * else the next free colour of a colour-blind-safe categorical palette, in the sorted order
 * of the dataset's kinds: the same dataset always gets the same colours. A kind's name in words
 * is likewise the dataset's label, else the app's word for a known kind in the interface
 * language, else the kind as written.
 */
import type { DatasetKinds, KNOWN_EVENT_KINDS } from '../domain/dataset-schema';
import type { Locale } from '../i18n/locale';

type KnownEventKind = (typeof KNOWN_EVENT_KINDS)[number];

/** The app's colours for the event kinds it knows (kept from before datasets could say). */
export const KIND_COLORS: Readonly<Record<KnownEventKind, string>> = {
  strike: '#d1495b',
  attack: '#edae49',
  deployment: '#00798c',
  statement: '#8e6fbf',
  presence: '#30a46c',
};

/** For kinds past what a reader can tell apart (see MAX_KIND_COLORS). */
export const OTHER_KIND_COLOR = '#8a8f98';

/**
 * Paul Tol's "muted" qualitative scheme: nine colours that stay distinct for the common forms
 * of colour blindness and on light and dark grounds
 * (https://personal.sron.nl/~pault/#sec:qualitative). Order as published.
 */
export const CATEGORICAL_COLORS: readonly string[] = [
  '#cc6677',
  '#332288',
  '#ddcc77',
  '#117733',
  '#88ccee',
  '#882255',
  '#44aa99',
  '#999933',
  '#aa4499',
];

/**
 * Distinct colours one dataset's kinds may take, grey aside: past about fifteen, colours stop
 * telling kinds apart (and the map's event layer has sixteen colour slots). Further kinds are grey.
 */
export const MAX_KIND_COLORS = 15;

/**
 * Below this "redmean" distance (0–765) two colours read as the same at a glance: a palette
 * colour that close to one already taken (strike's red and Tol's rose) is passed over.
 */
const NEAR = 150;

function rgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** A cheap perceptual distance (https://www.compuphase.com/cmetric.htm). */
function colorDistance(a: string, b: string): number {
  const [r1, g1, b1] = rgb(a);
  const [r2, g2, b2] = rgb(b);
  const mean = (r1 + r2) / 2;
  const dr = r1 - r2;
  const dg = g1 - g2;
  const db = b1 - b2;
  return Math.sqrt((2 + mean / 256) * dr * dr + 4 * dg * dg + (2 + (255 - mean) / 256) * db * db);
}

/**
 * A colour for each kind, in order: `given(kind)` when it says one, else the next palette
 * colour not near a colour already in use (`taken` counts as in use: another list's colours
 * that these should not be confused with), else the next palette colour not yet used, else grey.
 * At most MAX_KIND_COLORS distinct colours come out; further kinds are grey.
 */
export function assignColors(
  kinds: readonly string[],
  given: (kind: string) => string | undefined,
  taken: readonly string[] = [],
): Map<string, string> {
  const colors = new Map<string, string>();
  const distinct = new Set<string>();
  const inUse = taken.map((c) => c.toLowerCase());
  const take = (kind: string, color: string) => {
    if (!distinct.has(color) && distinct.size >= MAX_KIND_COLORS) color = OTHER_KIND_COLOR;
    colors.set(kind, color);
    distinct.add(color);
    inUse.push(color);
  };
  for (const kind of kinds) {
    const color = given(kind);
    if (color !== undefined) take(kind, color.toLowerCase());
  }
  for (const kind of kinds) {
    if (colors.has(kind)) continue;
    const free =
      CATEGORICAL_COLORS.find((c) => inUse.every((u) => colorDistance(c, u) >= NEAR)) ??
      CATEGORICAL_COLORS.find((c) => !inUse.includes(c)) ??
      OTHER_KIND_COLOR;
    take(kind, free);
  }
  return colors;
}

/** What the colours of a dataset's event kinds are built from; a DatasetIndex is one. */
export interface KindColorSource {
  /** The dataset's distinct event kinds, sorted. */
  readonly kinds: readonly string[];
  readonly dataset: { readonly kinds?: DatasetKinds | undefined };
}

const eventColorsBySource = new WeakMap<KindColorSource, ReadonlyMap<string, string>>();

/** The colour of each event kind of the dataset, built on first use and kept with it. */
export function eventKindColors(source: KindColorSource): ReadonlyMap<string, string> {
  let colors = eventColorsBySource.get(source);
  if (!colors) {
    const given = source.dataset.kinds?.events ?? {};
    colors = assignColors(source.kinds, (kind) => given[kind]?.color ?? (KIND_COLORS as Record<string, string>)[kind]);
    eventColorsBySource.set(source, colors);
  }
  return colors;
}

/** The colour an event kind of this dataset is drawn in, everywhere. */
export function kindColor(source: KindColorSource, kind: string): string {
  return eventKindColors(source).get(kind) ?? OTHER_KIND_COLOR;
}

/**
 * An event kind in words: the dataset's label for it (data, as given; its Arabic label in the
 * Arabic interface when it has one), else the app's word for
 * a known kind in the interface language ("strike", «ضربة»), else the kind as written.
 */
export function kindLabel(locale: Locale, source: KindColorSource, kind: string): string {
  const display = source.dataset.kinds?.events?.[kind];
  const label = locale.lang === 'ar' ? (display?.label_ar ?? display?.label) : display?.label;
  if (label !== undefined) return label;
  return isKnownEventKind(kind) ? locale.t(`reader.kinds.${kind}`) : kind;
}

/** KIND_COLORS has one key per known kind (a type-only import keeps the schema out of this module). */
function isKnownEventKind(kind: string): kind is KnownEventKind {
  return Object.hasOwn(KIND_COLORS, kind);
}
