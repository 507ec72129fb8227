import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchema, datasetJsonSchemaText } from '../../../src/domain/dataset-json-schema';

describe('the shipped JSON Schema', () => {
  it('equals freshly generated output (run `npm run schema` after changing the zod schemas)', () => {
    const committed = readFileSync(new URL('../../../public/schema/dataset.v1.json', import.meta.url), 'utf8');
    expect(committed).toBe(datasetJsonSchemaText());
  });

  it('describes the input a file may hold: required fields, strict objects, an http(s) pattern', () => {
    const schema = datasetJsonSchema() as {
      required: string[];
      additionalProperties: boolean;
      properties: { articles: { items: { properties: { url: { pattern: string } } } } };
    };
    expect(schema.required).toEqual(['version', 'title', 'license', 'updated', 'articles', 'excerpts', 'events', 'features']);
    expect(schema.additionalProperties).toBe(false);
    const pattern = new RegExp(schema.properties.articles.items.properties.url.pattern);
    expect(pattern.test('https://www.middleeastmonitor.com/')).toBe(true);
    expect(pattern.test('javascript:alert(1)')).toBe(false);
  });
});
