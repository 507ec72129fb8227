/**
 * Embedding (issue: embed API and web component): a host page on another origin frames the
 * map and drives it through the shipped client; a host on an origin the map does not allow
 * is ignored; the <conflict-map> element keeps its styles and the host's apart, follows its
 * attributes and reports the reader's changes as events.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openTestPage, type Browser, type TestPage } from './support/browser';
import {
  bareHostRoutes,
  clearHostChanges,
  clickPlayPause,
  clickTimelineTrack,
  computedStyles,
  documentStyleSources,
  elementEvents,
  elementState,
  frameStore,
  hostChanges,
  hostErrors,
  hostGetState,
  hostPageRoutes,
  hostPostsRaw,
  hostReady,
  hostReceived,
  hostSends,
  hostVersion,
  mapFrame,
  recordElementEvents,
  scrubInFrame,
  setElementAttribute,
  waitForElementIdle,
  waitForFrameMapIdle,
} from './support/embed-driver';
import { startStaticServer, type StaticServer } from './support/static-server';
import { latinTextOnScreen } from './support/language-driver';

const dist = fileURLToPath(new URL('../../dist', import.meta.url));
const artifacts = fileURLToPath(new URL('./artifacts/', import.meta.url));

const STRIKES = 'ev-2022-08-23-us-strikes-deir-ez-zor';
const ATTACKS = 'ev-2022-08-15-attacks-on-us-personnel';
const CROSSING = 'al-bukamal-crossing';
const AUG_15 = Date.UTC(2022, 7, 15);
const AUG_23 = Date.UTC(2022, 7, 23);

/** A host stylesheet that would wreck anything it reached. */
const HOSTILE_CSS = `
* {
  color: rgb(255, 0, 0) !important; font-size: 40px !important; font-family: 'Comic Sans MS', cursive !important;
  letter-spacing: 3px !important; text-transform: uppercase !important; font-style: italic !important;
}
canvas { display: none !important; }
div { border: 5px solid red !important; }
button { background: rgb(0, 255, 0) !important; }
`;

let mapServer: StaticServer;
let hostServer: StaticServer;
let otherServer: StaticServer;
let browser: Browser;
let mapOrigin: string;
let hostOrigin: string;

