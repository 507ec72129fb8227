/** `node tests/tools/ensure-chromium.mjs`: make sure a system Chromium exists (see chromium.mjs). */
import { ensureChromium } from './chromium.mjs';

console.log(`Chromium: ${ensureChromium()}`);
