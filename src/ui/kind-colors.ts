/**
 * One colour per event kind, shared by the map's event marks, the timeline and the lists so
 * a kind reads the same everywhere. Kinds outside the known list get a neutral grey.
 */
import type { KNOWN_EVENT_KINDS } from '../domain/dataset-schema';

export const KIND_COLORS: Readonly<Record<(typeof KNOWN_EVENT_KINDS)[number], string>> = {
  strike: '#d1495b',
  attack: '#edae49',
  deployment: '#00798c',
  statement: '#8e6fbf',
  presence: '#30a46c',
};

export const OTHER_KIND_COLOR = '#8a8f98';

export function kindColor(kind: string): string {
  return (KIND_COLORS as Record<string, string>)[kind] ?? OTHER_KIND_COLOR;
}
