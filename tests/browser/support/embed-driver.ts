/**
 * Domain actions for the embedding specs: host pages on other origins that frame the map and
 * talk to it through the shipped client (`embed/client.js`) or raw postMessage; the map frame
 * inside them; <conflict-map> elements and their shadow roots; CSP violation records.
 * Specs drive embeds through this driver, never through playwright-core.
 */
import { createServer } from 'node:http';
import type { Frame } from 'playwright-core';
import type { AppStore } from '../../../src/store/create-app-store';
import type { ChangeEvent, ConflictMapClient, EmbedState, ErrorMessage } from '../../../src/embed/client';
import type { ConflictMapElement } from '../../../src/embed/conflict-map-element';
import type { Page } from './browser';

/** What the test host page keeps on `window.testHost` (types only: erased before code runs there). */
interface TestHost {
  client: ConflictMapClient;
  changes: ChangeEvent[];
  errors: ErrorMessage[];
  /** Every message the host window received, from anyone. */
  received: { origin: string; data: unknown }[];
}
type HostWindow = { testHost: TestHost };
type MapWindow = { __conflictMap?: { store: AppStore; map: { loaded(): boolean; areTilesLoaded(): boolean; isMoving(): boolean } } };

/**
 * Routes of a host page for `startStaticServer`: `/host.html` frames `mapUrl` and loads
 * `/host.js`, which connects the client from `clientUrl` (on the map's origin) and records
 * everything on `window.testHost`.
 */
export function hostPageRoutes(mapUrl: string, clientUrl: string): Record<string, [string, string]> {
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test host</title><link rel="icon" href="data:,">
<script type="module" src="/host.js"></script></head>
<body><h1>Host</h1><iframe id="map" src="${mapUrl.replace(/&/g, '&amp;')}" title="Map" style="width:900px;height:560px;border:0"></iframe></body></html>`;
  const script = `import { ConflictMapClient } from ${JSON.stringify(clientUrl)};
const host = { client: null, changes: [], errors: [], received: [] };
window.testHost = host;
window.addEventListener('message', (event) => host.received.push({ origin: event.origin, data: event.data }));
host.client = ConflictMapClient.connect(document.getElementById('map'), { timeoutMs: 3000 });
host.client.on('change', (event) => host.changes.push(event));
host.client.on('error', (error) => host.errors.push(error));
`;
  return { '/host.html': ['text/html; charset=utf-8', html], '/host.js': ['text/javascript; charset=utf-8', script] };
}

/** Routes of a page that frames `mapUrl` and never connects a client (the tests post raw messages). */
export function bareHostRoutes(mapUrl: string): Record<string, [string, string]> {
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Bare host</title><link rel="icon" href="data:,">
<script type="module" src="/bare.js"></script></head>
<body><iframe id="map" src="${mapUrl.replace(/&/g, '&amp;')}" title="Map" style="width:900px;height:560px;border:0"></iframe></body></html>`;
  const script = `window.testHost = { changes: [], errors: [], received: [] };
window.addEventListener('message', (event) => window.testHost.received.push({ origin: event.origin, data: event.data }));`;
  return { '/bare.html': ['text/html; charset=utf-8', html], '/bare.js': ['text/javascript; charset=utf-8', script] };
}

/** The map's frame inside a host page (the one whose URL says `embed=1`). */
export async function mapFrame(page: Page): Promise<Frame> {
  for (let tries = 0; tries < 200; tries++) {
    const frame = page.frames().find((f) => f.url().includes('embed=1'));
    if (frame) return frame;
    await page.waitForTimeout(50);
  }
  throw new Error('no map frame on the host page');
}

/** Waits for the map in the frame to settle (style, tiles, no camera move). */
export async function waitForFrameMapIdle(frame: Frame, timeout = 60_000): Promise<void> {
  await frame.waitForFunction(
    () => {
      const map = (window as unknown as MapWindow).__conflictMap?.map;
      return !!map && map.loaded() && map.areTilesLoaded() && !map.isMoving();
    },
    undefined,
    { timeout, polling: 200 },
  );
}

/** The frame's own store, read directly (what the map really shows, whatever it says). */
export async function frameStore(frame: Frame): Promise<{ time: number; selected: { type: string; id: string } | null; playing: boolean }> {
  return frame.evaluate(() => {
    const state = (window as unknown as MapWindow).__conflictMap!.store.getState();
    return { time: state.time, selected: state.selected === null ? null : { ...state.selected }, playing: state.playing };
  });
}

