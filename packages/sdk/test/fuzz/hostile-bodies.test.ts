// Property: whatever a server (or something in between) sends as a 2xx body, decoding ends
// quickly in a value or a LitmosParseError / LitmosValidationError: never a hang, never another
// error, never a crash, never a file read through an XML entity, never a polluted prototype.
// Each body is decoded in a worker thread (decode-worker.mjs) with a deadline and a heap limit.
import { Worker } from 'node:worker_threads';
import { operations } from '@litmos-kit/client/operations';
import type { OperationDef } from '@litmos-kit/core';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { codecOf } from '../operation-codecs.js';

/**
 * Longest a single decode may take before it counts as a hang. Bodies here are at most ~1 MB and
 * decode in well under a second idle; on a loaded 2-core machine a first decode (worker start
 * included) has taken over 10 s, so the bound is a minute: a real hang never ends.
 */
const DEADLINE_MS = 60_000;
const runs = (n: number) => Math.max(1, Math.round((n * Number(process.env.FUZZ_RUNS ?? 50)) / 25));

interface Outcome {
  readonly kind: 'value' | 'typed' | 'untyped' | 'hang' | 'crash';
  readonly name?: string;
  readonly message?: string;
  readonly leaked?: boolean;
  readonly polluted?: boolean;
  readonly foreignPrototype?: boolean;
  readonly ms?: number;
}

/** One worker, replaced when a body hangs or kills it. */
class Decoder {
  #worker: Worker | undefined;
  #next = 0;

  decode(operationId: string, body: string | Uint8Array, contentType: string | null): Promise<Outcome> {
    this.#worker ??= new Worker(new URL('./decode-worker.mjs', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: 1024 } });
    const worker = this.#worker;
    const id = this.#next++;
    return new Promise((resolve) => {
      const finish = (outcome: Outcome, restart: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        if (restart) {
          this.#worker = undefined;
          void worker.terminate();
        }
        resolve(outcome);
      };
      const onMessage = (message: Outcome & { id: number }) => message.id === id && finish(message, false);
      const onError = (error: Error) => finish({ kind: 'crash', message: error.message }, true);
      const onExit = (code: number) => finish({ kind: 'crash', message: `worker exited with ${code}` }, true);
      const timer = setTimeout(() => finish({ kind: 'hang' }, true), DEADLINE_MS);
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      worker.postMessage({ id, operationId, body, contentType });
    });
  }

  close() {
    return this.#worker?.terminate();
  }
}

const decoder = new Decoder();
afterAll(() => decoder.close());

const decodable = (Object.values(operations) as OperationDef[]).filter((op) => op.returns !== 'none').map((op) => op.id);
const operationId = fc.constantFrom(...decodable);
const xmlOperationId = fc.constantFrom(...(Object.values(operations) as OperationDef[]).filter((op) => codecOf(op).response.xmlRoot).map((op) => op.id));
const contentType = fc.constantFrom(
  'application/xml',
  'application/xml; charset=utf-8',
  'text/xml',
  'application/json',
  'text/json',
  'text/html',
  'text/plain',
  'application/octet-stream',
  null,
);

/** Decodes and checks the outcome: a value or a typed error, in time, without side effects. */
async function expectTyped(id: string, body: string | Uint8Array, type: string | null) {
  const outcome = await decoder.decode(id, body, type);
  expect(outcome.kind, `${id} (${type}): ${outcome.name ?? ''} ${outcome.message ?? ''}`).toMatch(/^(value|typed)$/);
  expect(outcome.leaked ?? false, 'a file was read through an XML entity').toBe(false);
  expect(outcome.polluted, 'Object.prototype was changed').toBe(false);
  expect(outcome.foreignPrototype ?? false, 'a decoded object inherits from something other than Object or Array').toBe(false);
}

