import { defineConfig } from '@hey-api/openapi-ts';

// Everything under src/ is written by this config (and scripts/generate-operations.mjs).
// Change the spec or this file, never the output.
export default defineConfig({
  input: '../../spec/dist/openapi.json',
  output: {
    path: 'src/gen',
    // hey-api looks for a tsconfig next to its own install, not ours, and would emit
    // extension-less imports that NodeNext rejects; say it explicitly.
    module: { extension: '.js' },
  },
  plugins: [
    '@hey-api/client-fetch',
    '@hey-api/typescript',
    // zod/mini tree-shakes; classic zod pulls the whole library into every consumer bundle.
    { name: 'zod', compatibilityVersion: 'mini' },
    // The SDK package validates and decodes responses itself (XML and JSON alike), so the
    // generated functions are plain transport: no validator, default grouped parameters.
    { name: '@hey-api/sdk', auth: true },
  ],
});
