import { defineConfig } from '@hey-api/openapi-ts';

// Everything under src/ is written by this config. Change the spec (spec/xbox/) or this file,
// never the output.
//
// No hand-written query serialiser: the user is addressed by the `xuid({xuid})` path segment,
// which the client fills in place (`/users/xuid(2533274792693551)/achievements`), and the one
// list parameter, `titleId`, is declared `style: form, explode: false` in the spec, from which
// hey-api generates its serialiser (`titleId=3051199919,1234`). The tests assert that wire form
// against Prism.
export default defineConfig({
  input: '../../spec/dist/xbox.json',
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
