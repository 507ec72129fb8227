/**
 * The timeline strip, driven as a person would: the cursor dragged and moved from the
 * keyboard, playback, window mode by its body and edges, zoom by buttons and wheel with the
 * axis ticks following, marks clicked to select, light and dark, a phone's width, and 100k
 * synthetic events that keep the canvas dense and the repaint quick.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { openTestPage, type TestPage } from './support/browser';
import { openApp } from './support/app-driver';
import { serveBuiltApp } from './support/built-app';
import {
  axisTicks,
  axisInkLuminance,
  clickTrackAt,
  drawCount,
  dragCursorBy,
  dragWindowBodyBy,
  dragWindowEdgeBy,
  eventStarts,
  highlightDrawnAt,
  lastDrawMs,
  dashSwitchesAlong,
  loadSyntheticEvents,
  markColumnAt,
  markMode,
  nextFrames,
  selectElsewhere,
  setKindFilter,
  setStoreTheme,
  setStoreWindow,
  timelineState,
  trackGeometry,
  visibleEventCount,
  waitForTimeline,
  wheelOverTrack,
  xOfTime,
} from './support/timeline-driver';

const artifacts = fileURLToPath(new URL('./artifacts/', import.meta.url));
const DAY = 86_400_000;

const app = serveBuiltApp();

async function open(viewport?: { width: number; height: number }, query = ''): Promise<TestPage> {
  const tab = await openTestPage(app.browser, viewport);
  await openApp(tab.page, app.server.url, query);
  await waitForTimeline(tab.page);
  return tab;
}

/** The strip itself: the map has its own "Zoom in" and "Zoom out" buttons. */
const strip = (tab: TestPage) => tab.page.getByRole('region', { name: 'Event timeline' });
const timelineSlider = (tab: TestPage) => tab.page.getByRole('slider', { name: 'Timeline', exact: true });
/** Polls with room for a shared, busy machine (the default gives up after a second). */
const eventually = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 10_000 });
/** The slider's value as a screen reader says it; the isolate marks around data (U+2068 … U+2069) are silent. */
const valueText = async (tab: TestPage) => (await timelineSlider(tab).getAttribute('aria-valuetext'))?.replace(/[\u2066-\u2069]/g, '') ?? null;

