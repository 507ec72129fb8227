/**
 * The only module that imports playwright-core: launches the system Chromium headless with
 * software WebGL and gives each test a page that blocks, and records, every request to a
 * host that is not this machine.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
// @ts-expect-error -- a plain ES module shared with `npm test`'s scripts; it has no types.
import { findChromium } from '../../tools/chromium.mjs';

export type { Browser, Page };

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchBrowser(): Promise<Browser> {
  const executablePath = (findChromium as () => string | null)();
  if (!executablePath) throw new Error('No Chromium found: run `node tests/tools/ensure-chromium.mjs` (npm test does).');
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_FLAGS });
}

export interface TestPage {
  page: Page;
  context: BrowserContext;
  /** Every request to a non-local host, blocked before it left the machine. */
  blockedRequests: string[];
  /** Console errors and uncaught page errors. */
  errors: string[];
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export async function openTestPage(
  browser: Browser,
  viewport = { width: 1280, height: 800 },
  options: { colorScheme?: 'light' | 'dark'; /** The browser's language (navigator.languages); English unless said. */ locale?: string } = {},
): Promise<TestPage> {
  const context = await browser.newContext({ viewport, colorScheme: options.colorScheme ?? 'light', locale: options.locale ?? 'en-GB' });
  const blockedRequests: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const local = url.protocol === 'data:' || url.protocol === 'blob:' || LOCAL_HOSTS.has(url.hostname);
    if (local) return route.continue();
    blockedRequests.push(url.href);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return { page, context, blockedRequests, errors };
}
