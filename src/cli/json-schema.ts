/**
 * `npm run schema`: writes `public/schema/dataset.v1.json` from the zod schemas.
 * `npm run schema -- --check` only compares, and exits 1 when the committed file is stale.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATASET_JSON_SCHEMA_PATH, datasetJsonSchemaText } from '../domain/dataset-json-schema';

const target = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'public', DATASET_JSON_SCHEMA_PATH);
const text = datasetJsonSchemaText();

if (process.argv.includes('--check')) {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current === text) console.log(`public/${DATASET_JSON_SCHEMA_PATH}: up to date`);
  else {
    console.error(`public/${DATASET_JSON_SCHEMA_PATH}: out of date; run npm run schema`);
    process.exitCode = 1;
  }
} else {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  console.log(`wrote public/${DATASET_JSON_SCHEMA_PATH}`);
}
