/**
 * Reads a request body with a size bound, counted while it streams: a body announced or grown
 * past the bound is not kept, so a client cannot make the sandbox hold more than the bound.
 */
import type { IncomingMessage } from 'node:http';

/** The body text, or `'too-large'` once it exceeds the bound. */
export type CollectedBody = { readonly text: string } | 'too-large';

/** Collects the body of `req` (UTF-8), stopping at `maxBytes`. */
export function collectBody(req: IncomingMessage, maxBytes: number): Promise<CollectedBody> {
  const announced = Number(req.headers['content-length']);
  if (Number.isFinite(announced) && announced > maxBytes) return Promise.resolve('too-large');
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        cleanup();
        chunks.length = 0;
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve({ text: Buffer.concat(chunks).toString('utf8') });
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const cleanup = () => {
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
 * Answers without reading (the rest of) the body: the connection is closed after the answer,
 * and what the client still sends is read and dropped until then, never kept.
 */
export function discardBody(req: IncomingMessage, res: { setHeader(name: string, value: string): unknown; headersSent: boolean }): void {
  if (!req.complete) {
    if (!res.headersSent) res.setHeader('Connection', 'close');
    req.resume();
  }
}