beforeAll(async () => {
  // The map on one origin; its example page, with a hostile stylesheet added, and the same
  // page without the element (to compare the host's own look with and without it).
  const example = readFileSync(`${dist}/examples/web-component.html`, 'utf8');
  mapServer = await startStaticServer({
    root: dist,
    routes: {
      '/examples/hostile.css': ['text/css; charset=utf-8', HOSTILE_CSS],
      '/examples/hostile-host.html': ['text/html; charset=utf-8', example.replace('</head>', '<link rel="stylesheet" href="./hostile.css" /></head>')],
      '/examples/without-element.html': [
        'text/html; charset=utf-8',
        example
          .replace('<script type="module" src="../conflict-map.js"></script>', '')
          .replace('</head>', '<link rel="stylesheet" href="./hostile.css" /></head>'),
      ],
      '/examples/two-maps.html': [
        'text/html; charset=utf-8',
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Two maps</title><link rel="icon" href="data:,">
<script type="module" src="../conflict-map.js"></script></head><body>
<conflict-map id="a" time="2022-08-15" controls="timeline"></conflict-map>
<conflict-map id="b" time="2022-08-23" event="${STRIKES}" controls="timeline" theme="dark"></conflict-map></body></html>`,
      ],
    },
  });
  mapOrigin = new URL(mapServer.url).origin;
  // The host (allowed) and another origin (not allowed), each with its own port. Their pages
  // are routes added once the origins are known.
  const hostRoutes: Record<string, [string, string]> = {};
  const otherRoutes: Record<string, [string, string]> = {};
  hostServer = await startStaticServer({ root: fileURLToPath(new URL('./support/', import.meta.url)), routes: hostRoutes });
  otherServer = await startStaticServer({ root: fileURLToPath(new URL('./support/', import.meta.url)), routes: otherRoutes });
  hostOrigin = new URL(hostServer.url).origin;
  const clientUrl = `${mapOrigin}/embed/client.js`;
  const allowed = `${mapOrigin}/?embed=1&controls=timeline,legend&allowedOrigins=${encodeURIComponent(hostOrigin)}`;
  Object.assign(hostRoutes, hostPageRoutes(allowed, clientUrl));
  // The same host page, framing the map without allowedOrigins: the parent alone may talk.
  Object.assign(hostRoutes, {
    '/default.html': hostPageRoutes(`${mapOrigin}/?embed=1&controls=timeline`, clientUrl)['/host.html']!,
  });
  Object.assign(otherRoutes, bareHostRoutes(allowed));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([mapServer?.close(), hostServer?.close(), otherServer?.close()]);
});

async function openHost(path = 'host.html'): Promise<TestPage & { frame: Awaited<ReturnType<typeof mapFrame>> }> {
  const tab = await openTestPage(browser, { width: 1000, height: 700 });
  await tab.page.goto(`${hostServer.url}${path}`);
  const frame = await mapFrame(tab.page);
  await hostReady(tab.page);
  await waitForFrameMapIdle(frame);
  return { ...tab, frame };
}

describe('host page API (iframe on another origin)', () => {
  test('the host receives ready with the API version and the initial state', async () => {
    const { page, context, errors } = await openHost();
    const state = await hostReady(page);
    expect(await hostVersion(page)).toBe(1);
    expect(state.datasetTitle).toBe('US strikes in Deir ez-Zor, August 2022');
    expect(state.visibleEventIds.length).toBe(state.visibleEventCount);
    expect(state.visibleEventIds.length).toBeGreaterThan(0);
    const ready = (await hostReceived(page)).filter((m) => m.type === 'conflict-map:ready');
    expect(ready).toHaveLength(1);
    expect(ready[0]!.origin).toBe(mapOrigin);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('switches the framed map to Arabic, right to left, and reads the language back', async () => {
    const { page, context, frame, errors } = await openHost();
    expect((await hostGetState(page)).lang).toBe('en');
    await hostSends(page, { setLanguage: 'ar' });
    await frame.waitForFunction(() => document.documentElement.dir === 'rtl');
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('ar');
    await expect.poll(() => latinTextOnScreen(frame)).toEqual([]);
    expect(await hostGetState(page)).toMatchObject({ lang: 'ar', digits: 'locale' });
    expect(errors).toEqual([]);
    await context.close();
  });

  test('sets the time and a selection, and reads them back with get-state', async () => {
    const { page, context, frame, errors } = await openHost();
    await hostSends(page, { setTime: '2022-08-15' });
    let state = await hostGetState(page);
    expect(state.time).toBe(AUG_15);
    expect(state.timeIso).toBe('2022-08-15T00:00:00.000Z');
    expect((await frameStore(frame)).time).toBe(AUG_15);

    await hostSends(page, { select: { eventId: STRIKES } });
    state = await hostGetState(page);
    expect(state.selectedEventId).toBe(STRIKES);
    expect(state.selectedFeatureId).toBeNull();
    // Selecting an event moves the cursor to its start, as in the app.
    expect(state.time).toBe(AUG_23);

    await hostSends(page, { select: { featureId: CROSSING } });
    state = await hostGetState(page);
    expect(state.selectedFeatureId).toBe(CROSSING);
    expect(state.selectedEventId).toBeNull();
    expect((await frameStore(frame)).selected).toEqual({ type: 'feature', id: CROSSING });

    await hostSends(page, { setWindow: { start: Date.UTC(2022, 7, 1), end: Date.UTC(2022, 8, 1) } });
    state = await hostGetState(page);
    expect(state.window).toMatchObject({ start: Date.UTC(2022, 7, 1), end: Date.UTC(2022, 8, 1), startIso: '2022-08-01T00:00:00.000Z' });
    expect(state.visibleEventIds).toEqual(expect.arrayContaining([STRIKES, ATTACKS]));
    expect(state.visibleEventIds).not.toContain('ev-2021-06-us-strikes-syria-iraq');

    // The host's own commands are not reported back as changes.
    await page.waitForTimeout(400);
    expect(await hostChanges(page)).toEqual([]);
    await page.screenshot({ path: `${artifacts}embed-host-api.png` });
    expect(errors).toEqual([]);
    await context.close();
  });

  test('an unknown id is answered with an error message, and the map carries on', async () => {
    const { page, context, frame, errors } = await openHost();
    await hostSends(page, { select: { eventId: STRIKES } });
    await hostSends(page, { select: { eventId: 'no-such-event' } });
    await expect.poll(() => hostErrors(page)).toHaveLength(1);
    const [error] = await hostErrors(page);
    expect(error).toMatchObject({ type: 'conflict-map:error', code: 'unknown-id', request: 'conflict-map:select' });
    expect(error!.message).toContain('no-such-event');
    const state = await hostGetState(page);
    expect(state.selectedEventId).toBe(STRIKES);
    expect((await frameStore(frame)).selected).toEqual({ type: 'event', id: STRIKES });
    expect(errors).toEqual([]);
    await context.close();
  });

  test('malformed and foreign messages are ignored, without errors in the frame', async () => {
    const { page, context, frame, errors } = await openHost();
    await hostSends(page, { setTime: AUG_15 });
    await expect.poll(async () => (await frameStore(frame)).time).toBe(AUG_15);
    for (const junk of [
      'conflict-map:set-time',
      null,
      42,
      { type: 'conflict-map:set-time', time: 'yesterday' },
      { type: 'conflict-map:set-time', time: Number.NaN },
      { type: 'conflict-map:set-time' },
      { type: 'conflict-map:select', eventId: 7 },
      { type: 'conflict-map:select', eventId: STRIKES, featureId: CROSSING },
      { type: 'conflict-map:get-state' },
      { type: 'conflict-map:teleport', to: 'Baghdad' },
      { type: 'webpackOk' },
      { source: 'react-devtools-bridge', payload: {} },
    ]) {
      await hostPostsRaw(page, junk);
    }
    // A well-formed raw command after the junk still works: the listener is alive.
    await hostPostsRaw(page, { type: 'conflict-map:get-state', requestId: 'raw-1' });
    const answers = async () =>
      (await hostReceived(page)).filter(
        (m) => m.type !== 'conflict-map:ready' && !String((m.data as { requestId?: unknown }).requestId).startsWith('cm-'),
      );
    // Only the last, well-formed request got an answer; the junk got none, not even an error.
    await expect.poll(async () => (await answers()).length).toBe(1);
    const [answer] = await answers();
    expect(answer).toMatchObject({ type: 'conflict-map:state', data: { requestId: 'raw-1' } });
    expect((await frameStore(frame)).time).toBe(AUG_15);
    expect((await frameStore(frame)).selected).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a click in the frame sends change; playback ticks do not, pausing does', async () => {
    const { page, context, frame, errors } = await openHost();
    await clickTimelineTrack(frame, 0.3);
    await expect.poll(() => hostChanges(page)).not.toEqual([]);
    const [change] = await hostChanges(page);
    expect(change!.changed).toContain('time');
    const store = await frameStore(frame);
    expect(change!.state.time).toBe(store.time);

    // Playback started by the host: its ticks move the time but are nobody's change.
    await clearHostChanges(page);
    await hostSends(page, { play: true });
    await expect.poll(async () => (await frameStore(frame)).playing).toBe(true);
    const before = (await frameStore(frame)).time;
    await page.waitForTimeout(700);
    expect((await frameStore(frame)).time).toBeGreaterThan(before);
    expect(await hostChanges(page)).toEqual([]);

    // The reader pauses: that is a change.
    await clickPlayPause(frame);
    await expect.poll(() => hostChanges(page)).not.toEqual([]);
    const changes = await hostChanges(page);
    expect(changes.at(-1)!.changed).toContain('playing');
    expect(changes.at(-1)!.state.playing).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('scrubbing is coalesced: sixty moves in a frame make one change message', async () => {
    const { page, context, frame } = await openHost();
    // What a fast drag does: the timeline sets the time on every pointer move.
    const last = await scrubInFrame(frame, Date.UTC(2022, 7, 1), 60, 3_600_000);
    await page.waitForTimeout(400);
    const changes = await hostChanges(page);
    expect(changes).toHaveLength(1);
    expect(changes[0]!.changed).toEqual(['time']);
    expect(changes[0]!.state.time).toBe(last);
    await context.close();
  });

  test('a host on an origin the map does not allow is ignored', async () => {
    const tab = await openTestPage(browser, { width: 1000, height: 700 });
    const { page, context, errors } = tab;
    await page.goto(`${otherServer.url}bare.html`);
    const frame = await mapFrame(page);
    await waitForFrameMapIdle(frame);
    const before = await frameStore(frame);
    await hostPostsRaw(page, { type: 'conflict-map:set-time', time: AUG_15 });
    await hostPostsRaw(page, { type: 'conflict-map:select', eventId: STRIKES });
    await hostPostsRaw(page, { type: 'conflict-map:play' });
    await hostPostsRaw(page, { type: 'conflict-map:get-state', requestId: 'sneaky' });
    await clickTimelineTrack(frame, 0.5);
    await page.waitForTimeout(800);
    const after = await frameStore(frame);
    expect(after.selected).toEqual(before.selected);
    expect(after.playing).toBe(false);
    expect(after.time).not.toBe(AUG_15);
    // Not even `ready` or a `change` reached it: they are addressed to the allowed origin only.
    expect(await hostReceived(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('without allowedOrigins, the framing page may talk to the map', async () => {
    const { page, context, frame, errors } = await openHost('default.html');
    await hostSends(page, { select: { eventId: ATTACKS } });
    const state = await hostGetState(page);
    expect(state.selectedEventId).toBe(ATTACKS);
    expect((await frameStore(frame)).selected).toEqual({ type: 'event', id: ATTACKS });
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('<conflict-map> web component', () => {
  test('renders with a hostile host stylesheet: nothing leaks in, nothing leaks out', async () => {
    const { page, context, errors } = await openTestPage(browser, { width: 1100, height: 1000 });
    const hostSelectors = ['h1', 'p', 'main', '.controls button', '.log'];
    const hostProps = ['color', 'font-size', 'font-family', 'box-sizing', 'margin-top', 'border-top-width', 'background-color', 'line-height'];

    // The host page's look without the element…
    await page.goto(`${mapServer.url}examples/without-element.html`);
    const hostAlone = await computedStyles(page, hostSelectors, hostProps);
    // …and with it.
    await page.goto(`${mapServer.url}examples/hostile-host.html`);
    await waitForElementIdle(page);
    expect(await computedStyles(page, hostSelectors, hostProps)).toEqual(hostAlone);
    // The element added no stylesheet to the host document.
    expect((await documentStyleSources(page)).every((s) => /examples\.css|hostile\.css/.test(s))).toBe(true);

    const inside = await computedStyles(
      page,
      ['.cm-app', '.cm-timeline-play', '.cm-timeline-readout', 'canvas.maplibregl-canvas', '.cm-map-area', '.cm-timeline'],
      ['color', 'font-size', 'font-family', 'display', 'border-top-width', 'background-color', 'letter-spacing', 'text-transform', 'font-style'],
      'conflict-map',
    );
    // Inherited properties would cross the boundary through the element itself: sealed off.
    expect(inside['.cm-timeline-readout']).toMatchObject({ 'letter-spacing': 'normal', 'text-transform': 'none', 'font-style': 'normal' });
    expect(inside['.cm-app']!['color']).not.toBe('rgb(255, 0, 0)');
    expect(inside['.cm-app']!['font-size']).toBe('14px');
    expect(inside['.cm-app']!['font-family']).toContain('Conflict Map Sans');
    expect(inside['.cm-timeline-readout']!['color']).not.toBe('rgb(255, 0, 0)');
    expect(inside['.cm-timeline-readout']!['font-size']).not.toBe('40px');
    expect(inside['.cm-timeline-play']!['background-color']).not.toBe('rgb(0, 255, 0)');
    expect(inside['canvas.maplibregl-canvas']!['display']).not.toBe('none');
    expect(inside['.cm-map-area']!['border-top-width']).toBe('0px');
    expect(inside['.cm-timeline']!['border-top-width']).not.toBe('5px');

    // The UI font is ours, under our own family name, and it loaded.
    await expect
      .poll(() => page.evaluate(() => [...document.fonts].filter((f) => f.family.includes('Conflict Map Sans') && f.status === 'loaded').length))
      .toBeGreaterThan(0);
    const state = await elementState(page);
    expect(state?.selectedEventId).toBe(STRIKES);
    expect(await page.evaluate(() => (window as unknown as { __conflictMap?: unknown }).__conflictMap)).toBeUndefined();
    await page.locator('conflict-map').screenshot({ path: `${artifacts}embed-element-hostile.png` });
    await page.screenshot({ path: `${artifacts}embed-element-hostile-page.png`, fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  test('attribute changes update the map; the reader\'s changes come out as events', async () => {
    const { page, context, errors } = await openTestPage(browser, { width: 1100, height: 1000 });
    await page.goto(`${mapServer.url}examples/web-component.html`);
    await waitForElementIdle(page);
    await recordElementEvents(page);

    await setElementAttribute(page, 'time', '2022-08-15');
    await expect.poll(async () => (await elementState(page))?.time).toBe(AUG_15);
    await setElementAttribute(page, 'event', null);
    await setElementAttribute(page, 'feature', CROSSING);
    await expect.poll(async () => (await elementState(page))?.selectedFeatureId).toBe(CROSSING);
    await setElementAttribute(page, 'theme', 'dark');
    await expect.poll(() => page.locator('conflict-map .cm-app').getAttribute('data-theme')).toBe('dark');
    await setElementAttribute(page, 'lang', 'ar');
    // Attribute changes are the host's own doing: no events for them.
    await page.waitForTimeout(300);
    expect(await elementEvents(page)).toEqual([]);

    // The reader clicks the timeline inside the shadow root.
    await clickTimelineTrack(page, 0.6, 'conflict-map');
    await expect.poll(() => elementEvents(page)).not.toEqual([]);
    const events = await elementEvents(page);
    const timechange = events.find((e) => e.type === 'timechange');
    const time = (await elementState(page))!.time;
    expect(timechange?.detail).toEqual({ time, iso: new Date(time).toISOString() });

    // The example page's own script logged them too (the events bubble out of the element).
    await expect.poll(() => page.locator('#log').textContent()).toContain('timechange');
    await page.screenshot({ path: `${artifacts}embed-element-example.png`, fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  test('two elements on one page keep their own state; removing one unmounts it', async () => {
    const { page, context, errors } = await openTestPage(browser, { width: 1000, height: 1100 });
    await page.goto(`${mapServer.url}examples/two-maps.html`);
    await waitForElementIdle(page, '#a');
    await waitForElementIdle(page, '#b');
    expect((await elementState(page, '#a'))?.time).toBe(AUG_15);
    expect((await elementState(page, '#a'))?.selectedEventId).toBeNull();
    expect((await elementState(page, '#b'))?.selectedEventId).toBe(STRIKES);
    expect(await page.locator('#b .cm-app').getAttribute('data-theme')).toBe('dark');

    await setElementAttribute(page, 'time', '2022-08-24', '#a');
    await expect.poll(async () => (await elementState(page, '#a'))?.time).toBe(Date.UTC(2022, 7, 24));
    expect((await elementState(page, '#b'))?.time).toBe(AUG_23);

    await page.screenshot({ path: `${artifacts}embed-two-elements.png`, fullPage: true });

    const removed = await page.evaluateHandle(() => {
      const element = document.getElementById('b')!;
      element.remove();
      return element;
    });
    // Detached: the map inside it is gone, and so is its state.
    await expect
      .poll(() => removed.evaluate((element) => element.shadowRoot!.querySelector('.cm-element-root') === null))
      .toBe(true);
    expect(await removed.evaluate((element) => (element as unknown as { state: unknown }).state)).toBeNull();
    expect(await page.locator('#a canvas.maplibregl-canvas').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
