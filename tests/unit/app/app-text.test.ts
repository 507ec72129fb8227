import { describe, expect, it } from 'vitest';
import { DEFAULT_DATASET_SOURCE, formatPhrase, sourcePhrase } from '../../../src/app/app-text';
import { isolate } from '../../../src/ui/isolated-text';
import { FORMAT_LABELS } from '../../../src/data/import/detect-format';
import { localeFor } from '../../../src/i18n/locale';

describe('app text from data and the loader', () => {
  const en = localeFor('en');
  const ar = localeFor('ar');

  it('isolates a file name or URL, and names the default or an unnamed dataset in the language', () => {
    expect(sourcePhrase(en, 'events.csv')).toBe(isolate('events.csv'));
    expect(sourcePhrase(en, DEFAULT_DATASET_SOURCE)).toBe('the default dataset');
    expect(sourcePhrase(ar, DEFAULT_DATASET_SOURCE)).toBe('مجموعة البيانات الافتراضية');
    expect(sourcePhrase(ar, null)).toBe('مجموعة البيانات');
  });

  it("names the loader's formats in the language, with the digits of the locale", () => {
    expect(formatPhrase(en, FORMAT_LABELS['dataset-v1'])).toBe(isolate('Conflict Map dataset v1'));
    expect(formatPhrase(ar, FORMAT_LABELS['dataset-v1'])).toBe(isolate('مجموعة بيانات خريطة النزاع، الإصدار ١'));
    expect(formatPhrase(ar, 'Some other format')).toBe(isolate('Some other format'));
  });
});
