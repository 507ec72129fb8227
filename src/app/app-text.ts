/**
 * Pieces of the app's messages that come from data or from the loader: a data text isolated
 * for the bidi algorithm inside a translated sentence, where a dataset came from, and the
 * name of the format it was read as, each in the interface's language where it has one.
 */
import { FORMAT_LABELS, FORMAT_NAMES, type FormatName } from '../data/import/detect-format';
import type { Locale } from '../i18n/locale';
import { isolate } from '../ui/isolated-text';

/**
 * What mount-app names the default dataset as its source (progress bar, problems): a marker,
 * shown as `app.sources.default` in the interface's language.
 */
export const DEFAULT_DATASET_SOURCE = 'the default dataset';

/** Where a dataset came from, for a sentence: the file name or URL isolated, else "the (default) dataset". */
export function sourcePhrase(locale: Locale, source: string | null): string {
  if (source === null || source === '') return locale.t('app.sources.unnamed');
  if (source === DEFAULT_DATASET_SOURCE) return locale.t('app.sources.default');
  return isolate(source);
}

/** The format a file was read as, from the loader's label ("ACLED CSV"), in the interface's language; an unknown label as is. */
export function formatPhrase(locale: Locale, label: string): string {
  const name = FORMAT_NAMES.find((candidate: FormatName) => FORMAT_LABELS[candidate] === label);
  return name === undefined ? isolate(label) : isolate(locale.t(`app.formats.${name}`, { version: locale.number(1) }));
}
