/**
 * `npm run geo-data`: derives the committed geographic files from the shared sources.
 * Reads ../shared/geo-sources (relative to the repository root), writes geo-data/basemap/*.geojson,
 * geo-data/mission-features.geojson, the world basemap geo-data/world/*.geojson (from npm
 * packages, see build-world.ts) and geo-data/SOURCES.md, then prints sanity figures.
 * Deterministic: the same input gives byte-identical output.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lineIntersections } from './geo/line-intersections';
import { FeatureCollectionSchema } from '../../src/domain/dataset-schema';
import { BASEMAP_BOX } from '../../src/geo/basemap-box';
import { lineLengthKm } from './geo/line-length-km';
import { pointAlongLine } from './geo/point-along-line';
import { pointInFeature } from '../../src/geo/point-in-feature';
import { buildLayer, LAYERS } from './build-basemap';
import { buildMissionFeatures } from './build-mission-features';
import { buildWorld } from './build-world';
import { formatFeatureCollection, type OutputFeature } from './output-feature';
import { readSourceCollection, textProp } from './source-collection';
import { renderSourcesMarkdown } from './sources-markdown';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const sourcesDir = path.resolve(repoRoot, '../shared/geo-sources');
const outDir = path.join(repoRoot, 'geo-data');

function write(relative: string, text: string, sizes: Map<string, number>): void {
  const file = path.join(outDir, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  sizes.set(relative, Buffer.byteLength(text));
}

function byId(features: readonly OutputFeature[], id: string): OutputFeature {
  const found = features.find((f) => f.id === id);
  if (!found) throw new Error(`missing mission feature ${id}`);
  return found;
}

function main(): void {
  if (!existsSync(sourcesDir)) {
    throw new Error(`geographic sources not found at ${sourcesDir} (expected ../shared/geo-sources next to the repository)`);
  }
  const sizes = new Map<string, number>();
  const layers = LAYERS.map((spec) => buildLayer(spec, sourcesDir, BASEMAP_BOX));
  for (const layer of layers) write(`basemap/${layer.spec.file}`, formatFeatureCollection(layer.features), sizes);

  const mission = buildMissionFeatures(sourcesDir, BASEMAP_BOX);
  const missionText = formatFeatureCollection(mission.features);
  // The app loads these through the dataset schema: refuse to write what it would refuse.
  const parsed = FeatureCollectionSchema.safeParse(JSON.parse(missionText));
  if (!parsed.success) throw new Error(`mission features fail the dataset schema: ${parsed.error.message}`);
  write('mission-features.geojson', missionText, sizes);
  const world = buildWorld(path.join(repoRoot, 'node_modules', '.cache', 'conflict-map'));
  for (const file of world.files) write(`world/${file.file}`, formatFeatureCollection(file.features), sizes);
  // Sizes first, so SOURCES.md can quote them.
  write('SOURCES.md', renderSourcesMarkdown({ box: BASEMAP_BOX, layers, mission, world, sizes }), sizes);

  // Sanity figures for a human to read.
  const r = mission.report;
  const f = (n: number, d = 1): string => n.toFixed(d);
  const log = (line: string): void => console.log(line);
  log(`sources: ${path.relative(repoRoot, sourcesDir)}  box: [${BASEMAP_BOX.join(', ')}]`);
  for (const layer of layers) log(`  basemap/${layer.spec.file}: ${layer.features.length}/${layer.sourceCount} features, ${f((sizes.get(`basemap/${layer.spec.file}`) ?? 0) / 1024)} KiB`);
  log(`  mission-features.geojson: ${mission.features.length} features, ${f((sizes.get('mission-features.geojson') ?? 0) / 1024)} KiB`);
  for (const file of world.files) log(`  world/${file.file}: ${file.features.length} features, ${f((sizes.get(`world/${file.file}`) ?? 0) / 1024)} KiB`);
  log(`euphrates: ${r.river.length} vertices, ${f(lineLengthKm(r.river))} km merged; gaps bridged: ${r.gaps.map((g) => `${f(g.km, 3)} km`).join(', ') || 'none'}; reversed: ${r.reversedParts.join(', ') || 'none'}`);
  const sum = r.westKm2 + r.eastKm2;
  log(`areas: governorate ${f(r.governorateKm2)} km², west ${f(r.westKm2)} (${r.westPieces} pieces) + east ${f(r.eastKm2)} (${r.eastPieces} pieces) = ${f(sum)} km² (diff ${f(((sum - r.governorateKm2) / r.governorateKm2) * 100, 4)}%)`);

  const riverLine = r.river.map((p) => [p[0], p[1]]);
  const city = byId(mission.features, 'deir-ez-zor');
  if (city.geometry.type === 'Point') {
    const near = pointAlongLine(riverLine, city.geometry.coordinates, 0);
    log(`deir-ez-zor city: ${f(near.offsetKm, 2)} km from the Euphrates line`);
  }
  const crossing = byId(mission.features, 'al-bukamal-crossing');
  const borders = readSourceCollection(sourcesDir, 'boundary-lines.geojson').filter((b) => {
    const pair = [textProp(b.props, 'left'), textProp(b.props, 'right')].sort().join('|');
    return pair === 'Iraq|Syria';
  });
  if (crossing.geometry.type === 'Point') {
    const c = crossing.geometry.coordinates;
    const exits = borders.flatMap((b) => lineIntersections(riverLine, b.geometry));
    for (const exit of exits) {
      log(`river meets the Syria–Iraq boundary at ${exit.map((v) => f(v, 5)).join(', ')}; crossing is ${f(lineLengthKm([c, exit]), 2)} km from there`);
    }
    log(`crossing: ${f(pointAlongLine(riverLine, c, 0).offsetKm, 2)} km from the river line`);
  }
  const west = byId(mission.features, 'divide-west-bank');
  const east = byId(mission.features, 'divide-east-bank');
  const route = r.route;
  const [start, via, end] = route.coordinates;
  log(`route: start ${start.map((v) => f(v, 5)).join(', ')} (${route.start.offsetKm} km off the river) → crossing → end ${end.map((v) => f(v, 5)).join(', ')} (${route.end.offsetKm} km off)`);
  log(`  start→crossing ${f(lineLengthKm([[...start], [...via]]))} km, crossing→end ${f(lineLengthKm([[...via], [...end]]))} km`);
  log(`  end inside west bank: ${pointInFeature(end, west.geometry)}, inside east bank: ${pointInFeature(end, east.geometry)}`);
  const riverGeometry = { type: 'LineString' as const, coordinates: riverLine };
  log(`  legs cross the river: ${lineIntersections([[...start], [...via]], riverGeometry).length} and ${lineIntersections([[...via], [...end]], riverGeometry).length} time(s)`);
  const cityPoint = city.geometry.type === 'Point' ? city.geometry.coordinates : null;
  if (cityPoint) log(`deir-ez-zor city point lies in: ${pointInFeature([cityPoint[0] ?? 0, cityPoint[1] ?? 0], west.geometry) ? 'south-west bank' : pointInFeature([cityPoint[0] ?? 0, cityPoint[1] ?? 0], east.geometry) ? 'north-east bank' : 'neither'}`);
}

main();
