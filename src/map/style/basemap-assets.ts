/**
 * URLs of the basemap GeoJSON files in geo-data/basemap/. Vite copies them into the build as
 * hashed assets; MapLibre fetches and parses them in its worker. Same origin, nothing remote.
 */
import countries from '../../../geo-data/basemap/countries.geojson?url';
import boundaryLines from '../../../geo-data/basemap/borders.geojson?url';
import admin1 from '../../../geo-data/basemap/admin1.geojson?url';
import rivers from '../../../geo-data/basemap/rivers.geojson?url';
import lakes from '../../../geo-data/basemap/lakes.geojson?url';
import urbanAreas from '../../../geo-data/basemap/urban-areas.geojson?url';
import populatedPlaces from '../../../geo-data/basemap/places.geojson?url';

export interface BasemapUrls {
  countries: string;
  boundaryLines: string;
  admin1: string;
  rivers: string;
  lakes: string;
  urbanAreas: string;
  populatedPlaces: string;
}

/** Absolute URLs, since MapLibre resolves GeoJSON URLs inside its worker. */
export function basemapUrls(baseUrl: string): BasemapUrls {
  const at = (path: string) => new URL(path, baseUrl).href;
  return {
    countries: at(countries),
    boundaryLines: at(boundaryLines),
    admin1: at(admin1),
    rivers: at(rivers),
    lakes: at(lakes),
    urbanAreas: at(urbanAreas),
    populatedPlaces: at(populatedPlaces),
  };
}
