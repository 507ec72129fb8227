import { describe, expect, it } from 'vitest';
import { EDITOR_MESSAGES } from '../../../src/editor/editor-messages';
import { CATALOGUES as FIRST_VIEW } from '../../../src/i18n/catalogues';
import { localeFor } from '../../../src/i18n/locale';

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Every leaf key, with its plural suffix folded away: "timeline.inWindow_few" → "timeline.inWindow". */
function keys(tree: object, prefix = ''): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'object' && value !== null) {
      for (const [inner, forms] of keys(value as object, `${prefix}${key}.`)) found.set(inner, forms);
      continue;
    }
    const plural = PLURAL.exec(key);
    const base = `${prefix}${plural ? key.slice(0, plural.index) : key}`;
    const forms = found.get(base) ?? new Set<string>();
    forms.add(plural ? plural[1]! : '');
    found.set(base, forms);
  }
  return found;
}

/** The plural categories a language needs, from Intl.PluralRules (Arabic: all six). */
const needed = (lang: string): string[] => new Intl.PluralRules(lang).resolvedOptions().pluralCategories;

/** Every area: those the first view needs, and the editor's, which loads with the editor. */
const CATALOGUES = {
  en: { ...FIRST_VIEW.en, ...EDITOR_MESSAGES.en },
  ar: { ...FIRST_VIEW.ar, ...EDITOR_MESSAGES.ar },
};

describe('message catalogues', () => {
  const en = keys(CATALOGUES.en);
  const ar = keys(CATALOGUES.ar);

  it('have the same keys in English and Arabic', () => {
    expect([...ar.keys()].filter((key) => !en.has(key)), 'in Arabic only').toEqual([]);
    expect([...en.keys()].filter((key) => !ar.has(key)), 'missing in Arabic').toEqual([]);
  });

  it('give every plural all the forms of its language', () => {
    for (const [lang, found] of [['en', en], ['ar', ar]] as const) {
      for (const [key, forms] of found) {
        if (forms.has('')) continue;
        expect(needed(lang).filter((form) => !forms.has(form)), `${lang}: ${key}`).toEqual([]);
      }
    }
  });

  it('have no empty message', () => {
    for (const [lang, catalogue] of Object.entries(CATALOGUES)) {
      const empty = JSON.stringify(catalogue).match(/"[^"]+":""/g) ?? [];
      expect(empty, lang).toEqual([]);
    }
  });

  it('chooses Arabic plural forms by count', () => {
    const { t } = localeFor('ar');
    const forms = [0, 1, 2, 3, 11, 100].map((count) => t('timeline.eventsInWindow', { count, n: String(count) }));
    expect(new Set(forms).size).toBe(6);
  });
});
