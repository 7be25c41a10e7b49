import { defineConfig } from '@hey-api/openapi-ts';

// Everything under src/ is written by this config. Change the spec (spec/ispring/) or this file,
// never the output.
//
// Query serialisation needs no hand-written querySerializer: the spec names the parameters as
// they travel, brackets included. Array filters (`userIds[]`, style form, explode) go out as
// `userIds[]=a&userIds[]=b`, date bounds (`accessDate[startDate]`) as `accessDate[startDate]=…`.
// The tests assert that wire form against Prism.
export default defineConfig({
  input: '../../spec/dist/ispring.json',
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
    // RFC 3339 date-times may carry an offset (iSpring writes `+00:00`); zod rejects them unless told.
    { name: 'zod', compatibilityVersion: 'mini', dates: { offset: true } },
    // Plain transport, like the Litmos client: the SDK on top decodes and validates responses.
    { name: '@hey-api/sdk', auth: true },
  ],
});
