// Copies every ```ts block of the guides (spec/docs/guides/*.md) into .guide-code/, one file
// per block, so `tsc -p tsconfig.samples.json` type-checks them with the SDK samples.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const guides = fileURLToPath(new URL('../../../spec/docs/guides/', import.meta.url));
const out = fileURLToPath(new URL('../.guide-code/', import.meta.url));
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
let blocks = 0;
for (const file of readdirSync(guides).filter((f) => f.endsWith('.md'))) {
  const text = readFileSync(guides + file, 'utf8');
  let n = 0;
  for (const [, indent, code] of text.matchAll(/^([ \t]*)```ts\n([\s\S]*?)^\1```/gm)) {
    const body = code
      .split('\n')
      .map((line) => line.slice(indent.length))
      .join('\n');
    writeFileSync(`${out}${file.replace(/\.md$/, '')}-${++n}.ts`, `// From spec/docs/guides/${file}, block ${n}.\n${body}`);
    blocks++;
  }
}
console.log(`guides: ${blocks} TypeScript blocks extracted for type-checking`);
