/**
 * axe-core (WCAG 2.2 A/AA) over the app's main states, every scrolling panel scrolled
 * through: the map idle, an event selected, the share dialog, the embed, Arabic labels, the
 * dark theme, a phone's width and a load error. No serious or critical violation may remain.
 */
import { describe, expect, test } from 'vitest';
import { openTestPage, type Page } from './support/browser';
import { openApp } from './support/app-driver';
import { axeViolations, describeViolations } from './support/axe-driver';
import { serveBuiltApp } from './support/built-app';

const app = serveBuiltApp();

async function check(query: string, act?: (page: Page) => Promise<void>, viewport?: { width: number; height: number }) {
  const tab = await openTestPage(app.browser, viewport);
  await openApp(tab.page, app.server.url, query);
  if (act) await act(tab.page);
  const violations = describeViolations(await axeViolations(tab.page));
  await tab.context.close();
  return violations;
}

describe('accessibility (axe, WCAG 2.2 A/AA)', () => {
  test('the map idle', async () => {
    expect(await check('')).toEqual([]);
  });

  test('an event selected', async () => {
    expect(
      await check('', async (page) => {
        await page.getByRole('list', { name: 'Events' }).getByRole('button').first().click();
        await page.waitForTimeout(300);
      }),
    ).toEqual([]);
  });

  test('the share dialog', async () => {
    expect(
      await check('', async (page) => {
        await page.getByRole('button', { name: 'Share / Embed' }).click();
        await page.getByRole('dialog').waitFor();
      }),
    ).toEqual([]);
  });

  test('the embed', async () => {
    expect(await check('?embed=1')).toEqual([]);
  });

  test('Arabic labels and the dark theme', async () => {
    expect(await check('?lang=ar&theme=dark')).toEqual([]);
  });

  test("a phone's width", async () => {
    expect(await check('', undefined, { width: 390, height: 844 })).toEqual([]);
  });

  test('a load error', async () => {
    expect(await check('?data=missing-file.json')).toEqual([]);
  });
});

describe('keyboard and screen reader', () => {
  test('skip links come first and move focus to the map, the timeline, the events and the source', async () => {
    const { page, context } = await openTestPage(app.browser);
    await openApp(page, app.server.url);
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Skip to map');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('maplibregl-canvas'))).toBe(true);
    for (const [link, role] of [['Skip to timeline', 'slider'], ['Skip to events', 'button'], ['Skip to source', 'article']] as const) {
      await page.getByRole('link', { name: link }).focus();
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('role') ?? document.activeElement?.tagName.toLowerCase())).toBe(role);
    }
    await context.close();
  });

  test('the share dialog keeps focus inside, closes on Escape from any control, and gives focus back to its opener', async () => {
    const { page, context } = await openTestPage(app.browser);
    await openApp(page, app.server.url);
    const opener = page.getByRole('button', { name: 'Share / Embed' });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'Share and embed' });
    await dialog.waitFor();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null || document.activeElement === document.body)).toBe(true);
    }
    // The page behind is inert: a pointer over its toolbar reaches the dialog's backdrop, not the button.
    expect(
      await page.evaluate(() => {
        const button = [...document.querySelectorAll('.cm-header button')].find((b) => b.textContent === 'Dark theme')!;
        const rect = button.getBoundingClientRect();
        return document.elementFromPoint(rect.x + rect.width / 2, rect.y + rect.height / 2)?.tagName;
      }),
    ).toBe('DIALOG');
    await dialog.getByRole('combobox').first().focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await focusedName(page)).toBe('Share / Embed');
    await context.close();
  });

  test('the slider says its new date in the same task as the key press, and selections are announced politely', async () => {
    const { page, context } = await openTestPage(app.browser);
    await openApp(page, app.server.url);
    const texts = await page.evaluate(() => {
      const slider = document.querySelector<HTMLElement>('.cm-timeline [data-part="cursor"]')!;
      slider.focus();
      slider.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
      const afterHome = slider.getAttribute('aria-valuetext');
      slider.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
      return [afterHome, slider.getAttribute('aria-valuetext')];
    });
    expect(texts[0]).toMatch(/^20 January 2009/);
    expect(texts[1]).toMatch(/^24 August 2022/);
    await page.getByRole('list', { name: 'Events' }).getByRole('button', { name: /US airstrikes in Deir ez-Zor/ }).click();
    const status = page.locator('.cm-app > [role="status"][aria-live="polite"]');
    // The title is data, isolated in the sentence by U+2068 … U+2069 (silent).
    await expect.poll(async () => (await status.textContent())?.replace(/[\u2066-\u2069]/g, '')).toBe('Selected event: US airstrikes in Deir ez-Zor, 23 August 2022');
    await context.close();
  });

  test('the focus ring stands out 3:1 from what is around it, in both themes', async () => {
    for (const theme of ['light', 'dark']) {
      const { page, context } = await openTestPage(app.browser);
      await openApp(page, app.server.url, `?theme=${theme}`);
      await page.getByRole('button', { name: 'Share / Embed' }).focus();
      const ratio = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const parse = (colour: string) => (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
        const luminance = ([r, g, b]: number[]) =>
          [r!, g!, b!].map((c) => c / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
        let behind: HTMLElement | null = element.parentElement;
        while (behind && getComputedStyle(behind).backgroundColor === 'rgba(0, 0, 0, 0)') behind = behind.parentElement;
        const ring = luminance(parse(getComputedStyle(element).outlineColor));
        const background = luminance(parse(getComputedStyle(behind ?? document.body).backgroundColor));
        return (Math.max(ring, background) + 0.05) / (Math.min(ring, background) + 0.05);
      });
      expect(ratio).toBeGreaterThanOrEqual(3);
      await context.close();
    }
  });
});

async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => (document.activeElement as HTMLElement | null)?.textContent?.trim() ?? '');
}
