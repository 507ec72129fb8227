/**
 * `npm run dataset`: builds the default dataset (`geo-data/datasets/deir-ez-zor-2022.json`) from
 * its quote spec, the verbatim article copy in `geo-data/articles/` and the mission features in
 * `geo-data/mission-features.geojson`. Offsets are computed from quotes, never typed by hand.
 *
 *   npm run dataset                         build and write the dataset
 *   npm run dataset -- --check              build and compare with the committed file (exit 1 if stale)
 *   npm run dataset -- --copy-seed [DIR]    first copy the article from the seed folder (default
 *                                           ../shared/seed) and rewrite geo-data/articles/SOURCES.md
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { DatasetInput } from '../../src/domain/dataset-schema';
import { locateQuote } from '../../src/domain/locate-quote';
import { loadDataset } from '../../src/data/load-dataset';
import { DEIR_EZ_ZOR_2022_SPEC } from './deir-ez-zor-2022.spec';
import type { DatasetSpec } from './deir-ez-zor-2022.spec';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SEED_ARTICLE = 'mem-2022-08-us-strikes-deir-ez-zor.txt';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The [start, end) of a quote that must occur exactly once; throws a message naming what to fix. */
function place(text: string, quote: string, what: string): { start: number; end: number } {
  const located = locateQuote(text, quote);
  if (located.ok) return { start: located.start, end: located.end };
  if (located.reason === 'absent') throw new Error(`${what}: the quote is not in the article text: "${quote}"`);
  throw new Error(
    `${what}: the quote occurs more than once (at ${located.offsets.join(', ')}); lengthen it until it is unique: "${quote}"`,
  );
}

/** The features of the mission features file with the spec's citations (excerptIds, label) merged in. */
function citeFeatures(spec: DatasetSpec, featureCollection: unknown): Record<string, unknown>[] {
  if (!isRecord(featureCollection) || featureCollection['type'] !== 'FeatureCollection' || !Array.isArray(featureCollection['features'])) {
    throw new Error(`${spec.featuresFile}: not a GeoJSON FeatureCollection`);
  }
  const features: unknown[] = featureCollection['features'];
  const ids = new Set(features.map((f) => (isRecord(f) ? f['id'] : undefined)));
  for (const id of Object.keys(spec.featureCitations)) {
    if (!ids.has(id)) throw new Error(`${spec.featuresFile}: has no feature "${id}", which the spec cites`);
  }
  return features.map((feature, index) => {
    if (!isRecord(feature) || typeof feature['id'] !== 'string' || !isRecord(feature['properties'])) {
      throw new Error(`${spec.featuresFile}: feature ${index} has no string id or no properties`);
    }
    const citation = spec.featureCitations[feature['id']];
    const properties = { ...feature['properties'] };
    if (citation !== undefined) {
      const before = Array.isArray(properties['excerptIds']) ? (properties['excerptIds'] as unknown[]) : [];
      properties['excerptIds'] = [...new Set([...before, ...citation.excerptIds])];
      if (citation.label !== undefined) properties['label'] = citation.label;
    }
    return { type: 'Feature', id: feature['id'], geometry: feature['geometry'], properties };
  });
}

/** The dataset the spec describes; throws on an absent or ambiguous quote, a missing feature, or any load problem. */
export function buildDataset(spec: DatasetSpec, articleText: string, featureCollection: unknown): DatasetInput {
  const { article } = spec;
  const dataset: DatasetInput = {
    version: 1,
    title: spec.dataset.title,
    description: spec.dataset.description,
    license: spec.dataset.license,
    updated: spec.dataset.updated,
    articles: [
      {
        id: article.id,
        title: article.title,
        publisher: article.publisher,
        url: article.url,
        published: article.published,
        ...(article.via === undefined ? {} : { via: article.via }),
        note: article.note,
        text: articleText,
        ignore: article.ignore.map(({ quote, reason }) => ({ ...place(articleText, quote, `ignore "${reason}"`), reason })),
      },
    ],
    excerpts: spec.excerpts.map(({ id, quote }) => ({
      id,
      articleId: article.id,
      ...place(articleText, quote, `excerpt "${id}"`),
      quote,
    })),
    events: spec.events,
    features: { type: 'FeatureCollection', features: citeFeatures(spec, featureCollection) as never },
    kinds: spec.kinds,
    stories: spec.stories,
  };
  const loaded = loadDataset(dataset);
  if (!loaded.ok) {
    throw new Error(`the built dataset does not load:\n${loaded.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`);
  }
  return dataset;
}

