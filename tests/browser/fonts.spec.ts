/**
 * UI fonts are fetched for what is on screen (quality pass): every face of the UI's font has
 * the unicode-range of its subset, so an English interface loads the Latin faces at start and
 * never the Latin Extended one, on the page and in <conflict-map>.
 *
 * Read from `document.fonts` rather than the network: the map's labels are drawn with faces of
 * their own (map/style/font-faces.ts) from the same files, and fetch Latin Extended when a
 * label in the loaded tiles needs it (Turkish place names north of the region do).
 */
import { describe, expect, test } from 'vitest';
import { openTestPage } from './support/browser';
import { fontFaces, openApp, type FontFaceState } from './support/app-driver';
import { serveBuiltApp } from './support/built-app';

const ELEMENT_HOST = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Element host</title><link rel="icon" href="data:,"></head>
<body><conflict-map style="width: 900px; height: 560px"></conflict-map><script type="module" src="./conflict-map.js"></script></body></html>`;

const app = serveBuiltApp({ routes: { '/fonts-host.html': ['text/html; charset=utf-8', ELEMENT_HOST] } });

/** The subsets' first code points: U+0041 'A' is Latin, U+0100 'Ā' is Latin Extended. */
const covers = (face: FontFaceState, codePoint: number) =>
  face.unicodeRange.split(',').some((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-').map((hex) => Number.parseInt(hex, 16));
    return codePoint >= from! && codePoint <= (to ?? from)!;
  });

function expectLatinOnly(faces: FontFaceState[]): void {
  // Every face is limited to a range: none may stand for every character.
  expect(faces.length).toBeGreaterThan(1);
  for (const face of faces) expect(face.unicodeRange).not.toMatch(/^U\+0-10FFFF$/i);
  const latin = faces.filter((face) => covers(face, 0x41));
  const latinExt = faces.filter((face) => covers(face, 0x100));
  expect(latin.map((face) => face.status)).toContain('loaded');
  expect(latinExt.length).toBeGreaterThan(0);
  expect(latinExt.map((face) => face.status)).toEqual(latinExt.map(() => 'unloaded'));
}

describe('UI fonts', () => {
  test('the English page fetches the Latin faces of its font and not the Latin Extended one', async () => {
    const { page, context, errors } = await openTestPage(app.browser);
    await openApp(page, app.server.url);
    await page.evaluate(() => document.fonts.ready);
    expectLatinOnly(await fontFaces(page, 'Noto Sans'));
    expect(errors).toEqual([]);
    await context.close();
  });

  test('so does <conflict-map> on a host page', async () => {
    const { page, context, errors } = await openTestPage(app.browser);
    await page.goto(`${app.server.url}fonts-host.html`);
    await page.evaluate(() => document.querySelector('conflict-map')!.whenIdle());
    await page.evaluate(() => document.fonts.ready);
    expectLatinOnly(await fontFaces(page, 'Conflict Map Sans'));
    expect(errors).toEqual([]);
    await context.close();
  });
});