const markupTokens = fc.constantFrom(
  '<',
  '>',
  '</',
  '/>',
  '<?xml version="1.0" encoding="utf-8"?>',
  '<!DOCTYPE x>',
  '<![CDATA[',
  ']]>',
  '<!--',
  '-->',
  '<Achievements>',
  '</Achievements>',
  '<Achievement>',
  '</Achievement>',
  '<User>',
  '</User>',
  '<Users/>',
  '<UserId>',
  '</UserId>',
  ' i:nil="true"',
  ' xmlns:i="http://www.w3.org/2001/XMLSchema-instance"',
  '<__proto__>',
  '</__proto__>',
  '<constructor>',
  '<prototype>',
  '&',
  '&amp;',
  '&lt;',
  '&#',
  '&#x',
  ';',
  '&#0;',
  '&#xD800;',
  '&#x110000;',
  '&#99999999999;',
  '&eacute;',
  '&unknown;',
  '{',
  '}',
  '[',
  ']',
  '"',
  ':',
  ',',
  'null',
  'true',
  '1e999',
  '-0',
  '"\\u0000"',
  '"__proto__"',
  '{"__proto__":{"polluted":1}}',
  '{"constructor":{"prototype":{"polluted":1}}}',
  ' ',
  '\n',
  '\r\n',
  '\t',
  '\u0000',
  '\uFEFF',
  '\uD800',
  'x',
  '2026-10-29T14:05:09',
  '/Date(1793282709000)/',
);

