/**
 * The UI font of <conflict-map>, registered with the document under a family name of our own.
 *
 * Why not the page's @font-face rules: @font-face inside a shadow root is ignored by Chromium,
 * and adding @fontsource's sheet to the host document would redefine 'Noto Sans' for the
 * host's own text. A FontFace added to `document.fonts` under 'Conflict Map Sans' is used only
 * by text that names that family — ours (see conflict-map-element.css). The files are ours,
 * fetched from where the element's script came from (font-src 'self' when same-origin).
 */
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latin700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import arabic400 from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2?url';

export const ELEMENT_FONT_FAMILY = 'Conflict Map Sans';

// The unicode ranges @fontsource declares for each subset, so a browser fetches only the
// files for the scripts on screen.
const LATIN = 'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD';
const LATIN_EXT = 'U+0100-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, U+0304, U+0308, U+0329, U+1D00-1DBF, U+1E00-1E9F, U+1EF2-1EFF, U+2020, U+20A0-20AB, U+20AD-20C0, U+2113, U+2C60-2C7F, U+A720-A7FF';
const ARABIC = 'U+0600-06FF, U+0750-077F, U+0870-088E, U+0890-0891, U+0897-08E1, U+08E3-08FF, U+200C-200E, U+2010-2011, U+204F, U+2E41, U+FB50-FDFF, U+FE70-FE74, U+FE76-FEFC';

const FACES: readonly { url: string; weight: string; unicodeRange: string }[] = [
  { url: latin400, weight: '400', unicodeRange: LATIN },
  { url: latin700, weight: '700', unicodeRange: LATIN },
  { url: latinExt400, weight: '400', unicodeRange: LATIN_EXT },
  { url: arabic400, weight: '400', unicodeRange: ARABIC },
];

const registered = new WeakSet<Document>();

/** Adds the faces to `doc` once; the browser downloads each only when text needs it. */
export function registerElementFonts(doc: Document, baseUrl: string): void {
  if (registered.has(doc) || typeof FontFace !== 'function') return;
  registered.add(doc);
  for (const face of FACES) {
    const url = new URL(face.url, baseUrl).href;
    doc.fonts.add(
      new FontFace(ELEMENT_FONT_FAMILY, `url(${JSON.stringify(url)}) format('woff2')`, {
        weight: face.weight,
        unicodeRange: face.unicodeRange,
        display: 'swap',
      }),
    );
  }
}
