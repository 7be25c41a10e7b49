// @ts-check
// Reads a request body into memory only up to a bound, counting bytes as they arrive, so a huge
// body (600 MB and more) is refused after a few megabytes instead of filling the heap.

/** Thrown by {@link readBoundedBody} once a body is larger than allowed. */
export class BodyTooLargeError extends Error {
  /** @param {number} maxBytes */
  constructor(maxBytes) {
    super(`The request body is larger than ${maxBytes} bytes`);
    this.name = 'BodyTooLargeError';
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
 * On rejection the rest of the body is left unread: answer, then close the connection.
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
        // Stop pulling bytes off the socket; the caller closes it after answering.
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
