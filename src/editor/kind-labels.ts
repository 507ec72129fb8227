/**
 * The kinds the editor suggests — the format's known event kinds, common place kinds — named
 * in the interface's language in the suggestion lists. A kind is data: it is stored as
 * written, and one the catalogue does not name is shown as written.
 */
import { KNOWN_EVENT_KINDS } from '../domain/dataset-schema';
import type { Locale } from '../i18n/locale';

export const COMMON_PLACE_KINDS = ['area', 'base', 'city', 'crossing', 'route', 'site', 'town', 'village'] as const;

type PlaceKind = (typeof COMMON_PLACE_KINDS)[number];
type EventKind = (typeof KNOWN_EVENT_KINDS)[number];

const isPlaceKind = (kind: string): kind is PlaceKind => (COMMON_PLACE_KINDS as readonly string[]).includes(kind);
const isEventKind = (kind: string): kind is EventKind => (KNOWN_EVENT_KINDS as readonly string[]).includes(kind);

/** The kind in words: the catalogue's name for a kind it knows, else the kind as written. */
export function kindLabel(locale: Locale, type: 'event' | 'place', kind: string): string {
  if (type === 'place' && isPlaceKind(kind)) return locale.t(`editor.kinds.place.${kind}`);
  if (type === 'event' && isEventKind(kind)) return locale.t(`editor.kinds.event.${kind}`);
  return kind;
}

/** A suggestion's label beside its value, where the words differ from the kind as written. */
export function kindOptionLabel(locale: Locale, type: 'event' | 'place', kind: string): string | undefined {
  const label = kindLabel(locale, type, kind);
  return label.toLowerCase() === kind.toLowerCase() ? undefined : label;
}