// Each body has its own deadline; the tests' timeout only has to cover a loaded machine (a
// property decodes dozens of bodies of up to 1 MB).
describe('decoding hostile 2xx bodies', { timeout: 10 * 60_000 }, () => {
  it('arbitrary bytes, under any content type', async () => {
    await fc.assert(
      fc.asyncProperty(operationId, fc.uint8Array({ maxLength: 2048 }), contentType, (id, bytes, type) => expectTyped(id, bytes, type)),
      { numRuns: runs(300) },
    );
  });

  it('markup and JSON soup (tags, entities, prototype keys, stray characters)', async () => {
    const soup = fc
      .array(fc.oneof({ weight: 4, arbitrary: markupTokens }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) }), { maxLength: 200 })
      .map((parts) => parts.join(''));
    await fc.assert(
      fc.asyncProperty(operationId, soup, contentType, (id, body, type) => expectTyped(id, body, type)),
      {
        numRuns: runs(600),
        // Found by this property: keys that name Object.prototype members broke the schema walk.
        examples: [
          ['createBulkImport', '{"__proto__":{"polluted":1}}', 'text/plain'],
          ['listUsers', '[{"__proto__":{"Id":"x"},"constructor":{"prototype":{}}}]', 'application/json'],
          ['getUser', '<User><constructor>x</constructor><toString>y</toString></User>', 'application/xml'],
        ],
      },
    );
  });

  it('deep nesting, balanced or not', async () => {
    const deep = fc.record({
      depth: fc.integer({ min: 1_000, max: 200_000 }),
      kind: fc.constantFrom('xml-open', 'xml-balanced', 'xml-in-root', 'json-array', 'json-object'),
    });
    await fc.assert(
      fc.asyncProperty(xmlOperationId, deep, async (id, { depth, kind }) => {
        const op = operations[id as keyof typeof operations] as OperationDef;
        const bodies: Record<typeof kind, [string, string]> = {
          'xml-open': ['<a>'.repeat(depth), 'application/xml'],
          'xml-balanced': [`${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}`, 'application/xml'],
          'xml-in-root': [
            `<${codecOf(op).response.xmlRoot}>${'<a>'.repeat(depth)}x${'</a>'.repeat(depth)}</${codecOf(op).response.xmlRoot}>`,
            'application/xml',
          ],
          'json-array': [`${'['.repeat(depth)}${']'.repeat(depth)}`, 'application/json'],
          'json-object': [`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`, 'application/json'],
        };
        const [body, type] = bodies[kind];
        await expectTyped(id, body, type);
      }),
      { numRuns: runs(20) },
    );
  });

  it('huge text and many elements', async () => {
    const huge = fc.record({
      size: fc.integer({ min: 50_000, max: 1_000_000 }),
      kind: fc.constantFrom('xml-text', 'xml-attribute', 'xml-items', 'json-string', 'json-items'),
    });
    await fc.assert(
      fc.asyncProperty(xmlOperationId, huge, async (id, { size, kind }) => {
        const op = operations[id as keyof typeof operations] as OperationDef;
        const root = codecOf(op).response.xmlRoot as string;
        const item = codecOf(op).response.xmlItem ?? 'Item';
        const count = Math.round(size / 20);
        const bodies: Record<typeof kind, [string, string]> = {
          'xml-text': [`<${root}><${item}><Title>${'x'.repeat(size)}</Title></${item}></${root}>`, 'application/xml'],
          'xml-attribute': [`<${root} a="${'&amp;'.repeat(size / 5)}"></${root}>`, 'application/xml'],
          'xml-items': [`<${root}>${`<${item}/>`.repeat(count)}</${root}>`, 'application/xml'],
          'json-string': [JSON.stringify([{ Title: 'x'.repeat(size) }]), 'application/json'],
          'json-items': [`[${'{},'.repeat(count)}{}]`, 'application/json'],
        };
        const [body, type] = bodies[kind];
        await expectTyped(id, body, type);
      }),
      { numRuns: runs(8) },
    );
  });

  it('entity tricks: expansion bombs, external entities, numeric references, double escapes', async () => {
    const bomb = fc
      .record({ levels: fc.integer({ min: 1, max: 10 }), fanout: fc.integer({ min: 2, max: 30 }), seed: fc.integer({ min: 1, max: 20_000 }) })
      .map(({ levels, fanout, seed }) => {
        const entities = [`<!ENTITY e0 "${'x'.repeat(seed)}">`];
        for (let i = 1; i <= levels; i++) entities.push(`<!ENTITY e${i} "${`&e${i - 1};`.repeat(fanout)}">`);
        return { doctype: `<!DOCTYPE r [${entities.join('')}]>`, reference: `&e${levels};`.repeat(fanout) };
      });
    const external = fc.constantFrom(
      { doctype: '<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>', reference: '&x;' },
      { doctype: '<!DOCTYPE r [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>', reference: '' },
      { doctype: '<!DOCTYPE r SYSTEM "http://127.0.0.1:1/evil.dtd">', reference: '&x;' },
      { doctype: '<!DOCTYPE r [<!ENTITY a "&#38;#60;">]>', reference: '&a;' },
      { doctype: '<!DOCTYPE r [<!ENTITY a "&a;">]>', reference: '&a;' },
      { doctype: '<!DOCTYPE r [<!ENTITY a "&b;"><!ENTITY b "&a;">]>', reference: '&a;' },
    );
    const numeric = fc
      .record({
        code: fc.oneof(fc.integer({ min: 0, max: 0x10ffff }), fc.integer({ min: 0x110000, max: 0x7fffffff }), fc.constantFrom(0, 0xd800, 0xdfff, 0xfffe)),
        hex: fc.boolean(),
        count: fc.integer({ min: 1, max: 2_000 }),
      })
      .map(({ code, hex, count }) => ({ doctype: '', reference: (hex ? `&#x${code.toString(16)};` : `&#${code};`).repeat(count) }));
    await fc.assert(
      fc.asyncProperty(xmlOperationId, fc.oneof(bomb, external, numeric), async (id, { doctype, reference }) => {
        const op = operations[id as keyof typeof operations] as OperationDef;
        const root = codecOf(op).response.xmlRoot as string;
        const item = codecOf(op).response.xmlItem ?? 'Item';
        await expectTyped(
          id,
          `<?xml version="1.0"?>${doctype}<${root}><${item}><Title>${reference}</Title><UserId>${reference}</UserId></${item}></${root}>`,
          'application/xml',
        );
      }),
      { numRuns: runs(120) },
    );
  });
});
