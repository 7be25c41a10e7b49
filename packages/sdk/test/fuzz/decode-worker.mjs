// Decodes bodies for hostile-bodies.test.ts in a worker thread, from the built package (dist/),
// so that a hang can be cut off and an out-of-memory crash cannot take the test process down.
import { parentPort } from 'node:worker_threads';
import { operations } from '@litmos-kit/client/operations';
import { decodeBody } from '../../dist/decode-body.js';
import { LitmosParseError, LitmosValidationError } from '../../dist/errors.js';

parentPort?.on('message', ({ id, operationId, body, contentType }) => {
  const started = performance.now();
  // As the transport does: bytes off the wire become text first.
  const text = typeof body === 'string' ? body : new TextDecoder().decode(body);
  let outcome;
  try {
    const value = decodeBody(operations[operationId], text, contentType);
    outcome = { kind: 'value', leaked: JSON.stringify(value ?? null).includes('root:x:0:0'), foreignPrototype: hasForeignPrototype(value) };
  } catch (error) {
    const typed = error instanceof LitmosParseError || error instanceof LitmosValidationError;
    outcome = { kind: typed ? 'typed' : 'untyped', name: error?.name, message: String(error?.message).slice(0, 300) };
  }
  // Nothing in a body may reach Object.prototype.
  const polluted = Object.keys(Object.prototype).length > 0 || {}.polluted !== undefined;
  parentPort?.postMessage({ id, ...outcome, polluted, ms: performance.now() - started });
});

/** True when some object in a decoded value inherits from anything but Object or Array. */
function hasForeignPrototype(value) {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== Array.prototype) return true;
  return Object.values(value).some(hasForeignPrototype);
}