/** Pretty JSON with each position (an array of numbers) on one line, so geometry stays readable in diffs. */
export function formatDatasetJson(value: unknown): string {
  const write = (node: Json, indent: string): string => {
    if (Array.isArray(node)) {
      if (node.length === 0) return '[]';
      if (node.every((item) => typeof item === 'number')) return `[${node.map((n) => JSON.stringify(n)).join(', ')}]`;
      const inner = `${indent}  `;
      return `[\n${node.map((item) => inner + write(item, inner)).join(',\n')}\n${indent}]`;
    }
    if (isRecord(node)) {
      const entries = Object.entries(node).filter(([, v]) => v !== undefined);
      if (entries.length === 0) return '{}';
      const inner = `${indent}  `;
      return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${write(v as Json, inner)}`).join(',\n')}\n${indent}}`;
    }
    return JSON.stringify(node);
  };
  return `${write(JSON.parse(JSON.stringify(value)) as Json, '')}\n`;
}

function sha256(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Text of geo-data/articles/SOURCES.md for the copied article and the seed README's notes. */
export function sourcesMarkdown(articleBytes: Buffer, seedReadme: string): string {
  const notes = seedReadme
    .replace(/^# .*\n+/, '')
    .trimEnd()
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');
  return `# Articles: where they come from

Written by \`npm run dataset -- --copy-seed\` (\`geo-data/build/build-default-dataset.ts\`); do not edit by hand.
The default dataset (\`geo-data/datasets/deir-ez-zor-2022.json\`) is built from the copies in this
folder, so later builds do not need the seed folder.

## ${SEED_ARTICLE}

- Copied byte for byte from the project's seed folder, \`../shared/seed/${SEED_ARTICLE}\`.
- ${articleBytes.length} bytes, UTF-8, sha256 \`${sha256(articleBytes)}\`.
- Middle East Monitor, "US bombs Iranian military installations in Syria", published 24 August 2022,
  relying on Reuters.
- URL: not recorded in the seed. The dataset's \`url\` is the publisher's site root,
  \`https://www.middleeastmonitor.com/\`, and the article's \`note\` says so.
- Debris: the dataset keeps the text verbatim and marks as \`ignore\` ranges the first line (the page
  title: headline and site name, not body text; the headline is the article's \`title\`), the inline
  headline of an unrelated article ("US: Syrian regime responsible for chemical attack in Ghouta") and
  the site footer ("Comments are closed.").

The seed's README says (quoted in full). Its dates are stored in the article's \`note\` and are the
only outside source of dates, with one exception flagged in that event's \`note\`: the bounds of the
"US forces first deployed" range are the Obama administration's term (public record).

${notes}
`;
}

/** Copies the seed article byte for byte and rewrites SOURCES.md; safe to run again. */
export function copySeedArticle(seedDir: string, repoRoot: string): string {
  const source = join(seedDir, SEED_ARTICLE);
  const bytes = readFileSync(source);
  const readme = readFileSync(join(seedDir, 'README.md'), 'utf8');
  const folder = join(repoRoot, 'geo-data', 'articles');
  mkdirSync(folder, { recursive: true });
  const target = join(folder, SEED_ARTICLE);
  writeFileSync(target, bytes);
  if (sha256(readFileSync(target)) !== sha256(bytes)) throw new Error(`${target}: copy differs from ${source}`);
  writeFileSync(join(folder, 'SOURCES.md'), sourcesMarkdown(bytes, readme));
  return target;
}

/** Builds the default dataset from the files under `repoRoot`, as the JSON text to write. */
export function buildDefaultDatasetText(repoRoot = REPO_ROOT, spec: DatasetSpec = DEIR_EZ_ZOR_2022_SPEC): string {
  const text = readFileSync(join(repoRoot, spec.article.file), 'utf8');
  const features = JSON.parse(readFileSync(join(repoRoot, spec.featuresFile), 'utf8')) as unknown;
  return formatDatasetJson(buildDataset(spec, text, features));
}

function main(argv: readonly string[]): number {
  const args = [...argv];
  const check = args.includes('--check');
  const copyAt = args.indexOf('--copy-seed');
  if (copyAt !== -1) {
    const next = args[copyAt + 1];
    const seedDir = next !== undefined && !next.startsWith('--') ? resolve(next) : resolve(REPO_ROOT, '..', 'shared', 'seed');
    const target = copySeedArticle(seedDir, REPO_ROOT);
    console.log(`copied ${relative(REPO_ROOT, target)} from ${seedDir} and wrote geo-data/articles/SOURCES.md`);
  }
  const spec = DEIR_EZ_ZOR_2022_SPEC;
  const output = join(REPO_ROOT, spec.output);
  const built = buildDefaultDatasetText();
  if (check) {
    const current = existsSync(output) ? readFileSync(output, 'utf8') : '';
    if (current === built) {
      console.log(`${spec.output}: up to date`);
      return 0;
    }
    console.error(`${spec.output}: out of date; run npm run dataset`);
    return 1;
  }
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, built);
  console.log(`wrote ${spec.output}`);
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    console.error(`build-default-dataset: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
