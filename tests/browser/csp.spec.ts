/**
 * Safe for the host: the built app, the embed and the example host pages (iframe, iframe +
 * API, web component) run under a strict Content-Security-Policy — no eval, no inline script —
 * with no violation reported by the browser, and the map still draws.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openTestPage, type Browser, type TestPage } from './support/browser';
import { waitForMapIdle } from './support/app-driver';
import {
  cspViolations,
  mapFrame,
  RECORD_CSP_VIOLATIONS,
  startCspReportCollector,
  waitForElementIdle,
  waitForFrameMapIdle,
  type CspReportCollector,
} from './support/embed-driver';
import { startStaticServer, type StaticServer } from './support/static-server';

const dist = fileURLToPath(new URL('../../dist', import.meta.url));
const artifacts = fileURLToPath(new URL('./artifacts/', import.meta.url));

/** The policy of the issue, verbatim. */
const CSP =
  "default-src 'self'; script-src 'self'; worker-src 'self' blob:; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'";

let server: StaticServer;
let collector: CspReportCollector;
let browser: Browser;

beforeAll(async () => {
  collector = await startCspReportCollector();
  server = await startStaticServer({
    root: dist,
    headers: {
      'content-security-policy': CSP,
      // The same policy again, only reporting: so violations in workers (which no page event
      // or console message shows) reach the collector. Enforcement is the header above, as is.
      'content-security-policy-report-only': `${CSP}; report-uri ${collector.url}`,
    },
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await collector?.close();
});

interface CspTab extends TestPage {
  /** Console messages that speak of the policy (from the page, its frames and workers). */
  cspConsole: string[];
}

async function openUnderCsp(path: string): Promise<CspTab> {
  collector.reports.length = 0;
  const tab = await openTestPage(browser, { width: 1100, height: 900 });
  await tab.context.addInitScript(RECORD_CSP_VIOLATIONS);
  const cspConsole: string[] = [];
  tab.context.on('console', (message) => {
    if (/Content Security Policy|unsafe-eval|Refused to/i.test(message.text())) cspConsole.push(message.text());
  });
  await tab.page.goto(`${server.url}${path}`);
  return { ...tab, cspConsole };
}

async function expectNoViolations(tab: CspTab): Promise<void> {
  // A beat for reports that are queued after the work that caused them.
  await tab.page.waitForTimeout(300);
  expect(await cspViolations(tab.page)).toEqual([]);
  expect(tab.cspConsole).toEqual([]);
  expect(collector.reports).toEqual([]);
  expect(tab.errors).toEqual([]);
}

describe('under a strict Content-Security-Policy', () => {
  test('the server really sends the policy, an inline script is refused, and the violation is seen', async () => {
    const tab = await openUnderCsp('');
    const response = await tab.page.request.get(server.url);
    expect(response.headers()['content-security-policy']).toBe(CSP);
    // The recorder works: a violation made on purpose is caught (so zero below means zero).
    await tab.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.head.append(script);
    });
    // (Twice: once for the policy, once for its reporting copy.)
    await expect.poll(async () => (await cspViolations(tab.page)).length).toBeGreaterThan(0);
    await expect.poll(() => collector.reports.length).toBeGreaterThan(0);
    expect(collector.reports[0]).toContain('script-src');
    expect(await tab.page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan)).toBeUndefined();
    await tab.context.close();
  });

  test('the full app draws its map with no violation', async () => {
    const tab = await openUnderCsp('');
    await waitForMapIdle(tab.page);
    await expectNoViolations(tab);
    await tab.context.close();
  });

  test('the embed view draws its map with no violation', async () => {
    const tab = await openUnderCsp('?embed=1&t=2022-08-23&event=ev-2022-08-23-us-strikes-deir-ez-zor');
    await waitForMapIdle(tab.page);
    await expectNoViolations(tab);
    await tab.context.close();
  });

  test('example: iframe', async () => {
    const tab = await openUnderCsp('examples/iframe.html');
    await waitForFrameMapIdle(await mapFrame(tab.page));
    await tab.page.screenshot({ path: `${artifacts}example-iframe.png`, fullPage: true });
    await expectNoViolations(tab);
    await tab.context.close();
  });

  test('example: iframe + API (the client connects and drives the map)', async () => {
    const tab = await openUnderCsp('examples/iframe-api.html');
    await waitForFrameMapIdle(await mapFrame(tab.page));
    const log = tab.page.locator('#log');
    await expect.poll(() => log.textContent()).toContain('ready (API version 1)');
    await tab.page.getByRole('button', { name: '23 Aug: the strikes' }).click();
    await tab.page.getByRole('button', { name: 'Read the state' }).click();
    await expect.poll(() => log.textContent()).toContain('"selectedEventId":"ev-2022-08-23-us-strikes-deir-ez-zor"');
    await waitForFrameMapIdle(await mapFrame(tab.page));
    await tab.page.screenshot({ path: `${artifacts}example-iframe-api.png`, fullPage: true });
    await expectNoViolations(tab);
    await tab.context.close();
  });

  test('example: web component', async () => {
    const tab = await openUnderCsp('examples/web-component.html');
    await waitForElementIdle(tab.page);
    await tab.page.screenshot({ path: `${artifacts}example-web-component.png`, fullPage: true });
    await expectNoViolations(tab);
    await tab.context.close();
  });
});
