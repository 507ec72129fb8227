/**
 * The setup every spec file shares: the built app (dist/) served from a local port and one
 * headless Chromium, started before the file's tests and closed after them.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, type Browser } from './browser';
import { startStaticServer, type StaticServer, type StaticServerOptions } from './static-server';

export const DIST = fileURLToPath(new URL('../../../dist', import.meta.url));

export interface BuiltApp {
  readonly server: StaticServer;
  readonly browser: Browser;
}

/** Registers the file's beforeAll/afterAll; read `server` and `browser` inside tests. */
export function serveBuiltApp(options: Omit<StaticServerOptions, 'root'> = {}): BuiltApp {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startStaticServer({ root: DIST, ...options });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started yet: use it inside a test`);
    return value;
  };
  return {
    get server() {
      return ready(server, 'the app server');
    },
    get browser() {
      return ready(browser, 'the browser');
    },
  };
}
