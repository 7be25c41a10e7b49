// Generates decoders from schemas of a test's own making (the real generator, into a scratch
// folder) and loads them: for decoding rules the spec does not exercise yet.
import { mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Decoder } from '@litmos-kit/core';
import { generateDecoders } from '../../client/scripts/generate-decoders.mjs';

/**
 * Returns `decode<Name>` for every schema of `schemas` (OpenAPI 3.1 schema objects). Each is
 * generated as the response of an operation, as the real spec's are.
 */
export async function compileDecoders(schemas: Record<string, object>, options: { dateSchema?: string } = {}): Promise<Record<string, Decoder>> {
  const paths = Object.fromEntries(
    Object.keys(schemas).map((name) => [
      `/${name}`,
      { get: { operationId: `get${name}`, responses: { 200: { content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } } } } } },
    ]),
  );
  const root = new URL('../test-results/', import.meta.url).pathname;
  mkdirSync(root, { recursive: true });
  const outDir = mkdtempSync(join(root, 'decoders-'));
  generateDecoders({ spec: { openapi: '3.1.0', paths, components: { schemas } }, outDir, dateSchema: options.dateSchema });
  const modules = await Promise.all(readdirSync(outDir).map((file) => import(join(outDir, file))));
  return Object.assign({}, ...modules);
}
