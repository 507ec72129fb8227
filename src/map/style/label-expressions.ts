/**
 * Label text for the two label languages. English mode: English name, Arabic beneath;
 * Arabic mode: Arabic first, English beneath. Features without an Arabic name show the
 * English one alone in both modes, so nothing disappears when the language switches.
 * An optional note (e.g. a feature's cited short label) goes on a last, smaller line.
 */
import type { ExpressionSpecification } from 'maplibre-gl';

export type LabelLanguage = 'en' | 'ar';

type FormatPart = string | ExpressionSpecification | Record<string, unknown>;

export function bilingualLabel(
  lang: LabelLanguage,
  englishKey = 'name',
  note?: ExpressionSpecification,
): ExpressionSpecification {
  const english: ExpressionSpecification = ['get', englishKey];
  const arabic: ExpressionSpecification = ['get', 'name_ar'];
  const [first, second] = lang === 'en' ? [english, arabic] : [arabic, english];
  // `format` cannot nest, so the note's line is appended inside each branch.
  const noteParts: FormatPart[] = note ? ['\n', {}, note, { 'font-scale': 0.75 }] : [];
  const withArabic = ['format', first, {}, '\n', {}, second, { 'font-scale': 0.82 }, ...noteParts];
  const englishOnly = ['format', english, {}, ...noteParts];
  return [
    'case',
    ['all', ['has', 'name_ar'], ['!=', ['get', 'name_ar'], '']],
    withArabic,
    englishOnly,
  ] as unknown as ExpressionSpecification;
}
