/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// One config for the app build, the dev server and both test projects.
// `base: './'` keeps every asset URL relative, so the built app works from any path
// (a sub-folder on a newsroom's server, or an iframe).
export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      // Three entries share one set of hashed chunks and assets. The page is index.html; the
      // <conflict-map> element and the host pages' client get stable names, since other sites
      // link to them: `conflict-map.js` next to index.html (its folder is the app's base, see
      // conflict-map-element.ts) and `embed/client.js` (which imports nothing: one file).
      // Not Vite's library mode: it would inline fonts and GeoJSON as data: URLs, which a
      // strict CSP refuses, and ship them in every copy.
      input: {
        main: 'index.html',
        element: 'src/embed/conflict-map-element.ts',
        client: 'src/embed/client.ts',
      },
      // The client's and the element's exports are their API; an app build would drop them.
      preserveEntrySignatures: 'exports-only',
      output: {
        entryFileNames: (chunk) =>
          chunk.name === 'element' ? 'conflict-map.js' : chunk.name === 'client' ? 'embed/client.js' : 'assets/[name]-[hash].js',
        // zod's CSP switch (domain/csp-safe-zod) must run before any schema is built. Once the
        // page is split into chunks (the map starts before the rest loads), a chunk that builds
        // schemas can be evaluated before the entry's own first import: Rolldown keeps each
        // chunk's order, not the whole graph's. In one chunk with zod, the switch runs as soon
        // as zod itself does, before anything can use it.
        codeSplitting: { groups: [{ name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]|[\\/]src[\\/]domain[\\/]csp-safe-zod\.ts$/ }] },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173 },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          // Tests assert behaviour and counts, never time: a test of 20k–100k events on a machine
          // busy with something else may take many times its usual second, and must still pass.
          testTimeout: 60_000,
          hookTimeout: 60_000,
          benchmark: { include: ['tests/bench/**/*.bench.ts'] },
        },
      },
      {
        extends: true,
        test: {
          // Drives the built app (dist/) in headless Chromium; one file at a time, since
          // software WebGL already keeps both cores busy.
          name: 'browser',
          include: ['tests/browser/**/*.spec.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
