/**
 * Share / Embed (issue 6): copy a link to the current view; build an iframe snippet whose
 * live preview shows the embed as configured.
 */
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { openTestPage } from './support/browser';
import { openApp } from './support/app-driver';
import { eventButton } from './support/explore-driver';
import { serveBuiltApp } from './support/built-app';

const artifacts = fileURLToPath(new URL('./artifacts/', import.meta.url));
const app = serveBuiltApp();

test('the Share / Embed dialog gives a link to this view and an embed snippet with a live preview', async () => {
  const { page, context, errors } = await openTestPage(app.browser);
  await openApp(page, app.server.url);
  await eventButton(page, 'US airstrikes in Deir ez-Zor').click();
  await page.getByRole('button', { name: 'Share / Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share and embed' });
  await expect.poll(() => dialog.isVisible()).toBe(true);

  const link = await dialog.getByRole('textbox', { name: 'Link to this view' }).inputValue();
  expect(link).toContain('event=ev-2022-08-23-us-strikes-deir-ez-zor');
  expect(link).toContain('view=');

  const snippet = dialog.getByRole('textbox', { name: 'Embed code' });
  expect(await snippet.inputValue()).toMatch(/<iframe src="[^"]*embed=1[^"]*"/);
  await dialog.getByRole('checkbox', { name: 'Responsive (fills the page\'s width)' }).uncheck();
  await dialog.getByRole('spinbutton', { name: 'Width' }).fill('640');
  await dialog.getByRole('checkbox', { name: 'Legend' }).uncheck();
  const code = await snippet.inputValue();
  expect(code).toContain('width="640"');
  expect(code).toMatch(/controls=timeline(,|%2C)zoom(&amp;|")/);

  // The preview is the embed itself: it loads the same URL and shows the selection.
  const preview = page.frameLocator('iframe[title="Embed preview"]');
  await expect.poll(() => preview.getByRole('link', { name: /Open full map/ }).count(), { timeout: 30_000 }).toBe(1);
  expect(await preview.locator('.cm-legend').count()).toBe(0);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `${artifacts}share-dialog.png` });

  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect.poll(() => dialog.count()).toBe(0);
  expect(errors).toEqual([]);
  await context.close();
});
