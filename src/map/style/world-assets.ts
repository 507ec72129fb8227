/**
 * URLs of the world basemap in geo-data/world/ (Natural Earth at small scale: land, borders,
 * country and first-level division names and lines). Vite emits them as hashed assets; the
 * style names them only once the view reaches outside the detailed region (map-controller),
 * so a first load that stays inside it fetches none of them. Same origin, nothing remote.
 */
import land from '../../../geo-data/world/land.geojson?url';
import borders from '../../../geo-data/world/borders.geojson?url';
import countryLabels from '../../../geo-data/world/country-labels.geojson?url';
import admin1Lines from '../../../geo-data/world/admin1-lines.geojson?url';
import admin1Labels from '../../../geo-data/world/admin1-labels.geojson?url';

export interface WorldUrls {
  land: string;
  borders: string;
  countryLabels: string;
  admin1Lines: string;
  admin1Labels: string;
}

/** Absolute URLs, since MapLibre resolves GeoJSON URLs inside its worker. */
export function worldUrls(baseUrl: string): WorldUrls {
  const at = (path: string) => new URL(path, baseUrl).href;
  return {
    land: at(land),
    borders: at(borders),
    countryLabels: at(countryLabels),
    admin1Lines: at(admin1Lines),
    admin1Labels: at(admin1Labels),
  };
}
