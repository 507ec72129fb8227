/**
 * A tiny static file server for the browser tests and the benchmark: serves the built app
 * (dist/) or a host page from its own port, so tests can use two local origins and set
 * response headers such as a Content-Security-Policy. Files are streamed from disk with a
 * Content-Length (a loader shows byte progress; a 200 MB dataset is never held in memory).
 */
import { createReadStream } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  root: string;
  headers?: Record<string, string>;
  /** Extra routes answered before files: path → [content type, body]. */
  routes?: Record<string, [string, string]>;
  /** Other folders served under a path prefix, e.g. `{ '/bench-data/': dir }`. */
  mounts?: Record<string, string>;
}

export async function startStaticServer({ root, headers = {}, routes = {}, mounts = {} }: StaticServerOptions): Promise<StaticServer> {
  const roots: [string, string][] = [...Object.entries(mounts).map(([prefix, dir]): [string, string] => [prefix, resolve(dir)]), ['/', resolve(root)]];
  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      const route = routes[path];
      if (route) {
        response.writeHead(200, { 'content-type': route[0], ...headers });
        response.end(route[1]);
        return;
      }
      const [prefix, base] = roots.find(([p]) => path.startsWith(p))!;
      const relativePath = `/${path.slice(prefix.length)}`;
      const file = normalize(join(base, relativePath.endsWith('/') ? `${relativePath}index.html` : relativePath));
      if (!file.startsWith(base)) {
        response.writeHead(403).end();
        return;
      }
      try {
        const info = await stat(file);
        const target = info.isDirectory() ? join(file, 'index.html') : file;
        const { size } = info.isDirectory() ? await stat(target) : info;
        response.writeHead(200, {
          'content-type': MIME[extname(target)] ?? 'application/octet-stream',
          'content-length': size,
          'access-control-allow-origin': '*',
          ...headers,
        });
        createReadStream(target).pipe(response);
      } catch {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      }
    })();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
