// Writes dist/feed.schema.json from the zod schema (src/core/schema.ts, the single source of truth), with the
// field documentation of scripts/feed-docs.mjs. Fails when a field is undocumented or a doc names no field.
import { writeFile } from 'node:fs/promises';
import * as z from 'zod/mini';
import { FeedSchema } from '../dist/core/feed/schema.js';
import { FEED_DOCS } from './feed-docs.mjs';

const schema = z.toJSONSchema(FeedSchema, { unrepresentable: 'any', io: 'input' });
const seen = new Set();

function document(node, path) {
  if (!node || typeof node !== 'object') return;
  const doc = FEED_DOCS[path];
  if (doc === undefined) throw new Error(`scripts/feed-docs.mjs has no entry for "${path}"`);
  node.description = doc;
  seen.add(path);
  for (const [key, child] of Object.entries(node.properties ?? {}))
    document(child, path ? `${path}.${key}` : key);
  if (node.items) document(node.items, `${path}[]`);
  if (
    node.additionalProperties &&
    typeof node.additionalProperties === 'object' &&
    Object.keys(node.additionalProperties).length
  ) {
    document(node.additionalProperties, `${path}.*`);
  }
}

document(schema, '');
const unused = Object.keys(FEED_DOCS).filter((p) => !seen.has(p));
if (unused.length)
  throw new Error(
    `scripts/feed-docs.mjs documents fields the schema does not have: ${unused.join(', ')}`,
  );
schema.$id = 'https://unpkg.com/resource-finder/dist/feed.schema.json';
schema.title = 'resource-finder feed';
await writeFile(
  new URL('../dist/feed.schema.json', import.meta.url),
  `${JSON.stringify(schema, null, 2)}\n`,
);
console.log(`dist/feed.schema.json written (${seen.size} documented fields)`);
