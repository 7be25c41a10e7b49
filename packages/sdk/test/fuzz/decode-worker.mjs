// Decodes bodies for hostile-bodies.test.ts in a worker thread, from the built package (dist/),
// so that a hang can be cut off and an out-of-memory crash cannot take the test process down.
import { parentPort } from 'node:worker_threads';
import { operations } from '@litmos-kit/client/operations';
import { decodeBody } from '../../dist/decode-body.js';
import { LitmosParseError, LitmosValidationError } from '../../dist/errors.js';

const codecs = new Map(await Promise.all(Object.values(operations).map(async (op) => [op.id, await op.load()])));

parentPort?.on('message', ({ id, operationId, body, contentType }) => {
  const started = performance.now();
  // As the transport does: bytes off the wire become text first.
  const text = typeof body === 'string' ? body : new TextDecoder().decode(body);
  let outcome;
  try {
    const { value } = decodeBody(operations[operationId], codecs.get(operationId), text, contentType);
    const { leaked, foreignPrototype } = inspect(value);
    outcome = { kind: 'value', leaked, foreignPrototype };
  } catch (error) {
    const typed = error instanceof LitmosParseError || error instanceof LitmosValidationError;
    outcome = { kind: typed ? 'typed' : 'untyped', name: error?.name, message: String(error?.message).slice(0, 300) };
  }
  // Nothing in a body may reach Object.prototype.
  const polluted = Object.keys(Object.prototype).length > 0 || {}.polluted !== undefined;
  parentPort?.postMessage({ id, ...outcome, polluted, ms: performance.now() - started });
});

/**
 * Whether a decoded value holds a file's content (read through an XML entity) and whether some
 * object in it inherits from anything but Object or Array. Walked without recursion: the SDK
 * hands back deeply nested JSON as it arrived, and this check must not be what overflows.
 */
function inspect(value) {
  let leaked = false;
  let foreignPrototype = false;
  const stack = [value];
  while (stack.length) {
    const node = stack.pop();
    if (typeof node === 'string') leaked ||= node.includes('root:x:0:0');
    if (typeof node !== 'object' || node === null) continue;
    const proto = Object.getPrototypeOf(node);
    if (proto !== Object.prototype && proto !== Array.prototype) foreignPrototype = true;
    for (const key of Object.keys(node)) {
      leaked ||= key.includes('root:x:0:0');
      stack.push(node[key]);
    }
  }
  return { leaked, foreignPrototype };
}
