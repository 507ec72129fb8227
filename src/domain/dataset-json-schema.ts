/**
 * The JSON Schema of dataset format v1, generated from the zod schemas (never written by hand),
 * for editors and for people validating datasets outside this app. Shipped as
 * `public/schema/dataset.v1.json` by `npm run schema`. It describes the input a file may
 * contain (fields with defaults are optional); the rules that span values (ids that resolve,
 * quotes that match, real dates) are only enforced by the loader.
 */
import { z } from 'zod';
import { DatasetSchema } from './dataset-schema';

/** Where the app serves the schema, relative to the site root. */
export const DATASET_JSON_SCHEMA_PATH = 'schema/dataset.v1.json';

/** The JSON Schema (draft 2020-12) of a dataset file. */
export function datasetJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(DatasetSchema, { target: 'draft-2020-12', io: 'input' });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: 'Conflict Map dataset, format version 1',
    description:
      'Articles (verbatim text), excerpts (quotes by character offsets), dated events and a GeoJSON FeatureCollection. ' +
      'The loader also checks what a JSON Schema cannot: unique ids, references that resolve, quotes equal to the text ' +
      'at their offsets, real dates that agree with their precision, closed polygon rings. See docs/dataset-format.md.',
    ...rest,
  };
}

/** The schema as the text of the shipped file (2-space JSON, final newline). */
export function datasetJsonSchemaText(): string {
  return `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;
}
