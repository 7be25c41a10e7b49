// Writes the evidence into the descriptions of a bundled spec, so readers of the docs (and of the
// generated client's comments) see where each claim comes from: a "Sources" list under every
// operation, schema, parameter and response, a line under each property that has its own
// evidence, and the list of sources at the end of the introduction.
// Usage: node scripts/render-evidence.mjs dist/openapi.json   (rewrites the file in place)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
const KIND = {
  seed: 'Litmos page (seed)',
  doc: 'published page',
  sap: 'SAP reference',
  recorded: 'recorded traffic',
  client: 'public client',
  research: 'research notes',
};

function entryText(entry, sources) {
  if (entry.source === 'inferred') return `Inferred: ${entry.note}${entry.shows?.length ? ` (${entry.shows.map((s) => `\`${s}\``).join(', ')})` : ''}`;
  const source = sources[entry.source];
  const name = source.url ? `[${source.label}](${source.url})` : source.label;
  const note = entry.note ? ` (${entry.note})` : '';
  const shows = entry.shows?.length ? `: ${entry.shows.map((s) => `\`${s}\``).join(', ')}` : '';
  return `${name}, ${entry.at}${note}${shows}`;
}

const list = (entries, sources) => `**Sources**\n\n${entries.map((e) => `- ${entryText(e, sources)}`).join('\n')}`;
const append = (node, text) => {
  node.description = node.description ? `${node.description.trimEnd()}\n\n${text}` : text;
};

/** Appends the rendered evidence to the descriptions of `spec` (a bundled spec object) in place. */
export function renderEvidence(spec) {
  const sources = spec['x-litmos-sources'] ?? {};
  const components = spec.components ?? {};
  for (const kind of ['schemas', 'parameters', 'responses']) {
    for (const node of Object.values(components[kind] ?? {})) {
      if (node['x-litmos-evidence']) append(node, list(node['x-litmos-evidence'], sources));
      for (const prop of Object.values(node.properties ?? {})) {
        const entries = prop?.['x-litmos-evidence'];
        if (entries) append(prop, `Source: ${entries.map((e) => entryText(e, sources)).join('; ')}.`);
      }
    }
  }
  for (const item of Object.values(spec.paths ?? {})) {
    for (const method of METHODS) {
      const op = item?.[method];
      if (op?.['x-litmos-evidence']) append(op, list(op['x-litmos-evidence'], sources));
    }
  }
  const catalogue = Object.values(sources)
    .map((s) => `- ${s.url ? `[${s.label}](${s.url})` : s.label} (${KIND[s.kind] ?? s.kind}): ${s.title}`)
    .join('\n');
  append(
    spec.info,
    `## Sources\n\nEvery operation, schema, parameter and response of this reference lists its sources (\`x-litmos-evidence\`); a claim no source makes is marked "Inferred" with the reason. The sources:\n\n${catalogue}`,
  );
  return spec;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: node scripts/render-evidence.mjs <bundled spec .json>');
  writeFileSync(file, `${JSON.stringify(renderEvidence(JSON.parse(readFileSync(file, 'utf8'))), null, 2)}\n`);
}
