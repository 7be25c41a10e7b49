// Adds a TypeScript (SDK) and a curl sample for every operation that has none yet, and links
// them from the operation as `x-codeSamples`. Existing samples are never overwritten: once
// written they are maintained by hand, and apps/docs type-checks the TypeScript ones against
// the built SDK, so a renamed method breaks the build instead of the docs.
// Usage: pnpm --filter @litmos-kit/spec build && node scripts/scaffold-samples.mjs
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

const here = (p) => new URL(p, import.meta.url);
const spec = JSON.parse(readFileSync(here('../dist/openapi.json'), 'utf8'));
const deref = (node) => {
  while (node?.$ref) node = node.$ref.slice(2).split('/').reduce((o, k) => o[k], spec);
  return node;
};
const exampleOf = (media) => media?.example ?? deref(Object.values(media?.examples ?? {})[0])?.value;
const ts = (value, indent) => JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`).replace(/"([A-Za-z_$][\w$]*)":/g, '$1:');

let added = 0;
for (const [path, item] of Object.entries(spec.paths)) {
  for (const method of ['get', 'post', 'put', 'delete']) {
    const op = item[method];
    if (!op) continue;
    const id = op.operationId;
    const ext = op['x-litmos-sdk'];
    const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map(deref);
    const lrs = !params.some((p) => p.name === 'source');
    const args = {};
    for (const p of params) {
      if (!p.required || p.in === 'header' || p.name === 'source' || p.name === 'format') continue;
      args[p.name] = p.example ?? deref(p.schema)?.examples?.[0] ?? deref(p.schema)?.default;
    }
    const body = exampleOf(deref(op.requestBody)?.content?.['application/json']);
    if (body !== undefined) args.body = body;
    const call = `litmos.${ext.method}(${Object.keys(args).length ? ts(args, '') : ''})`;
    const client = lrs
      ? "createLitmos({\n  apiKey: process.env.LITMOS_API_KEY ?? '',\n  source: 'acme-hr-sync',\n  lrs: { companyDomain: 'northwind', dbInstance: 'db1', username: process.env.LRS_USERNAME ?? '', password: process.env.LRS_PASSWORD ?? '' },\n})"
      : "createLitmos({ apiKey: process.env.LITMOS_API_KEY ?? '', source: 'acme-hr-sync' })";
    const tsSample =
      ext.paging === 'offset'
        ? `import { createLitmos } from '@litmos-kit/sdk';\n\nconst litmos = ${client};\n\n// Reads every page; stop early with \`break\`.\nfor await (const row of ${call}) {\n  console.log(row);\n}\n`
        : `import { createLitmos } from '@litmos-kit/sdk';\n\nconst litmos = ${client};\n\nconst result = await ${call};\nconsole.log(result);\n`;
    const query = new URLSearchParams();
    if (!lrs) query.set('source', 'acme-hr-sync');
    for (const p of params) if (p.in === 'query' && p.required && p.name !== 'source') query.set(p.name, String(args[p.name]));
    const url = `${lrs ? 'https://lrs.litmos.com/TCAPI/northwind/db1' : 'https://api.litmos.com/v1.svc'}${path.replace(/\{(\w+)\}/g, (_, name) => encodeURIComponent(String(params.find((p) => p.name === name)?.example ?? name)))}${query.size ? `?${query}` : ''}`;
    const xmlBody = exampleOf(deref(op.requestBody)?.content?.['application/xml']);
    const lines = [`curl -sS${method === 'get' ? '' : ` -X ${method.toUpperCase()}`} '${url}'`];
    lines.push(lrs ? '  -u "$LRS_USERNAME:$LRS_PASSWORD" -H \'X-Experience-API-Version: 1.0.3\'' : '  -H "apikey: $LITMOS_API_KEY"');
    if (xmlBody) lines.push("  -H 'Content-Type: application/xml' --data-binary @- <<'XML'\n" + xmlBody.trimEnd() + '\nXML');
    else if (body !== undefined) lines.push(`  -H 'Content-Type: application/json' --data-binary '${JSON.stringify(body).replace(/'/g, "'\\''")}'`);
    const shSample = `${lines.join(' \\\n')}\n`;

    for (const [file, text] of [[`${id}.ts`, tsSample], [`${id}.sh`, shSample]]) {
      if (!existsSync(here(`../samples/${file}`))) {
        writeFileSync(here(`../samples/${file}`), text);
        added++;
      }
    }
  }
}

// Second pass on the source files: insert x-codeSamples after each operationId that has none.
let linked = 0;
for (const file of readdirSync(here('../paths/'))) {
  const url = here(`../paths/${file}`);
  const lines = readFileSync(url, 'utf8').split('\n');
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    out.push(lines[i]);
    const m = /^(\s*)operationId:\s*(\S+)\s*$/.exec(lines[i]);
    if (!m) continue;
    const [, indent, id] = m;
    const block = lines.slice(i + 1).findIndex((l) => l.trim() && l.search(/\S/) < indent.length);
    const rest = lines.slice(i + 1, block === -1 ? undefined : i + 1 + block);
    if (rest.some((l) => l.startsWith(`${indent}x-codeSamples:`))) continue;
    out.push(
      `${indent}x-codeSamples:`,
      `${indent}  - lang: TypeScript`,
      `${indent}    label: SDK`,
      `${indent}    source:`,
      `${indent}      $ref: ../samples/${id}.ts`,
      `${indent}  - lang: Shell`,
      `${indent}    label: curl`,
      `${indent}    source:`,
      `${indent}      $ref: ../samples/${id}.sh`,
    );
    linked++;
  }
  writeFileSync(url, out.join('\n'));
}
console.log(`samples: ${added} files written, ${linked} operations linked`);
