// The evidence lint: every claim of the Litmos spec names where it comes from. Checks a bundled
// spec (JSON) and returns one line per problem (empty when clean):
// - every component schema, parameter and response carries `x-litmos-evidence`;
// - every operation carries it, and each of its response statuses and query parameters (other
//   than `source` and `format`, which carry their own) is in some entry's `shows`;
// - a second spelling (`x-litmos-spelling-of`) names its canonical field and its own source;
// - each entry names a source listed in `x-litmos-sources` (or `inferred`, with a `note`),
//   and says where in it (`at`).
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
const UNIVERSAL_PARAMS = new Set(['source', 'format']);

const deref = (spec, node) => {
  let n = node;
  while (n?.$ref) n = n.$ref.slice(2).split('/').reduce((o, k) => o?.[k.replace(/~1/g, '/').replace(/~0/g, '~')], spec);
  return n;
};

function entryProblems(entries, sources, where) {
  if (!Array.isArray(entries) || entries.length === 0) return [`${where}: no x-litmos-evidence`];
  const problems = [];
  entries.forEach((e, i) => {
    const at = `${where}: evidence #${i + 1}`;
    if (typeof e !== 'object' || e === null) return problems.push(`${at} is not an object`);
    if (e.source === 'inferred') {
      if (typeof e.note !== 'string' || !e.note.trim()) problems.push(`${at} is inferred but gives no note saying why`);
    } else if (!Object.hasOwn(sources, e.source ?? '')) {
      problems.push(`${at} names an unknown source "${e.source}"`);
    } else if (typeof e.at !== 'string' || !e.at.trim()) {
      problems.push(`${at} (${e.source}) does not say where in the source (at)`);
    }
    if (e.shows !== undefined && !(Array.isArray(e.shows) && e.shows.every((s) => typeof s === 'string'))) problems.push(`${at}: shows must be a list of strings`);
  });
  return problems;
}

function propertyProblems(schema, sources, where) {
  const problems = [];
  for (const [name, prop] of Object.entries(schema?.properties ?? {})) {
    const canonical = prop?.['x-litmos-spelling-of'];
    if (prop?.['x-litmos-evidence'] !== undefined || canonical !== undefined) {
      problems.push(...entryProblems(prop['x-litmos-evidence'], sources, `${where}.${name}`));
    }
    if (canonical !== undefined && !Object.hasOwn(schema.properties, canonical)) {
      problems.push(`${where}.${name}: x-litmos-spelling-of names "${canonical}", which is not a property of the schema`);
    }
  }
  return problems;
}

/** Problems with the evidence of a bundled spec; an empty list means every claim has a source. */
export function evidenceProblems(spec) {
  const sources = spec['x-litmos-sources'];
  if (!sources || typeof sources !== 'object') return ['the spec has no x-litmos-sources'];
  const problems = [];
  for (const [key, source] of Object.entries(sources)) {
    if (!source?.kind || !source?.title || !source?.label) problems.push(`x-litmos-sources.${key}: needs kind, label and title`);
  }
  const components = spec.components ?? {};
  for (const kind of ['schemas', 'parameters', 'responses']) {
    for (const [name, node] of Object.entries(components[kind] ?? {})) {
      const where = `components.${kind}.${name}`;
      problems.push(...entryProblems(node?.['x-litmos-evidence'], sources, where));
      if (kind === 'schemas') problems.push(...propertyProblems(node, sources, where));
    }
  }
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const method of METHODS) {
      const op = item?.[method];
      if (!op) continue;
      const where = `${method.toUpperCase()} ${path}`;
      const entries = op['x-litmos-evidence'];
      const found = entryProblems(entries, sources, where);
      problems.push(...found);
      if (found.length) continue;
      const shown = new Set(entries.flatMap((e) => e.shows ?? []));
      for (const status of Object.keys(op.responses ?? {})) {
        if (!shown.has(status)) problems.push(`${where}: no evidence shows the ${status} response`);
      }
      const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) => deref(spec, p));
      for (const p of params) {
        if (p?.in === 'query' && !UNIVERSAL_PARAMS.has(p.name) && !shown.has(p.name)) problems.push(`${where}: no evidence shows the ${p.name} parameter`);
      }
    }
  }
  return problems;
}
