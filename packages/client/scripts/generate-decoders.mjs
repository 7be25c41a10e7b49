// Writes src/gen/decoders/*.gen.ts: one schema-directed decoder per object, list or union schema
// of a bundled OpenAPI spec, and one per operation response and request body. Each decoder is
// plain code that checks every field inline and calls @litmos-kit/core's DecodeState only when a
// value differs from the spec (see packages/core/src/decode-state.ts), so reading a body that
// matches costs one pass and no copy. Modules import only the decoders they use, so a consumer
// loads the decoders of the operations it calls and no others.
//
// Called by generate-operations.mjs for every client package. `dateSchema` names the schema of the
// API's own date form: fields of it go through the SDK's date rule. `format: date-time` strings
// are checked as RFC 3339 and kept as sent.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const pascal = (s) => s.replace(/(^|[^A-Za-z0-9])([A-Za-z0-9])/g, (_, __, c) => c.toUpperCase());
const kebab = (s) =>
  s
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .toLowerCase();
const q = (v) => JSON.stringify(v);
/** A property access for a field name: `o.Name`, or `o["odd-name"]`. */
const prop = (object, name) => (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? `${object}.${name}` : `${object}[${q(name)}]`);

// Keywords that change how a value decodes are read below; anything else that would is refused,
// so a spec construct this generator does not know fails the build instead of decoding wrongly.
const IGNORED = new Set(['title', 'description', 'example', 'examples', 'xml', 'default', 'readOnly', 'writeOnly', 'deprecated', 'externalDocs', '$comment']);
const READ = new Set(['$ref', 'type', 'format', 'enum', 'properties', 'required', 'additionalProperties', 'items', 'oneOf', 'nullable']);
const READ_CHECKS = new Set(['maxLength', 'minLength', 'pattern', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minItems', 'maxItems']);
const FORMATS = new Set(['uuid', 'uri', 'int32', 'int64', 'date-time', 'double', 'float']);
const OBJECT_MEMBERS = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * Generates the decoders of `spec` into `outDir` (emptied first).
 * @returns where each operation's decoders are: `{ [operationId]: { response?, body? } }`, each
 *   `{ module, name }` with `module` relative to `outDir`.
 */
export function generateDecoders({ spec, outDir, dateSchema, typeNames: knownTypes = [], typesModule = '../types.gen.js' }) {
  const components = spec.components?.schemas ?? {};
  const DATE_REF = dateSchema ? `#/components/schemas/${dateSchema}` : undefined;
  if (dateSchema && !components[dateSchema]) throw new Error(`--date ${dateSchema}: no such schema`);
  const resolveRef = (ref) => {
    if (!ref.startsWith('#/')) throw new Error(`external $ref ${ref} is not supported`);
    return ref
      .slice(2)
      .split('/')
      .reduce((o, k) => o?.[k], spec);
  };
  const deref = (node) => {
    while (node?.$ref) node = resolveRef(node.$ref);
    return node;
  };
  const componentName = (ref) => (ref.startsWith('#/components/schemas/') ? ref.slice('#/components/schemas/'.length) : undefined);

  const checkKeywords = (node, where) => {
    for (const key of Object.keys(node)) {
      if (IGNORED.has(key) || READ.has(key) || READ_CHECKS.has(key) || key.startsWith('x-')) continue;
      throw new Error(`${where}: the decoder generator does not know the keyword \`${key}\``);
    }
    if (node.format && !FORMATS.has(node.format)) throw new Error(`${where}: unknown format \`${node.format}\``);
  };

  /**
   * What a schema node is, for decoding:
   * { kind: 'scalar', spec } | { kind: 'object', name? , node } | { kind: 'list', item, node, nullable }
   * | { kind: 'union', options, nullable } | { kind: 'map', value } | { kind: 'ref', name, nullable }.
   */
  const classify = (node, where) => {
    if (node.$ref) {
      if (node.$ref === DATE_REF) return { kind: 'scalar', spec: { type: 'date' } };
      const name = componentName(node.$ref);
      const target = deref(node);
      if (!target) throw new Error(`${where}: unresolved ${node.$ref}`);
      const inner = classify(target, name ?? where);
      // Scalars are checked inline where they are used; everything else has a named decoder.
      if (inner.kind === 'scalar' || !name) return inner;
      return { kind: 'ref', name, nullable: inner.nullable === true };
    }
    checkKeywords(node, where);
    if (node.oneOf) {
      const options = node.oneOf.filter((o) => deref(o)?.type !== 'null');
      const nullable = options.length < node.oneOf.length;
      if (options.length === 1) {
        const inner = classify(options[0], where);
        return inner.kind === 'scalar' ? { kind: 'scalar', spec: { ...inner.spec, nullable: true } } : { ...inner, nullable: nullable || inner.nullable };
      }
      return { kind: 'union', options: options.map((o, i) => classify(o, `${where}.oneOf[${i}]`)), optionNodes: options, nullable };
    }
    const types = [].concat(node.type ?? []);
    const nullable = types.includes('null') || node.nullable === true || (node.enum ?? []).includes(null);
    const type = types.find((t) => t !== 'null') ?? (node.properties || node.additionalProperties ? 'object' : node.items ? 'array' : undefined);
    if (type === 'object') {
      const ap = node.additionalProperties;
      if (!node.properties && ap && ap !== true) return { kind: 'map', value: classify(ap, `${where}.*`), nullable };
      return { kind: 'object', node, nullable };
    }
    if (type === 'array') {
      if (!node.items) throw new Error(`${where}: an array without items`);
      return { kind: 'list', item: classify(node.items, `${where}[]`), node, nullable };
    }
    return { kind: 'scalar', spec: scalarSpec(node, type, nullable, where) };
  };

  const scalarSpec = (node, type, nullable, where) => {
    const spec = {};
    if (type === undefined) spec.type = 'any';
    else if (type === 'string' && node.format === 'date-time') spec.type = 'date-time';
    else if (['string', 'integer', 'number', 'boolean'].includes(type)) spec.type = type;
    else if (type === 'null') spec.type = 'any';
    else throw new Error(`${where}: unknown type ${type}`);
    if (nullable || type === 'null') spec.nullable = true;
    for (const key of ['minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'])
      if (node[key] !== undefined) spec[key] = node[key];
    if (node.pattern !== undefined) spec.pattern = node.pattern;
    if (node.format === 'uuid' || node.format === 'uri' || node.format === 'int32') spec.format = node.format;
    if (node.enum) spec.enum = node.enum;
    if (type === 'null') spec.enum = [null];
    return spec;
  };

  // ---- module writer ----------------------------------------------------------------------

  /** One generated module: its constants, functions and imports. */
  class Module {
    constructor(file) {
      this.file = file;
      this.imports = new Map(); // name -> module file
      this.consts = new Map(); // key -> { name, code }
      this.functions = [];
      this.usesTypes = false;
      this.counter = 0;
    }
    constant(prefix, key, code) {
      let entry = this.consts.get(key);
      if (!entry) {
        entry = { name: `${prefix}${this.consts.size}`, code };
        this.consts.set(key, entry);
      }
      return entry.name;
    }
    specConst(spec) {
      const { pattern, ...rest } = spec;
      const fields = Object.entries(rest).map(([k, v]) => `${k}: ${q(v)}`);
      if (pattern !== undefined) fields.push(`pattern: ${this.regex(pattern)}`);
      return this.constant('t', `spec:${q(spec)}`, `const %s: ScalarSpec = { ${fields.join(', ')} };`);
    }
    regex(pattern) {
      return this.constant('r', `re:${pattern}`, `const %s = /* @__PURE__ */ new RegExp(${q(pattern)});`);
    }
    knownSet(names) {
      return this.constant('k', `set:${q(names)}`, `const %s: ReadonlySet<string> = /* @__PURE__ */ new Set(${q(names)});`);
    }
    useDecoder(name) {
      const file = decoderFile(name);
      if (file !== this.file) this.imports.set(decoderName(name), file);
      return decoderName(name);
    }
    render() {
      const code = [...[...this.consts.values()].map(({ name, code }) => code.replace('%s', name)), '', ...this.functions].join('\n');
      const coreTypes = ['Alternative', 'DecodePath', 'DecodeState', 'ListSpec', 'ScalarSpec'].filter((n) => new RegExp(`\\b${n}\\b`).test(code));
      return [
        '// This file is auto-generated by packages/client/scripts/generate-decoders.mjs from the bundled',
        '// spec. Do not edit: change the spec and run `pnpm generate`.',
        '',
        `import type { ${coreTypes.join(', ')} } from '@litmos-kit/core/internal';`,
        ...(this.usesTypes ? [`import type * as t from '${typesModule}';`] : []),
        ...[...this.imports].sort(([a], [b]) => a.localeCompare(b)).map(([name, file]) => `import { ${name} } from './${file.replace(/\.ts$/, '.js')}';`),
        '',
        code,
      ].join('\n');
    }
  }

  const decoderName = (component) => `decode${pascal(component)}`;
  const decoderFile = (component) => `${kebab(component)}.gen.ts`;
  const typeNames = new Set(knownTypes);
  const typeOf = (component) => (typeNames.has(pascal(component)) ? `t.${pascal(component)}` : 'unknown');

  /** The fast check of a scalar spec on `x`, as a JS condition (`true` when any value passes). */
  const fastCheck = (mod, spec, x) => {
    let check;
    if (spec.enum) {
      check = spec.enum.filter((v) => v !== null).map((v) => `${x} === ${q(v)}`);
      check = check.length ? `(${check.join(' || ')})` : 'false';
    } else {
      switch (spec.type) {
        case 'string': {
          const parts = [`typeof ${x} === 'string'`];
          if (spec.maxLength !== undefined) parts.push(`${x}.length <= ${spec.maxLength}`);
          // Lengths count code points: UTF-16 length over twice the minimum is enough either way.
          if (spec.minLength !== undefined) parts.push(`${x}.length >= ${spec.minLength <= 1 ? spec.minLength : spec.minLength * 2}`);
          if (spec.pattern !== undefined) parts.push(`${mod.regex(spec.pattern)}.test(${x})`);
          if (spec.format === 'uuid') parts.push(`${mod.regex('^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$')}.test(${x})`);
          if (spec.format === 'uri') parts.push('false');
          check = parts.join(' && ');
          break;
        }
        case 'integer':
        case 'number': {
          const parts = [`typeof ${x} === 'number'`];
          if (spec.type === 'integer') parts.push(`Number.isSafeInteger(${x})`);
          if (spec.format === 'int32') parts.push(`${x} >= -2147483648 && ${x} <= 2147483647`);
          if (spec.minimum !== undefined) parts.push(`${x} >= ${spec.minimum}`);
          if (spec.maximum !== undefined) parts.push(`${x} <= ${spec.maximum}`);
          if (spec.exclusiveMinimum !== undefined) parts.push(`${x} > ${spec.exclusiveMinimum}`);
          if (spec.exclusiveMaximum !== undefined) parts.push(`${x} < ${spec.exclusiveMaximum}`);
          check = parts.join(' && ');
          break;
        }
        case 'boolean':
          check = `typeof ${x} === 'boolean'`;
          break;
        case 'any':
          return 'true';
        default:
          throw new Error(`no fast check for ${spec.type}`);
      }
    }
    return spec.nullable ? `(${x} === null || (${check}))` : check;
  };

  /**
   * A decoder expression for a classified node, usable as a `Decoder` value (for list items,
   * union alternatives and map values). `context` names inline object schemas.
   */
  const decoderFor = (mod, c, context) => {
    switch (c.kind) {
      case 'ref':
        return mod.useDecoder(c.name);
      case 'scalar': {
        const t = mod.specConst(c.spec);
        if (c.spec.type === 'date' || c.spec.type === 'date-time') {
          return mod.constant('d', `dec:${t}`, `const %s = (x: unknown, s: DecodeState, p: DecodePath | undefined): unknown => s.date(x, ${t}, p);`);
        }
        return mod.constant(
          'd',
          `dec:${t}`,
          `const %s = (x: any, s: DecodeState, p: DecodePath | undefined): unknown => (${fastCheck(mod, c.spec, 'x')} ? x : s.scalar(x, ${t}, p));`,
        );
      }
      case 'list': {
        const item = decoderFor(mod, c.item, `${context}Item`);
        const list = listSpec(mod, c.node);
        return mod.constant(
          'd',
          `list:${item}:${list}:${c.nullable}`,
          `const %s = (x: unknown, s: DecodeState, p: DecodePath | undefined): unknown => (${c.nullable ? 'x === null ? x : ' : ''}s.list(x, ${item}, ${list}, p));`,
        );
      }
      case 'map': {
        const value = decoderFor(mod, c.value, `${context}Value`);
        return mod.constant(
          'd',
          `map:${value}`,
          `const %s = (x: unknown, s: DecodeState, p: DecodePath | undefined): unknown => (${c.nullable ? 'x === null ? x : ' : ''}s.map(x, ${value}, p));`,
        );
      }
      case 'union': {
        const alternatives = unionConst(mod, c, context);
        return mod.constant(
          'd',
          `union:${alternatives}`,
          `const %s = (x: unknown, s: DecodeState, p: DecodePath | undefined): unknown => (${c.nullable ? 'x === null ? x : ' : ''}s.oneOf(x, ${alternatives}, p));`,
        );
      }
      case 'object': {
        const name = `decode${pascal(context)}`;
        if (!mod.functions.some((f) => f.includes(`function ${name}(`))) mod.functions.push(objectFunction(mod, c.node, name, 'unknown', false, context));
        if (!c.nullable) return name;
        return mod.constant(
          'd',
          `null:${name}`,
          `const %s = (x: unknown, s: DecodeState, p: DecodePath | undefined): unknown => (x === null ? x : ${name}(x, s, p));`,
        );
      }
    }
  };

  const listSpec = (mod, node) => {
    if (node.minItems === undefined && node.maxItems === undefined) return 'undefined';
    const fields = ['minItems', 'maxItems'].filter((k) => node[k] !== undefined).map((k) => `${k}: ${node[k]}`);
    return mod.constant('l', `listspec:${fields.join()}`, `const %s: ListSpec = { ${fields.join(', ')} };`);
  };

  /** A cheap test whether a value is meant as an alternative of a `oneOf`. */
  const testFor = (mod, c) => {
    switch (c.kind) {
      case 'scalar':
        return `(x: unknown, s: DecodeState) => s.fits(x, ${mod.specConst(c.spec)})`;
      case 'list':
        return '(x: unknown, s: DecodeState) => s.isList(x)';
      case 'map':
        return '(x: unknown, s: DecodeState) => s.isObject(x)';
      case 'union':
        return '() => true';
      case 'object':
      case 'ref': {
        const node = c.kind === 'ref' ? deref({ $ref: `#/components/schemas/${c.name}` }) : c.node;
        const required = node.required ?? [];
        return `(x: any, s: DecodeState) => s.isObject(x)${required.map((name) => ` && ${prop('x', name)} !== undefined`).join('')}`;
      }
    }
  };

  const unionConst = (mod, c, context) => {
    const entries = c.options.map((option, i) => `[${testFor(mod, option)}, ${decoderFor(mod, option, `${context}Option${i}`)}]`);
    return mod.constant('u', `alts:${entries.join()}`, `const %s: readonly Alternative[] = [${entries.join(', ')}];`);
  };

  /**
   * The statements that decode field `name` of object `o` in place. `presence` says what its
   * absence is (see DecodeState.absentField): 2 required, 1 documented (a difference when every
   * documented field is expected, as in Litmos responses), 0 optional by nature (a variant
   * spelling, a field marked `x-litmos-sometimes-absent`).
   */
  const fieldCode = (mod, name, node, presence, context) => {
    const c = classify(node, `${context}.${name}`);
    const at = prop('o', name);
    switch (c.kind) {
      case 'scalar': {
        const t = mod.specConst(c.spec);
        // Dates always take the slow path (the SDK's date rule); other values only when the
        // inline check fails, which an absent value does too.
        if (c.spec.type === 'date' || c.spec.type === 'date-time') return [`  s.field(o, ${q(name)}, ${at}, ${t}, p, ${presence});`];
        const check = c.spec.type === 'any' && !c.spec.enum ? 'x !== undefined' : fastCheck(mod, c.spec, 'x');
        return [`  x = ${at};`, `  if (!(${check})) s.field(o, ${q(name)}, x, ${t}, p, ${presence});`];
      }
      case 'list':
        return [
          `  if ((x = ${at}) === undefined) s.absentField(${q(describeKind(c))}, p, ${q(name)}, ${presence});`,
          `  else${c.nullable ? ' if (x !== null)' : ''} ${at} = s.list(x, ${decoderFor(mod, c.item, `${context}${pascal(name)}Item`)}, ${listSpec(mod, c.node)}, p, ${q(name)});`,
        ];
      default:
        return [
          `  if ((x = ${at}) === undefined) s.absentField(${q(describeKind(c))}, p, ${q(name)}, ${presence});`,
          `  else${c.nullable ? ' if (x !== null)' : ''} ${at} = ${decoderFor(mod, { ...c, nullable: false }, `${context}${pascal(name)}`)}(x, s, s.at(p, ${q(name)}));`,
        ];
    }
  };

  const describeKind = (c) => (c.kind === 'list' ? 'array' : c.kind === 'union' ? 'one of several forms' : 'object');

  /** The function that decodes an object schema in place. */
  const objectFunction = (mod, node, fnName, returnType, exported, context) => {
    const properties = node.properties ?? {};
    const required = new Set(node.required ?? []);
    const names = Object.keys(properties);
    for (const name of names) {
      if (OBJECT_MEMBERS.has(name)) throw new Error(`${context}.${name}: a property named like an Object.prototype member is not supported`);
      const xmlName = properties[name].xml?.name;
      if (xmlName !== undefined && xmlName !== name) throw new Error(`${context}.${name}: an XML name other than the property name is not supported`);
      if (properties[name].xml?.attribute) throw new Error(`${context}.${name}: XML attributes are not supported`);
    }
    for (const name of required) if (!Object.hasOwn(properties, name)) throw new Error(`${context}: required \`${name}\` is not a property`);
    const lines = [
      `${exported ? 'export ' : ''}function ${fnName}(v: unknown, s: DecodeState, p: DecodePath | undefined): ${returnType} {`,
      '  let o: any = s.object(v, p);',
      `  if (o === undefined) return v as ${returnType};`,
    ];
    // Variant spellings first, so the canonical field is found under its own name.
    for (const name of names) {
      const canonical = properties[name]['x-litmos-spelling-of'];
      if (canonical === undefined) continue;
      if (!Object.hasOwn(properties, canonical) || properties[canonical]['x-litmos-spelling-of'] !== undefined) {
        throw new Error(`${context}.${name}: x-litmos-spelling-of names \`${canonical}\`, which is not a canonical property of the same schema`);
      }
      lines.push(`  if (${prop('o', name)} !== undefined) o = s.respell(o, ${q(name)}, ${q(canonical)}, p);`);
    }
    lines.push('  const a = s.absent;');
    if (names.length) lines.push('  let x: any;');
    // A variant spelling, or a field the spec says only some answers carry (the extension holds
    // the reason), is optional by nature.
    const presence = (name) =>
      required.has(name) ? 2 : properties[name]['x-litmos-spelling-of'] !== undefined || properties[name]['x-litmos-sometimes-absent'] !== undefined ? 0 : 1;
    for (const name of names) lines.push(...fieldCode(mod, name, properties[name], presence(name), context));
    const open = node.additionalProperties === true || (node.additionalProperties !== undefined && node.additionalProperties !== false);
    lines.push(`  s.done(o, ${open ? 'undefined' : mod.knownSet(names)}, ${names.length}, a, p);`);
    lines.push(`  return o as ${returnType};`, '}', '');
    return lines.join('\n');
  };

  // ---- which schemas need a decoder -------------------------------------------------------

  const modules = new Map(); // file -> Module
  const moduleFor = (file) => {
    let mod = modules.get(file);
    if (!mod) {
      mod = new Module(file);
      modules.set(file, mod);
    }
    return mod;
  };
  const generated = new Set();
  const pending = [];
  /** Makes sure every component decoder a module imports gets its own module. */
  const flush = () => {
    for (const mod of modules.values()) for (const [name] of mod.imports) pending.push(name.slice('decode'.length));
    while (pending.length) {
      const wanted = pending.pop();
      const component = Object.keys(components).find((name) => pascal(name) === wanted);
      if (!component || generated.has(component)) continue;
      generated.add(component);
      const mod = moduleFor(decoderFile(component));
      const c = classify(components[component], component);
      const type = typeOf(component);
      if (type !== 'unknown') mod.usesTypes = true;
      const fn = decoderName(component);
      if (c.kind === 'object') {
        mod.functions.push(
          `/** Decodes one ${component} in place (see @litmos-kit/core's DecodeState). */`,
          objectFunction(mod, c.node, fn, type, true, component),
        );
      } else {
        // Lists, unions and maps: the decoder of the whole value.
        const inner = decoderFor(mod, { ...c, nullable: false }, component);
        mod.functions.push(
          `/** Decodes one ${component} (see @litmos-kit/core's DecodeState). */`,
          `export function ${fn}(v: unknown, s: DecodeState, p: DecodePath | undefined): ${type} {`,
          `  return ${c.nullable ? `v === null ? (v as ${type}) : ` : ''}${inner}(v, s, p) as ${type};`,
          '}',
          '',
        );
      }
      for (const [name] of mod.imports) pending.push(name.slice('decode'.length));
    }
  };

  const pickSchema = (content) => {
    if (!content) return undefined;
    const media = content['application/json'] ?? Object.values(content)[0];
    return media?.schema;
  };

  /** A decoder module for one operation's response or body. */
  const operationDecoder = (opId, suffix, schema, type) => {
    const file = `${kebab(opId)}-${suffix.toLowerCase()}.gen.ts`;
    if (modules.has(file)) throw new Error(`${file}: two decoders would share this module`);
    const mod = moduleFor(file);
    const name = `decode${pascal(opId)}${suffix}`;
    const c = classify(schema, `${opId} ${suffix.toLowerCase()}`);
    if (type !== 'unknown') mod.usesTypes = true;
    if (c.kind === 'object') {
      mod.functions.push(
        `/** Decodes the ${suffix.toLowerCase()} of \`${opId}\` in place. */`,
        objectFunction(mod, c.node, name, type, true, `${pascal(opId)}${suffix}`),
      );
    } else {
      const inner = decoderFor(mod, { ...c, nullable: false }, `${pascal(opId)}${suffix}`);
      mod.functions.push(
        `/** Decodes the ${suffix.toLowerCase()} of \`${opId}\`${c.kind === 'list' ? ', in place' : ''}. */`,
        `export function ${name}(v: unknown, s: DecodeState, p: DecodePath | undefined): ${type} {`,
        `  return ${c.nullable ? `v === null ? (v as ${type}) : ` : ''}${inner}(v, s, p) as ${type};`,
        '}',
        '',
      );
    }
    return { module: file, name };
  };

  const result = {};
  for (const item of Object.values(spec.paths ?? {})) {
    for (const method of ['get', 'post', 'put', 'delete', 'patch']) {
      const op = item[method];
      if (!op) continue;
      const id = op.operationId;
      const P = pascal(id);
      const success = Object.keys(op.responses ?? {}).find((code) => /^2\d\d$/.test(code));
      const response = pickSchema(deref(op.responses?.[success])?.content);
      const body = pickSchema(deref(op.requestBody)?.content);
      const entry = {};
      if (response) entry.response = operationDecoder(id, 'Response', response, typeNames.has(`${P}Response`) ? `t.${P}Response` : 'unknown');
      if (body) entry.body = operationDecoder(id, 'Body', body, typeNames.has(`${P}Data`) ? `NonNullable<t.${P}Data['body']>` : 'unknown');
      result[id] = entry;
    }
  }
  flush();

  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const [file, mod] of modules) writeFileSync(join(outDir, file), mod.render());
  return { operations: result, files: readdirSync(outDir).length };
}
