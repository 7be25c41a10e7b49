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

/** How long a client may go on sending a body nobody reads, after its answer, before it is cut off. */
const DISCARD_GRACE_MS = 10_000;

/**
 * Lets a request's unread body go: what the client still sends is read and dropped, never kept.
 * The connection stays open meanwhile, so the client reads the answer instead of a reset (closing
 * a socket with unread data makes the kernel send RST, which can destroy the answer in flight);
 * a client that keeps sending for longer than a grace period is cut off.
 */
export function discardBody(req: IncomingMessage): void {
  if (req.complete) return;
  req.resume();
  const timer = setTimeout(() => req.socket.destroy(), DISCARD_GRACE_MS);
  timer.unref();
  const done = () => clearTimeout(timer);
  req.once('end', done);
  req.socket.once('close', done);
}
