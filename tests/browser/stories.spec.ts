/**
 * Stories: the default dataset's story plays by keyboard and from a `?story=&step=` link, in the
 * page and in an embed; each step selects what it cites and the reader highlights the cited
 * words; a host page moves the story by postMessage and hears every step; leaving returns to
 * free exploring with the reader's filters.
 */
import { describe, expect, test } from 'vitest';
import type { Frame } from 'playwright-core';
import { openTestPage, type Page } from './support/browser';
import { openApp } from './support/app-driver';
import { serveBuiltApp } from './support/built-app';
import { hostPageRoutes, mapFrame, hostReady, waitForFrameMapIdle } from './support/embed-driver';

const STORY = 'us-presence-in-eastern-syria';
const app = serveBuiltApp();

type StoreWindow = { __conflictMap: { store: { getState(): { story: { id: string; step: number } | null; selected: { type: string; id: string } | null; window: { start: number; end: number } | null; time: number } } } };

function storeState(root: Page | Frame) {
  return root.evaluate(() => {
    const { story, selected, window: span, time } = (window as unknown as StoreWindow).__conflictMap.store.getState();
    return { story, selected, window: span, time };
  });
}

const card = (root: Page | Frame) => root.locator('.cm-story');

describe('stories', () => {
  test('a link opens the story at its step; Next, arrow keys and the step list move it; the URL follows', async () => {
    const { page, context, errors } = await openTestPage(app.browser);
    await openApp(page, app.server.url, `?story=${STORY}&step=2`);
    await expect.poll(() => card(page).locator('.cm-story-count').innerText()).toBe('2 of 5');
    const state = await storeState(page);
    expect(state.story).toEqual({ id: STORY, step: 1 });
    expect(state.selected).toEqual({ type: 'event', id: 'ev-2021-06-us-strikes-syria-iraq' });
    expect(state.window).toEqual({ start: Date.UTC(2021, 5, 1), end: Date.UTC(2021, 6, 1) });
    // The reader shows the cited words, highlighted.
    expect(await page.locator('.cm-article-text mark[data-active="true"]').count()).toBeGreaterThan(0);

    // By keyboard: Tab to Next, Enter; then the arrow keys inside the player.
    await card(page).getByRole('button', { name: 'Next' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await storeState(page)).story?.step).toBe(2);
    expect((await storeState(page)).selected).toEqual({ type: 'event', id: 'ev-2022-08-15-attacks-on-us-personnel' });
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await storeState(page)).story?.step).toBe(3);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await storeState(page)).story?.step).toBe(2);
    await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe('3');
    expect(new URL(page.url()).searchParams.get('story')).toBe(STORY);

    await card(page).getByText('All steps').click();
    await card(page).getByRole('button', { name: /pro-Iranian|Pro-Iranian/ }).click();
    await expect.poll(() => card(page).locator('.cm-story-count').innerText()).toBe('5 of 5');
    expect((await storeState(page)).selected).toEqual({ type: 'event', id: 'ev-2022-08-24-pro-iranian-groups-west-of-euphrates' });

    // Leaving (Escape inside the player) returns to free exploring.
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await storeState(page)).story).toBeNull();
    await expect.poll(() => card(page).count()).toBe(0);
    await expect.poll(() => new URL(page.url()).searchParams.has('story')).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the side panel lists the story and plays it from the start; a swipe moves it on', async () => {
    const { page, context } = await openTestPage(app.browser, { width: 390, height: 844 });
    await openApp(page, app.server.url, '');
    await page.getByRole('button', { name: /US forces and Iran-backed groups in eastern Syria/ }).click();
    await expect.poll(async () => (await storeState(page)).story).toEqual({ id: STORY, step: 0 });
    // The list is below the map at this width: bring the card back into view to swipe it.
    await card(page).scrollIntoViewIfNeeded();
    const box = (await card(page).boundingBox())!;
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width * 0.8, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.2, y, { steps: 5 });
    await page.mouse.up();
    await expect.poll(async () => (await storeState(page)).story?.step).toBe(1);
    await context.close();
  });

  test('in an embed: ?story=&step= plays, the host moves it by postMessage and hears each step', async () => {
    const mapUrl = `${app.server.url}?embed=1&controls=timeline,legend&story=${STORY}&step=3`;
    const { startStaticServer } = await import('./support/static-server');
    const host = await startStaticServer({ root: '.', routes: hostPageRoutes(mapUrl, `${app.server.url}embed/client.js`) });
    const { page, context } = await openTestPage(app.browser, { width: 1000, height: 700 });
    await page.goto(`${host.url}host.html`);
    const frame = await mapFrame(page);
    const ready = await hostReady(page);
    await waitForFrameMapIdle(frame);
    expect(ready.story).toEqual({ id: STORY, step: 3, stepCount: 5 });
    expect((await storeState(frame)).selected).toEqual({ type: 'event', id: 'ev-2022-08-15-attacks-on-us-personnel' });
    await page.evaluate(() => (window as unknown as { testHost: { client: { goToStep(step: number): void } } }).testHost.client.goToStep(5));
    await expect.poll(async () => (await storeState(frame)).story?.step).toBe(4);
    const steps = await page.evaluate(() =>
      (window as unknown as { testHost: { received: { data: { type?: string; story?: unknown } }[] } }).testHost.received
        .filter((m) => m.data.type === 'conflict-map:story-step')
        .map((m) => m.data.story),
    );
    expect(steps.at(-1)).toEqual({ id: STORY, step: 5, stepCount: 5 });
    // The reader's own Previous in the frame is announced too.
    await card(frame).getByRole('button', { name: 'Previous' }).click();
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            (window as unknown as { testHost: { received: { data: { type?: string; story?: { step: number } } }[] } }).testHost.received
              .filter((m) => m.data.type === 'conflict-map:story-step')
              .at(-1)?.data.story?.step,
        ),
      )
      .toBe(4);
    await context.close();
    await host.close();
  });
});
