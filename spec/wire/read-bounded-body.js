// @ts-check
// Request bodies on the local servers: read into memory only up to a bound, counted as bytes
// arrive (a 600 MB upload is refused after a few megabytes instead of filling the heap), and
// when a request is answered without reading its body (a refused key, a body too large), the
// rest of the upload is read and dropped rather than left in the socket. Closing a socket with
// unread data makes the kernel reset the connection, and a reset can destroy the answer before
// the client reads it; draining keeps the connection open until the client has it.

/** Bytes of an unread body that are drained after an early answer before the connection is cut. */
export const DISCARD_MAX_BYTES = 16 * 1024 * 1024;
/** How long a client may go on sending a body nobody reads, after its answer, before it is cut off. */
export const DISCARD_GRACE_MS = 10_000;

/** Thrown by {@link readBoundedBody} once a body is larger than allowed. */
export class BodyTooLargeError extends Error {
  /** @param {number} maxBytes */
  constructor(maxBytes) {
    super(`The request body is larger than ${maxBytes} bytes`);
    this.name = 'BodyTooLargeError';
    /** The bound that was passed. */
    this.maxBytes = maxBytes;
  }
}

/**
 * Whether the request announces a body larger than `maxBytes` in its Content-Length, which
 * allows refusing it before reading a byte.
 * @param {import('node:http').IncomingMessage} req
 * @param {number} maxBytes
 */
export function declaresTooLargeBody(req, maxBytes) {
  const declared = Number(req.headers['content-length']);
  return Number.isFinite(declared) && declared > maxBytes;
}

/**
 * Reads the whole body of a request, or rejects with {@link BodyTooLargeError} as soon as more
 * than `maxBytes` have arrived (chunked bodies announce no length, so the count is what counts).
 * On rejection the rest of the body is left unread and nothing read is kept: answer, then call
 * {@link discardBody}.
 * @param {import('node:http').IncomingMessage} req
 * @param {number} maxBytes
 * @returns {Promise<Buffer>}
 */
export function readBoundedBody(req, maxBytes) {
  if (declaresTooLargeBody(req, maxBytes)) return Promise.reject(new BodyTooLargeError(maxBytes));
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    const onData = (/** @type {Buffer} */ chunk) => {
      size += chunk.length;
      if (size > maxBytes) {
        cleanUp();
        req.pause();
        chunks.length = 0;
        reject(new BodyTooLargeError(maxBytes));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanUp();
      resolve(Buffer.concat(chunks, size));
    };
    const onError = (/** @type {Error} */ error) => {
      cleanUp();
      reject(error);
    };
    const cleanUp = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}

/**
 * Lets the unread rest of a request's body go, for a request answered (or about to be answered)
 * without it: what the client still sends is read and dropped, never kept, and the connection
 * stays open so the client reads the answer instead of a reset. Once more than `maxBytes` have
 * been dropped, or `graceMs` have passed, the connection is cut after the answer is written, so
 * an endless upload costs neither memory nor an endless read.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {{ maxBytes?: number, graceMs?: number }} [options]
 */
export function discardBody(req, res, options = {}) {
  if (req.complete || req.readableEnded) return;
  const { maxBytes = DISCARD_MAX_BYTES, graceMs = DISCARD_GRACE_MS } = options;
  let dropped = 0;
  let cutting = false;
  const cut = () => {
    if (cutting) return;
    cutting = true;
    clearTimeout(timer);
    if (res.writableFinished) req.socket.destroy();
    else res.once('finish', () => req.socket.destroy());
  };
  const timer = setTimeout(cut, graceMs);
  timer.unref();
  const { socket } = req;
  // Whichever comes first takes the other listener off: a kept-alive connection carries many
  // requests, and a listener left on its socket per request would keep each one in memory.
  const done = () => {
    clearTimeout(timer);
    req.off('end', done);
    socket.off('close', done);
  };
  req.on('data', (/** @type {Buffer} */ chunk) => {
    dropped += chunk.length;
    if (dropped > maxBytes) cut();
  });
  req.once('end', done);
  socket.once('close', done);
  req.resume();
}