/**
 * Moves the frame's time cursor `count` times in one task, tagged as the timeline's (what a
 * fast drag does); returns the last time set.
 */
export function scrubInFrame(frame: Frame, from: number, count: number, stepMs: number): Promise<number> {
  return frame.evaluate(
    ([start, n, step]) => {
      const { store } = (window as unknown as MapWindow).__conflictMap!;
      let time = start;
      for (let i = 0; i < n; i++) store.getState().setTime((time = start + i * step), 'timeline');
      return time;
    },
    [from, count, stepMs] as const,
  );
}

/** Resolves with the state the client's `ready` promise gave. */
export function hostReady(page: Page): Promise<EmbedState> {
  return page.evaluate(async () => {
    for (let i = 0; i < 600 && !(window as unknown as Partial<HostWindow>).testHost?.client; i++) {
      await new Promise((done) => setTimeout(done, 50));
    }
    return (window as unknown as HostWindow).testHost.client.ready;
  });
}

export function hostVersion(page: Page): Promise<number | null> {
  return page.evaluate(() => (window as unknown as HostWindow).testHost.client.version);
}

export type HostCommand =
  | { setTime: number | string }
  | { setWindow: { start: number | string; end: number | string } | null }
  | { select: { eventId: string } | { featureId: string } | { excerptId: string } | null }
  | { play: true }
  | { pause: true }
  | { setLanguage: 'en' | 'ar' };

/** Sends one command through the client. */
export async function hostSends(page: Page, command: HostCommand): Promise<void> {
  await page.evaluate((c) => {
    const { client } = (window as unknown as HostWindow).testHost;
    if ('setTime' in c) client.setTime(c.setTime);
    else if ('setWindow' in c) client.setWindow(c.setWindow);
    else if ('select' in c) client.select(c.select);
    else if ('play' in c) client.play();
    else if ('setLanguage' in c) client.setLanguage(c.setLanguage);
    else client.pause();
  }, command);
}

export function hostGetState(page: Page): Promise<EmbedState> {
  return page.evaluate(() => (window as unknown as HostWindow).testHost.client.getState());
}

export function hostChanges(page: Page): Promise<ChangeEvent[]> {
  return page.evaluate(() => (window as unknown as HostWindow).testHost.changes);
}

export function hostErrors(page: Page): Promise<ErrorMessage[]> {
  return page.evaluate(() => (window as unknown as HostWindow).testHost.errors);
}

/** Every `conflict-map:*` message the host window received, in order. */
export function hostReceived(page: Page): Promise<{ origin: string; type: string; data: unknown }[]> {
  return page.evaluate(() =>
    (window as unknown as HostWindow).testHost.received
      .filter((m) => typeof m.data === 'object' && m.data !== null && typeof (m.data as { type?: unknown }).type === 'string')
      .map((m) => ({ origin: m.origin, type: (m.data as { type: string }).type, data: m.data }))
      .filter((m) => m.type.startsWith('conflict-map:')),
  );
}

/** Forgets the changes recorded so far. */
export async function clearHostChanges(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as HostWindow).testHost.changes.length = 0;
  });
}

/** Posts a raw message from the host page to the map frame, as a hand-written host would. */
export async function hostPostsRaw(page: Page, message: unknown, targetOrigin = '*'): Promise<void> {
  await page.evaluate(
    ([data, origin]) => (document.getElementById('map') as HTMLIFrameElement).contentWindow!.postMessage(data, origin),
    [message, targetOrigin] as const,
  );
}

/** Clicks the timeline's track inside `root` (a frame or a page with one element) at `fraction` of its width. */
export async function clickTimelineTrack(root: Frame | Page, fraction: number, scope = ''): Promise<void> {
  const track = root.locator(`${scope} .cm-timeline [data-part="track"]`.trim()).first();
  const box = await track.boundingBox();
  if (!box) throw new Error('timeline track not visible');
  await track.click({ position: { x: box.width * fraction, y: box.height * 0.85 } });
}

/** Clicks the timeline's Play/Pause button inside `root`. */
export async function clickPlayPause(root: Frame | Page, scope = ''): Promise<void> {
  await root.locator(`${scope} .cm-timeline-play`.trim()).first().click();
}

// ---- <conflict-map> ----

