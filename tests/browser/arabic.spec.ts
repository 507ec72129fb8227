/**
 * The interface in Arabic, right to left: the page, the embed and <conflict-map> say
 * `lang="ar" dir="rtl"`, no English word of the interface is left on screen in the main states
 * (data excepted), the side panel sits on the mirrored side, the timeline speaks Arabic dates
 * with Arabic-Indic digits while its arrows still follow the eye, one switch changes everything
 * and a deep link remembers it, and axe finds nothing serious.
 */
import { fileURLToPath } from 'node:url';
import arabic from '../../src/i18n/locales/ar/app.json';
import { describe, expect, test } from 'vitest';
import { openTestPage, type Page } from './support/browser';
import { openApp } from './support/app-driver';
import { axeViolations, describeViolations } from './support/axe-driver';
import { serveBuiltApp } from './support/built-app';
import { waitForElementIdle } from './support/embed-driver';
import { horizontalOrder, languageOf, latinTextOnScreen } from './support/language-driver';

const ELEMENT_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Element in Arabic</title><link rel="icon" href="data:,">
<script type="module" src="../conflict-map.js"></script></head><body>
<conflict-map lang="ar" controls="timeline,legend,panel" style="display:block;width:1000px;height:640px"></conflict-map></body></html>`;

const app = serveBuiltApp({
  routes: { '/examples/arabic-element.html': ['text/html; charset=utf-8', ELEMENT_PAGE] },
  mounts: { '/fixtures/': fileURLToPath(new URL('../fixtures/datasets/', import.meta.url)) },
});

const ARABIC_LETTER = /[\u0621-\u064A]/;
const ARABIC_DIGIT = /[\u0660-\u0669]/;

async function openArabic(query = '?lang=ar', viewport?: { width: number; height: number }) {
  const tab = await openTestPage(app.browser, viewport);
  await openApp(tab.page, app.server.url, query);
  return tab;
}

async function cursorValueText(page: Page): Promise<string> {
  return (await page.locator('.cm-timeline-cursor').getAttribute('aria-valuetext')) ?? '';
}

describe('the interface in Arabic', () => {
  test('the page is Arabic and right to left, the side panel mirrored, no English left on the map view', async () => {
    const { page, context, errors } = await openArabic();
    expect(await languageOf(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await horizontalOrder(page, '.cm-side', '.cm-map-area')).toBe('first-left');
    expect(await latinTextOnScreen(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('in English the panel stays on the right (the comparison above can fail)', async () => {
    const { page, context } = await openArabic('?lang=en');
    expect(await languageOf(page)).toEqual({ lang: 'en', dir: 'ltr' });
    expect(await horizontalOrder(page, '.cm-side', '.cm-map-area')).toBe('first-right');
    expect((await latinTextOnScreen(page, 'en')).length).toBeGreaterThan(10);
    await context.close();
  });

  test('an event selected, the share dialog and a load error speak Arabic too', async () => {
    const { page, context } = await openArabic();
    await page.locator('.cm-events-scroller button').first().click();
    await page.waitForTimeout(300);
    expect(await latinTextOnScreen(page)).toEqual([]);
    await page.getByRole('button', { name: arabic.share.open }).click();
    await page.getByRole('dialog').waitFor();
    expect(await latinTextOnScreen(page)).toEqual([]);
    await context.close();

    const failed = await openArabic('?lang=ar&data=missing-file.json');
    await failed.page.locator('.cm-problems').waitFor();
    expect(await latinTextOnScreen(failed.page)).toEqual([]);
    await failed.context.close();

    // A dataset that reads but breaks the format's rules: each problem in Arabic, its path as code.
    for (const file of ['broken-references.json', 'broken-quote-and-dates.json', 'invalid-json.json']) {
      const broken = await openArabic(`?lang=ar&data=fixtures/${file}`);
      await broken.page.locator('.cm-problems li').first().waitFor();
      expect(await latinTextOnScreen(broken.page), file).toEqual([]);
      // None left in English either (an untranslated message would be marked lang="en", which the walk passes over).
      expect(await broken.page.locator('.cm-problems [lang="en"]').count(), file).toBe(0);
      await broken.context.close();
    }
  });

  test('the timeline slider reads Arabic dates in Arabic-Indic digits, and ArrowRight still moves later', async () => {
    const { page, context } = await openArabic();
    const cursor = page.locator('.cm-timeline-cursor');
    await cursor.focus();
    await page.keyboard.press('Home');
    const before = await page.evaluate(() => (window as unknown as { __conflictMap: { store: { getState(): { time: number } } } }).__conflictMap.store.getState().time);
    await page.keyboard.press('ArrowRight');
    const text = await cursorValueText(page);
    expect(text).toMatch(ARABIC_LETTER);
    expect(text).toMatch(ARABIC_DIGIT);
    expect(text).not.toMatch(/[A-Za-z0-9]/);
    const after = await page.evaluate(() => (window as unknown as { __conflictMap: { store: { getState(): { time: number } } } }).__conflictMap.store.getState().time);
    expect(after).toBeGreaterThan(before);
    // The Latin-digit option: same words, 0–9.
    await context.close();
    const latin = await openArabic('?lang=ar&digits=latin');
    await latin.page.locator('.cm-timeline-cursor').focus();
    await latin.page.keyboard.press('Home');
    await latin.page.keyboard.press('ArrowRight');
    const latinText = await cursorValueText(latin.page);
    expect(latinText).toMatch(ARABIC_LETTER);
    expect(latinText).toMatch(/[0-9]/);
    expect(latinText).not.toMatch(ARABIC_DIGIT);
    await latin.context.close();
  });

  test('one switch changes the interface and the map labels, and the link remembers it', async () => {
    const { page, context } = await openArabic('');
    expect(await languageOf(page)).toEqual({ lang: 'en', dir: 'ltr' });
    await page.getByRole('button', { name: 'العربية' }).click();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    expect(await languageOf(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    await page.waitForFunction(() => new URL(location.href).searchParams.get('lang') === 'ar');
    expect(await latinTextOnScreen(page)).toEqual([]);
    // The deep link opens in Arabic in a browser that prefers English.
    const link = page.url();
    await context.close();
    const again = await openTestPage(app.browser);
    await openApp(again.page, link.replace(app.server.url, `${app.server.url}`), '');
    expect(await languageOf(again.page)).toEqual({ lang: 'ar', dir: 'rtl' });
    await again.context.close();
  });

  test("a browser that prefers Arabic gets Arabic without asking", async () => {
    const tab = await openTestPage(app.browser, undefined, { locale: 'ar-SY' });
    await openApp(tab.page, app.server.url, '');
    expect(await languageOf(tab.page)).toEqual({ lang: 'ar', dir: 'rtl' });
    await tab.context.close();
  });

  test('at a phone width', async () => {
    const { page, context } = await openArabic('?lang=ar', { width: 390, height: 844 });
    expect(await latinTextOnScreen(page)).toEqual([]);
    await context.close();
  });

  test('axe finds no serious issue in Arabic, on the page, in the dark, with an event selected and in the embed', async () => {
    for (const query of ['?lang=ar', '?lang=ar&theme=dark', '?embed=1&lang=ar']) {
      const { page, context } = await openArabic(query);
      expect(describeViolations(await axeViolations(page)), query).toEqual([]);
      await context.close();
    }
  });
});

describe('embeds in Arabic', () => {
  test('the embed page', async () => {
    const { page, context } = await openArabic('?embed=1&lang=ar&controls=timeline,legend,panel');
    expect(await languageOf(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await latinTextOnScreen(page)).toEqual([]);
    await context.close();
  });

  test('<conflict-map lang="ar">: its shadow root speaks Arabic, right to left, and axe is clean', async () => {
    const { page, context } = await openTestPage(app.browser, { width: 1100, height: 760 });
    await page.goto(`${app.server.url}examples/arabic-element.html`);
    await waitForElementIdle(page);
    expect(await languageOf(page)).toEqual({ lang: 'en', dir: '' });
    expect(await languageOf(page, 'conflict-map >>> .cm-element-root')).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await latinTextOnScreen(page)).toEqual([]);
    expect(describeViolations(await axeViolations(page))).toEqual([]);
    await context.close();
  });
});

describe('data in two languages', () => {
  async function eventRowAndDetails(lang: string) {
    const tab = await openTestPage(app.browser);
    await openApp(tab.page, app.server.url, `?lang=${lang}&data=fixtures/bilingual.json&event=e1`);
    const details = (await tab.page.locator('.cm-details').first().innerText()).split('\n').map((line) => line.trim()).filter(Boolean);
    const row = await tab.page.locator('.cm-events-scroller button').first().innerText();
    await tab.context.close();
    return { details, row };
  }

  test('the Arabic interface leads with the Arabic title, the original beneath; English the reverse', async () => {
    const ar = await eventRowAndDetails('ar');
    expect(ar.row).toContain('إعادة فتح الجسر');
    expect(ar.details.indexOf('إعادة فتح الجسر')).toBeGreaterThanOrEqual(0);
    expect(ar.details.indexOf('إعادة فتح الجسر')).toBeLessThan(ar.details.indexOf('Bridge reopens'));
    const en = await eventRowAndDetails('en');
    expect(en.row).toContain('Bridge reopens');
    expect(en.details.indexOf('Bridge reopens')).toBeGreaterThanOrEqual(0);
    expect(en.details.indexOf('Bridge reopens')).toBeLessThan(en.details.indexOf('إعادة فتح الجسر'));
  });
});
