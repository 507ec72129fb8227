/**
 * A feature kind in words: the label its dataset gives it (`kinds.features`; `label_ar` in the
 * Arabic interface, when given), else the kind as
 * written, with dashes and underscores as spaces and a capital first letter (in the interface
 * language's casing rules). Either way the words are the dataset's, never translated.
 */
import type { DatasetKinds } from '../domain/dataset-schema';
import type { Locale } from '../i18n/locale';

export function describeKind(locale: Locale, kind: string, kinds?: DatasetKinds): string {
  const display = kinds?.features?.[kind];
  const label = locale.lang === 'ar' ? (display?.label_ar ?? display?.label) : display?.label;
  if (label !== undefined) return label;
  const words = kind.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toLocaleUpperCase(locale.tag) + words.slice(1);
}