/** Waits until the element's map is up and idle. */
export async function waitForElementIdle(page: Page, selector = 'conflict-map', timeout = 60_000): Promise<void> {
  await page.waitForFunction((s) => customElements.get('conflict-map') !== undefined && document.querySelector(s) !== null, selector, {
    timeout,
  });
  await page.evaluate((s) => (document.querySelector(s) as ConflictMapElement).whenIdle(), selector);
}

export function elementState(page: Page, selector = 'conflict-map'): Promise<EmbedState | null> {
  return page.evaluate((s) => (document.querySelector(s) as ConflictMapElement).state, selector);
}

/** Starts recording the element's `timechange` and `select` events on `window.elementEvents`. */
export async function recordElementEvents(page: Page, selector = 'conflict-map'): Promise<void> {
  await page.evaluate((s) => {
    const events: { type: string; detail: unknown }[] = [];
    (window as unknown as { elementEvents: typeof events }).elementEvents = events;
    const element = document.querySelector(s)!;
    for (const type of ['timechange', 'select']) {
      element.addEventListener(type, (event) => events.push({ type, detail: (event as CustomEvent).detail }));
    }
  }, selector);
}

export function elementEvents(page: Page): Promise<{ type: string; detail: unknown }[]> {
  return page.evaluate(() => (window as unknown as { elementEvents: { type: string; detail: unknown }[] }).elementEvents);
}

export async function setElementAttribute(page: Page, name: string, value: string | null, selector = 'conflict-map'): Promise<void> {
  await page.evaluate(
    ([s, n, v]) => {
      const element = document.querySelector(s)!;
      if (v === null) element.removeAttribute(n);
      else element.setAttribute(n, v);
    },
    [selector, name, value] as const,
  );
}

/** Computed values of `properties` for each selector (inside the element's shadow root when `shadowOf` is given). */
export function computedStyles(
  page: Page,
  selectors: string[],
  properties: string[],
  shadowOf?: string,
): Promise<Record<string, Record<string, string>>> {
  return page.evaluate(
    ([list, props, host]) => {
      const root: ParentNode = host ? document.querySelector(host)!.shadowRoot! : document;
      const out: Record<string, Record<string, string>> = {};
      for (const selector of list) {
        const element = root.querySelector(selector);
        if (!element) continue;
        const style = getComputedStyle(element);
        out[selector] = Object.fromEntries(props.map((p) => [p, style.getPropertyValue(p)]));
      }
      return out;
    },
    [selectors, properties, shadowOf ?? null] as const,
  );
}

/** Stylesheets and style elements of the host document (not of shadow roots). */
export function documentStyleSources(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('link[rel~="stylesheet"], style')].map((node) =>
      node instanceof HTMLLinkElement ? node.href : `<style> ${(node.textContent ?? '').slice(0, 60)}`,
    ),
  );
}

// ---- CSP ----

/** Installs, in every frame of every page of the context, a recorder of CSP violations. */
export const RECORD_CSP_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__cspViolations.push(event.violatedDirective + ' blocked ' + (event.blockedURI || '(inline)') + ' at ' + event.sourceFile + ':' + event.lineNumber);
  });
`;

export interface CspReportCollector {
  /** Where the policy's `report-uri` points. */
  url: string;
  /** The `csp-report` bodies received so far: directive, blocked URI, document. */
  reports: string[];
  close(): Promise<void>;
}

/**
 * A server that receives CSP violation reports. Needed for workers: a violation in a worker
 * fires no event in the page and logs nothing a test can hear, but it is reported.
 */
export async function startCspReportCollector(): Promise<CspReportCollector> {
  const reports: string[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      try {
        const report = (JSON.parse(body) as { 'csp-report'?: Record<string, unknown> })['csp-report'] ?? {};
        reports.push(`${String(report['effective-directive'])} blocked ${String(report['blocked-uri'])} in ${String(report['document-uri'])}`);
      } catch {
        reports.push(`unreadable report: ${body.slice(0, 200)}`);
      }
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('collector has no port');
  return {
    url: `http://127.0.0.1:${address.port}/csp-report`,
    reports,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** Violations recorded in the page and all its frames. */
export async function cspViolations(page: Page): Promise<string[]> {
  const all: string[] = [];
  for (const frame of page.frames()) {
    const found = await frame.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []).catch(() => []);
    all.push(...found.map((v) => `${frame.url()}: ${v}`));
  }
  return all;
}
