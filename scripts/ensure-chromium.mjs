/** `node scripts/ensure-chromium.mjs`: make sure a system Chromium exists (see lib/chromium.mjs). */
import { ensureChromium } from './lib/chromium.mjs';

console.log(`Chromium: ${ensureChromium()}`);
