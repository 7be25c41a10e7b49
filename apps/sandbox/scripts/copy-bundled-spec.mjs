// Copies the bundled Litmos spec (@litmos-kit/spec's dist/openapi.json, built first by turbo)
// into dist/, so the published package carries the one file it reads at start and needs no
// other workspace package. load-spec-model.ts looks for it beside itself.
import { copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const from = createRequire(import.meta.url).resolve('@litmos-kit/spec/openapi.json');
copyFileSync(from, new URL('../dist/litmos-openapi.json', import.meta.url));
