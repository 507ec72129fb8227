/**
 * Turns off zod's JIT before any schema exists. Imported first by the dataset schemas
 * (dataset-schema.ts) and by the dataset worker, which loads zod at start. The page and the
 * <conflict-map> element load zod only on demand, after their entry has run: the build keeps
 * this module in one chunk with zod itself (vite.config.ts), so the switch is set as soon as
 * zod is loaded, whichever module builds the first schema.
 *
 * Why: zod 4 compiles fast object parsers with `new Function`, and to learn whether it may, it
 * probes `new Function('')` when the first object schema is built. Under a strict
 * Content-Security-Policy (`script-src 'self'`, no 'unsafe-eval') the probe throws, which zod
 * catches, but the browser still reports a CSP violation, and a newsroom's CSP reporting would
 * flag every page view. With `jitless` zod skips both the probe and the compiler.
 * https://zod.dev/packages/core#jitless (the `jitless` global config).
 */
import { z } from 'zod';

z.config({ jitless: true });