describe('the timeline strip', () => {
  test('shows the default dataset over the years, in light and dark, without errors', async () => {
    const tab = await open();
    const { page, errors } = tab;
    expect((await axisTicks(page)).unit).toBe('year');
    expect(await markMode(page)).toBe('sparse');
    const slider = timelineSlider(tab);
    expect(await slider.getAttribute('aria-valuetext')).toBe('24 August 2022');
    expect(Number(await slider.getAttribute('aria-valuenow'))).toBe(Date.UTC(2022, 7, 24));
    expect(Number(await slider.getAttribute('aria-valuemin'))).toBe(Date.UTC(2009, 0, 20));
    for (const name of ['Play', 'Zoom in', 'Zoom out', 'Fit all', 'Loop', 'Window']) {
      expect(await strip(tab).getByRole('button', { name, exact: true }).count()).toBe(1);
    }
    // The store opens in window mode, over the whole extent: all seven events.
    expect(await strip(tab).getByRole('button', { name: 'Window', exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.cm-timeline [data-part="count"]').textContent()).toMatch(/^7 events in window/);

    await page.locator('.cm-timeline').screenshot({ path: `${artifacts}timeline.png` });
    expect(await axisInkLuminance(page)).toBeLessThan(0.45);
    await page.getByRole('button', { name: 'Dark theme' }).click();
    // The canvas is repainted in the dark theme's colours (light ink), not left as it was under a dark page.
    await eventually(() => axisInkLuminance(page)).toBeGreaterThan(0.55);
    await page.locator('.cm-timeline').screenshot({ path: `${artifacts}timeline-dark.png` });
    expect(errors).toEqual([]);
    await tab.context.close();
  });

  test('inside an embed, a theme change repaints the canvas in the new colours', async () => {
    const tab = await open(undefined, '?embed=1&theme=light');
    // The embed's page never sets <html data-theme>: the canvas must follow the app's own root.
    expect(await axisInkLuminance(tab.page)).toBeLessThan(0.45);
    await setStoreTheme(tab.page, 'dark');
    await eventually(() => axisInkLuminance(tab.page)).toBeGreaterThan(0.55);
    await tab.page.locator('.cm-timeline').screenshot({ path: `${artifacts}timeline-embed-dark.png` });
    await setStoreTheme(tab.page, 'light');
    await eventually(() => axisInkLuminance(tab.page)).toBeLessThan(0.45);
    await tab.context.close();
  });

  test('fits a phone: every control on screen at 360 px', async () => {
    const tab = await open({ width: 360, height: 740 });
    const { page } = tab;
    for (const name of ['Play', 'Zoom in', 'Zoom out', 'Fit all', 'Loop', 'Window']) {
      const box = await strip(tab).getByRole('button', { name, exact: true }).boundingBox();
      expect(box, name).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    }
    const region = await page.locator('.cm-timeline').boundingBox();
    expect(region!.width).toBeLessThanOrEqual(360);
    await page.locator('.cm-timeline').screenshot({ path: `${artifacts}timeline-360.png` });
    await tab.context.close();
  });
});

describe('the cursor', () => {
  test('dragged with the mouse moves the store time, and the slider says the new date, without repainting', async () => {
    const tab = await open();
    const { page } = tab;
    await strip(tab).getByRole('button', { name: 'Fit all' }).click();
    const before = await timelineState(page);
    const draws = await drawCount(page);
    await dragCursorBy(page, -300);
    const after = await timelineState(page);
    const geometry = await trackGeometry(page);
    const msPerPx = (geometry.viewEnd - geometry.viewStart) / geometry.width;
    expect(after.time).toBeLessThan(before.time);
    expect(Math.abs(before.time - 300 * msPerPx - after.time)).toBeLessThan(3 * msPerPx);
    const text = await valueText(tab);
    expect(text).not.toBe('24 August 2022');
    expect(text).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
    expect(Number(await timelineSlider(tab).getAttribute('aria-valuenow'))).toBe(Math.round(after.time));
    // Scrubbing moves DOM nodes only: the canvas is not repainted.
    expect(await drawCount(page)).toBe(draws);
    await tab.context.close();
  });

  test('works from the keyboard: events with arrows, days with Shift, months with PageUp/PageDown, Home/End', async () => {
    const tab = await open();
    const { page } = tab;
    const slider = timelineSlider(tab);
    await slider.focus();
    await page.keyboard.press('Home');
    await eventually(() => valueText(tab)).toBe('20 January 2009');
    await page.keyboard.press('ArrowRight');
    await eventually(() => valueText(tab)).toBe('1 June 2021');
    await page.keyboard.press('End');
    await eventually(() => valueText(tab)).toBe('24 August 2022');
    await page.keyboard.press('ArrowLeft');
    await eventually(() => valueText(tab)).toBe('23 August 2022');
    await page.keyboard.press('ArrowLeft');
    await eventually(() => valueText(tab)).toBe('15 August 2022');
    await page.keyboard.press('Shift+ArrowRight');
    await eventually(() => valueText(tab)).toBe('16 August 2022');
    await page.keyboard.press('PageDown');
    await eventually(() => valueText(tab)).toBe('16 July 2022');
    await page.keyboard.press('PageUp');
    await page.keyboard.press('PageUp');
    await eventually(() => valueText(tab)).toBe('16 September 2022');
    expect((await timelineState(page)).time).toBe(Date.UTC(2022, 8, 16));
    await tab.context.close();
  });

  test('Space plays (the cursor advances) and pauses; the speed select sets the speed', async () => {
    const tab = await open();
    const { page } = tab;
    await strip(tab).getByRole('combobox', { name: 'Playback speed' }).selectOption({ label: 'Month per second' });
    expect((await timelineState(page)).speed).toBe('month');
    await timelineSlider(tab).focus();
    await page.keyboard.press('Space');
    await eventually(async () => (await timelineState(page)).playing).toBe(true);
    expect(await strip(tab).getByRole('button', { name: 'Pause', exact: true }).count()).toBe(1);
    const started = (await timelineState(page)).time;
    // From the last event, play restarts at the start of the range (2009; a month per second has run since).
    expect(started).toBeLessThan(Date.UTC(2010, 0, 1));
    await eventually(async () => (await timelineState(page)).time).toBeGreaterThan(started + 20 * DAY);
    await page.keyboard.press('Space');
    await eventually(async () => (await timelineState(page)).playing).toBe(false);
    const paused = (await timelineState(page)).time;
    await page.waitForTimeout(300);
    expect((await timelineState(page)).time).toBe(paused);
    expect(await valueText(tab)).not.toBe('20 January 2009');
    expect(await strip(tab).getByRole('button', { name: 'Play', exact: true }).count()).toBe(1);
    await tab.context.close();
  });

  test('the Play button and Loop toggle drive the store', async () => {
    const tab = await open();
    const { page } = tab;
    const loop = strip(tab).getByRole('button', { name: 'Loop' });
    expect(await loop.getAttribute('aria-pressed')).toBe('false');
    await loop.click();
    expect(await loop.getAttribute('aria-pressed')).toBe('true');
    expect((await timelineState(page)).loop).toBe(true);
    await strip(tab).getByRole('button', { name: 'Play', exact: true }).click();
    await eventually(async () => (await timelineState(page)).playing).toBe(true);
    await strip(tab).getByRole('button', { name: 'Pause', exact: true }).click();
    await eventually(async () => (await timelineState(page)).playing).toBe(false);
    await tab.context.close();
  });
});

describe('window mode', () => {
  test('the Window toggle switches between cursor and window mode', async () => {
    const tab = await open();
    const { page } = tab;
    const toggle = strip(tab).getByRole('button', { name: 'Window', exact: true });
    const extent = (await timelineState(page)).window;
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect((await timelineState(page)).window).toBeNull();
    expect(await page.getByRole('slider', { name: 'Window start' }).count()).toBe(0);
    await eventually(() => page.locator('.cm-timeline [data-part="count"]').textContent()).toMatch(/at cursor$/);
    await toggle.click();
    expect((await timelineState(page)).window).toEqual(extent);
    expect(await page.getByRole('slider', { name: 'Window start' }).count()).toBe(1);
    await tab.context.close();
  });

  test('dragging an edge resizes the window; dragging its body moves it whole', async () => {
    const tab = await open();
    const { page } = tab;
    const initial = (await timelineState(page)).window!;
    await dragWindowEdgeBy(page, 'end', -400);
    const resized = (await timelineState(page)).window!;
    expect(resized.start).toBe(initial.start);
    expect(resized.end).toBeLessThan(initial.end - 365 * DAY);
    expect(resized.end % DAY).toBe(0);
    const geometry = await trackGeometry(page);
    const msPerPx = (geometry.viewEnd - geometry.viewStart) / geometry.width;
    expect(Math.abs(initial.end - 400 * msPerPx - resized.end)).toBeLessThan(5 * msPerPx);

    await dragWindowBodyBy(page, 150);
    const moved = (await timelineState(page)).window!;
    expect(moved.end - moved.start).toBe(resized.end - resized.start);
    expect(moved.start).toBeGreaterThan(resized.start + 100 * msPerPx);
    const end = page.getByRole('slider', { name: 'Window end' });
    expect(Number(await end.getAttribute('aria-valuenow'))).toBe(moved.end);

    await dragWindowEdgeBy(page, 'start', 60);
    const narrowed = (await timelineState(page)).window!;
    expect(narrowed.end).toBe(moved.end);
    expect(narrowed.start).toBeGreaterThan(moved.start);

    // The count beside the readout is what the map shows: same window, same overlap rule.
    const shown = await visibleEventCount(page);
    await eventually(() => page.locator('.cm-timeline [data-part="count"]').textContent()).toMatch(new RegExp(`^${shown} events? in window`));
    await tab.context.close();
  });

  test('window edges move by a day with the arrows and a month with PageUp/PageDown', async () => {
    const tab = await open();
    const { page } = tab;
    const initial = (await timelineState(page)).window!;
    const start = page.getByRole('slider', { name: 'Window start' });
    await start.focus();
    await page.keyboard.press('ArrowRight');
    expect((await timelineState(page)).window!.start).toBe(initial.start + DAY);
    await page.keyboard.press('PageUp');
    expect((await timelineState(page)).window!.start).toBe(Date.UTC(2009, 1, 21));
    await eventually(() => start.getAttribute('aria-valuetext')).toBe('21 February 2009');
    const end = page.getByRole('slider', { name: 'Window end' });
    await end.focus();
    await page.keyboard.press('PageDown');
    expect((await timelineState(page)).window!.end).toBe(Date.UTC(2022, 6, 25));
    await eventually(() => end.getAttribute('aria-valuetext')).toBe('24 July 2022');
    await page.keyboard.press('ArrowLeft');
    expect((await timelineState(page)).window!.end).toBe(Date.UTC(2022, 6, 24));
    await tab.context.close();
  });
});

describe('zoom', () => {
  test('the zoom buttons and the wheel change the axis from years to months to days, and Fit all goes back', async () => {
    const tab = await open();
    const { page } = tab;
    expect((await axisTicks(page)).unit).toBe('year');
    const zoomIn = strip(tab).getByRole('button', { name: 'Zoom in' });
    for (let i = 0; i < 4; i++) await zoomIn.click();
    await nextFrames(page);
    const months = await axisTicks(page);
    expect(months.unit).toBe('month');
    expect(months.labels.some((label) => /^[A-Z][a-z]{2}$/.test(label))).toBe(true);

    // The wheel zooms about the pointer: the date under it stays put.
    const target = Date.UTC(2022, 7, 20);
    const before = await trackGeometry(page);
    await wheelOverTrack(page, target, -400, 4);
    const days = await axisTicks(page);
    expect(['day', 'week']).toContain(days.unit);
    expect(days.labels.some((label) => /^\d{1,2} Aug$/.test(label))).toBe(true);
    const after = await trackGeometry(page);
    expect(after.viewEnd - after.viewStart).toBeLessThan((before.viewEnd - before.viewStart) / 4);
    // The pointer sits on a whole pixel, up to one off the target; zooming magnifies that
    // pixel by the zoom ratio. Zooming about the middle instead would move it hundreds of px.
    const ratio = (before.viewEnd - before.viewStart) / (after.viewEnd - after.viewStart);
    expect(Math.abs(xOfTime(after, target) - xOfTime(before, target))).toBeLessThan(ratio + 2);
    await page.locator('.cm-timeline').screenshot({ path: `${artifacts}timeline-days.png` });

    await strip(tab).getByRole('button', { name: 'Zoom out' }).click();
    await nextFrames(page);
    const out = await trackGeometry(page);
    expect(out.viewEnd - out.viewStart).toBeCloseTo(2 * (after.viewEnd - after.viewStart), -3);
    await strip(tab).getByRole('button', { name: 'Fit all' }).click();
    await nextFrames(page);
    expect((await axisTicks(page)).unit).toBe('year');
    await tab.context.close();
  });
});

describe('marks', () => {
  test('clicking a mark selects its event and moves the cursor to it', async () => {
    const tab = await open();
    const { page } = tab;
    const events = await eventStarts(page);
    const june = events.find((e) => e.id === 'ev-2021-06-us-strikes-syria-iraq')!;
    await clickTrackAt(page, (june.startMs + june.endMs) / 2);
    await eventually(async () => (await timelineState(page)).selected).toEqual({ type: 'event', id: june.id });
    expect((await timelineState(page)).time).toBe(june.startMs);
    // The cursor stands on the month's first day; the slider says the event is of the month, not of that day.
    expect(await valueText(tab)).toBe('1 June 2021 · US strikes in Syria and Iraq, June 2021, June 2021');

    // Zoomed to days, a day mark is clicked by its own day.
    const attack = events.find((e) => e.id === 'ev-2022-08-15-attacks-on-us-personnel')!;
    await strip(tab).getByRole('button', { name: 'Fit all' }).click();
    // Re-aimed between turns of the wheel, as a person would: from the fitted view one pixel
    // is six days, too coarse to aim at a day and zoom 400× in one go.
    for (let i = 0; i < 3; i++) await wheelOverTrack(page, attack.startMs + DAY / 2, -400, 2);
    await clickTrackAt(page, attack.startMs + DAY / 2);
    await eventually(async () => (await timelineState(page)).selected).toEqual({ type: 'event', id: attack.id });
    await tab.context.close();
  });

  test('the first deployment, dated only "during the Obama administration", is the dashed box of "some time between", not a bar', async () => {
    const tab = await open();
    const { page, errors } = tab;
    const deployed = (await eventStarts(page)).find((e) => e.id === 'ev-us-forces-first-deployed-to-syria')!;
    // Mid-year, away from the grid lines at the year ticks.
    const inside = Date.UTC(2013, 6, 1);
    // A solid bar would be a few rows of strong paint; the box is faint paint down the mark band,
    // strong only in its two outline rows.
    const column = await markColumnAt(page, inside);
    expect(column.paintedRows).toBeGreaterThan(20);
    expect(column.strongRows).toBeLessThanOrEqual(2);
    // Its outline is dashed: along the top edge the stroke switches on and off many times.
    expect(await dashSwitchesAlong(page, Date.UTC(2010, 0, 1), Date.UTC(2016, 0, 1))).toBeGreaterThan(10);
    await page.locator('.cm-timeline').screenshot({ path: `${artifacts}timeline-between.png` });

    await clickTrackAt(page, inside);
    await eventually(async () => (await timelineState(page)).selected).toEqual({ type: 'event', id: deployed.id });
    const when = 'some time between 20 January 2009 and 20 January 2017';
    const details = page.getByRole('region', { name: 'US forces first deployed to Syria' });
    await eventually(() => details.textContent()).toContain(when);
    // The cursor sits on the bounds' first day; the slider says that is a bound, not the date.
    expect(await valueText(tab)).toBe(`20 January 2009 · US forces first deployed to Syria, ${when}`);
    // The list's rows are one line each: the same claim, with the months abbreviated.
    expect(await page.getByRole('list', { name: 'Events' }).textContent()).toContain('some time between 20 Jan 2009 and 20 Jan 2017');
    await page.screenshot({ path: `${artifacts}between-selected.png` });

    // A window over 2016 holds the deployment only possibly; one over all of it, certainly.
    await setStoreWindow(page, { start: Date.UTC(2016, 0, 1), end: Date.UTC(2016, 6, 1) });
    await eventually(() => page.locator('.cm-timeline [data-part="count"]').textContent()).toMatch(/^1 event in window \(possibly\)/);
    await setStoreWindow(page, { start: Date.UTC(2008, 0, 1), end: Date.UTC(2023, 0, 1) });
    await eventually(() => page.locator('.cm-timeline [data-part="count"]').textContent()).toMatch(/^7 events in window ·/);
    expect(await strip(tab).getByRole('list', { name: 'Timeline key' }).textContent()).toContain('some time within');
    expect(errors).toEqual([]);
    await tab.context.close();
  });

  test('an event selected elsewhere (the map, the list) is highlighted on the timeline, and cleared with it', async () => {
    const tab = await open();
    const { page } = tab;
    const june = Date.UTC(2021, 5, 15);
    expect(await highlightDrawnAt(page, june)).toBe(false);
    await selectElsewhere(page, { type: 'event', id: 'ev-2021-06-us-strikes-syria-iraq' });
    expect(await highlightDrawnAt(page, june)).toBe(true);
    expect(await highlightDrawnAt(page, Date.UTC(2013, 0, 1))).toBe(false);
    await selectElsewhere(page, null);
    expect(await highlightDrawnAt(page, june)).toBe(false);
    await tab.context.close();
  });

  test('hovering a mark marks its event hovered and names it; filtered-out kinds cannot be picked', async () => {
    const tab = await open();
    const { page } = tab;
    const events = await eventStarts(page);
    const june = events.find((e) => e.id === 'ev-2021-06-us-strikes-syria-iraq')!;
    const geometry = await trackGeometry(page);
    const y = geometry.top + geometry.height - 16 - 18 - 12;
    await page.mouse.move(xOfTime(geometry, (june.startMs + june.endMs) / 2), y);
    await eventually(async () => (await timelineState(page)).hovered).toEqual({ type: 'event', id: june.id });
    await eventually(() => page.locator('.cm-timeline-tooltip').textContent()).toContain('June 2021');
    await page.mouse.move(geometry.left + 5, geometry.top + 2);
    await eventually(async () => (await timelineState(page)).hovered).toBeNull();

    await setKindFilter(page, ['attack', 'presence', 'statement', 'deployment']);
    await nextFrames(page);
    const time = (await timelineState(page)).time;
    await clickTrackAt(page, (june.startMs + june.endMs) / 2);
    const state = await timelineState(page);
    expect(state.selected).toBeNull();
    expect(state.time).not.toBe(time);
    await tab.context.close();
  });
});

describe('at scale', () => {
  test('100k events: dense marks, a quick repaint, and scrubbing that repaints nothing', async () => {
    const tab = await open();
    const { page, errors } = tab;
    await loadSyntheticEvents(page, 100_000);
    expect(await markMode(page)).toBe('dense');
    const zoomIn = strip(tab).getByRole('button', { name: 'Zoom in' });
    const durations: number[] = [];
    for (let i = 0; i < 6; i++) {
      await zoomIn.click();
      await nextFrames(page);
      durations.push(await lastDrawMs(page));
    }
    await strip(tab).getByRole('button', { name: 'Fit all' }).click();
    await nextFrames(page);
    durations.push(await lastDrawMs(page));
    durations.sort((a, b) => a - b);
    const median = durations[Math.floor(durations.length / 2)]!;
    console.log(`timeline repaint at 100k events: median ${median.toFixed(1)} ms, max ${durations.at(-1)!.toFixed(1)} ms`);
    expect(median).toBeLessThan(25);

    const draws = await drawCount(page);
    await dragCursorBy(page, -250);
    expect(await drawCount(page)).toBe(draws);
    await page.locator('.cm-timeline').screenshot({ path: `${artifacts}timeline-100k.png` });

    const shown = await visibleEventCount(page);
    await eventually(() => page.locator('.cm-timeline [data-part="count"]').textContent())
      .toMatch(new RegExp(`^${shown.toLocaleString('en-GB')} events in window`));
    expect(errors).toEqual([]);
    await tab.context.close();
  });
});
