/**
 * Local font files for the style's `font-faces`, from the @fontsource npm packages, so labels
 * draw with no glyph server: Noto Sans for Latin, Noto Sans Arabic for Arabic (the browser's
 * text engine joins and orders it right to left).
 */
import type { FontFacesSpecification } from 'maplibre-gl';
import latinRegular from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinExtRegular from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import latinBold from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import latinExtBold from '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff2?url';
import arabicRegular from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2?url';
import arabicBold from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff2?url';

export const FONT_REGULAR = 'Noto Sans Regular';
export const FONT_BOLD = 'Noto Sans Bold';

// The unicode ranges are those @fontsource declares for each subset.
const LATIN = ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+02BB-02BC', 'U+02C6', 'U+02DA', 'U+02DC', 'U+0304', 'U+0308', 'U+0329', 'U+2000-206F', 'U+20AC', 'U+2122', 'U+2191', 'U+2193', 'U+2212', 'U+2215', 'U+FEFF', 'U+FFFD'];
const LATIN_EXT = ['U+0100-02BA', 'U+02BD-02C5', 'U+02C7-02CC', 'U+02CE-02D7', 'U+02DD-02FF', 'U+0304', 'U+0308', 'U+0329', 'U+1D00-1DBF', 'U+1E00-1E9F', 'U+1EF2-1EFF', 'U+2020', 'U+20A0-20AB', 'U+20AD-20C0', 'U+2113', 'U+2C60-2C7F', 'U+A720-A7FF'];
const ARABIC = ['U+0600-06FF', 'U+0750-077F', 'U+0870-088E', 'U+0890-0891', 'U+0897-08E1', 'U+08E3-08FF', 'U+200C-200E', 'U+2010-2011', 'U+204F', 'U+2E41', 'U+FB50-FDFF', 'U+FE70-FE74', 'U+FE76-FEFC'];

/** Font URLs are resolved against the page so they work wherever the app is served from. */
export function buildFontFaces(baseUrl: string): FontFacesSpecification {
  const at = (path: string) => new URL(path, baseUrl).href;
  return {
    [FONT_REGULAR]: [
      { url: at(latinRegular), 'unicode-range': LATIN },
      { url: at(latinExtRegular), 'unicode-range': LATIN_EXT },
      { url: at(arabicRegular), 'unicode-range': ARABIC },
    ],
    [FONT_BOLD]: [
      { url: at(latinBold), 'unicode-range': LATIN },
      { url: at(latinExtBold), 'unicode-range': LATIN_EXT },
      { url: at(arabicBold), 'unicode-range': ARABIC },
    ],
  };
}
